/**
 * What a user may do first with a schema nobody has used yet (its fields not
 * built, see src/serde/lazy.ts): extend it, pick from it, read a union's
 * options, compile it. Its own module graph, so every schema here is fresh;
 * lazy-schemas.test.ts covers `safeParse` as the first use.
 */
import { readFileSync } from "node:fs";
import { isSafeNumber, parse } from "lossless-json";
import { expect, test } from "vitest";
import { z } from "zod";
import {
  DashboardStateSchema,
  FleetHostSpecSchema,
  FleetRunSchema,
  FleetWorkerEventSchema,
  RunnerSchema,
} from "../../src/index.js";

const exactNumber = (text: string) =>
  /^-?\d+$/.test(text) && !isSafeNumber(text) ? BigInt(text) : Number(text);
const golden = (name: string) =>
  parse(
    readFileSync(new URL(`../fixtures/${name}/valid.ndjson`, import.meta.url), "utf8").split(
      "\n",
    )[0] as string,
    null,
    exactNumber,
  ) as Record<string, unknown>;

test("extend and pick as the first use of a struct", () => {
  const extended = FleetRunSchema.extend({ extra_field: z.string() });
  expect(Object.keys(extended.shape)).toEqual([...Object.keys(FleetRunSchema.shape), "extra_field"]);
  const value = golden("FleetRun");
  expect(extended.parse({ ...value, extra_field: "x" })).toEqual({
    ...FleetRunSchema.parse(value),
    extra_field: "x",
  });
  const picked = DashboardStateSchema.pick({ runtime_state: true });
  expect(Object.keys(picked.shape)).toEqual(["runtime_state"]);
  expect(picked.safeParse({ runtime_state: {} }).error?.issues[0]?.message).toBe(
    "expected an array, got object",
  );
});

test("a union's options as the first use: the variant objects, in order, each with its tag", () => {
  const options = FleetHostSpecSchema.options;
  expect(Array.isArray(options)).toBe(true);
  expect(options.map((option) => option.shape.kind.value)).toEqual(["local", "ssh", "docker"]);
  for (const option of options) expect(option).toBeInstanceOf(z.ZodObject);
  expect(FleetHostSpecSchema.options).toBe(options);
  expect(FleetWorkerEventSchema.options).toHaveLength(15);
});

test("z.compile in strict mode as the first use (zod 4.5+): zod sees the whole schema, no reference cycle", () => {
  // Before zod 4.5 there is no z.compile; the peer range's oldest zod runs this file in CI too.
  const compile = (z as unknown as { compile?: typeof z.compile }).compile;
  const value = golden("Runner");
  const compiled = compile === undefined ? RunnerSchema : compile(RunnerSchema, { strict: true });
  expect(compiled.parse(value)).toEqual(RunnerSchema.parse(value));
});
