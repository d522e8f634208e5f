import { z } from "zod";
import { describe, expect, test } from "vitest";
import { compiledSchema, wireTypeNames, wireTypes } from "../../src/index.js";
import { readValid } from "../conformance/fixtures.js";

/** `z.compile` came with zod 4.5; on the older zod 4 the peer range allows, compiledSchema is the plain schema. */
const zodCompiles = typeof (z as { compile?: unknown }).compile === "function";

describe("compiledSchema", () => {
  test.each(wireTypeNames)(
    "%s compiles in zod's strict mode (no silent fallback to the slow path), or is the plain schema before zod 4.5",
    (name) => {
      if (zodCompiles) expect(() => z.compile(wireTypes[name].schema, { strict: true })).not.toThrow();
      else expect(compiledSchema(name)).toBe(wireTypes[name].schema);
    },
  );

  test("is built once and gives the same results as the plain schema", () => {
    expect(compiledSchema("FleetRun")).toBe(compiledSchema("FleetRun"));
    if (zodCompiles) expect(compiledSchema("FleetRun")).not.toBe(wireTypes.FleetRun.schema);
    for (const line of readValid("FleetWorkerEvent")) {
      const value = JSON.parse(line);
      expect(compiledSchema("FleetWorkerEvent").safeParse(value)).toEqual(
        wireTypes.FleetWorkerEvent.schema.safeParse(value),
      );
    }
    const bad = { id: "r", name: "n", status: "running", created_at: "x", task_specs: [{ id: "t" }] };
    const slow = wireTypes.FleetRun.schema.safeParse(bad);
    const fast = compiledSchema("FleetRun").safeParse(bad);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toEqual(slow.error?.issues);
  });
});
