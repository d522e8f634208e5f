/**
 * wireCodec against decodeJson/encodeJson: the same verdict, the same issue
 * paths and the same bytes on every golden serde line and every mutation of
 * the committed corpus; one validation per decode; zod and Standard Schema
 * views of it.
 */
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { decodeJson, encodeJson, safeDecodeJson, WireError } from "../../src/codec/index.js";
import { wireCodec } from "../../src/zod-codec/index.js";
import { DashboardStateSchema } from "../../src/contracts/dashboard.js";
import { jsonSchema } from "../../src/json-schema/index.js";
import { wireTypeNames } from "../../src/registry.js";
import { readMutations, readValid } from "../conformance/fixtures.js";

describe.each(wireTypeNames)("%s", (type) => {
  const codec = wireCodec(type);

  test("golden lines: decode equals decodeJson, encode writes serde's bytes", () => {
    const lines = readValid(type);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const value = codec.decode(line);
      expect(value).toEqual(decodeJson(type, line));
      expect(codec.encode(value)).toBe(line);
      expect(codec.encode(value)).toBe(encodeJson(type, value as never));
    }
  });

  test("mutations: same verdict, same issue paths and messages, same bytes when accepted", () => {
    const records = readMutations(type);
    expect(records.length).toBeGreaterThan(0);
    for (const { input } of records) {
      const expected = safeDecodeJson(type, input);
      const got = codec.safeDecode(input);
      expect(got.success, input).toBe(expected.ok);
      if (expected.ok && got.success) {
        expect(got.data).toEqual(expected.value);
        expect(codec.encode(got.data)).toBe(encodeJson(type, expected.value as never));
      } else if (!expected.ok && !got.success) {
        const { issues } = expected.error;
        expect(got.error.issues.map((issue) => issue.path)).toStrictEqual(issues.map((issue) => issue.path));
        for (const [i, issue] of got.error.issues.entries())
          expect(issue.message.startsWith((issues[i] as { message: string }).message)).toBe(true);
        expect(got.error.issues[0]).toMatchObject({
          params: { wireType: type, line: expected.error.line, column: expected.error.column },
        });
      }
    }
  });
});

const line = readValid("DashboardState")[0] as string;

test("decode validates once: decodeJson's validation, and the contract's schema is not run again", () => {
  const codec = wireCodec(DashboardStateSchema);
  expect(codec.decode(line).target).toBeDefined(); // the schema's first parse compiles it
  const schema = DashboardStateSchema as unknown as Record<
    "safeParse" | "parse",
    (...args: unknown[]) => unknown
  >;
  const internals = DashboardStateSchema._zod as unknown as { run: (...args: unknown[]) => unknown };
  const originals = { safeParse: schema.safeParse, parse: schema.parse, run: internals.run };
  // A validation is a call of parse or safeParse, or a run of the schema from outside them (what zod does for a nested schema).
  let calls = 0;
  let inside = 0;
  const counted =
    (f: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      calls++;
      inside++;
      try {
        return f(...args);
      } finally {
        inside--;
      }
    };
  schema.safeParse = counted(originals.safeParse);
  schema.parse = counted(originals.parse);
  internals.run = (...args: unknown[]) => {
    if (inside === 0) calls++;
    return originals.run(...args);
  };
  try {
    expect(codec.decode(line).target).toBeDefined();
    expect(calls).toBe(1);
    DashboardStateSchema.parse(decodeJson("DashboardState", line));
    expect(calls).toBe(3);
    z.object({ state: DashboardStateSchema }).parse({ state: decodeJson("DashboardState", line) });
    expect(calls).toBe(5);
  } finally {
    Object.assign(schema, { safeParse: originals.safeParse, parse: originals.parse });
    internals.run = originals.run;
  }
});

test("an invalid value is not encoded: zod issues with the path, no bytes", () => {
  const codec = wireCodec("DashboardState");
  const value = codec.decode(line);
  const result = codec.safeEncode({ ...value, generated_at_unix_nanos: -1n });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toStrictEqual(["generated_at_unix_nanos"]);
  expect(() => encodeJson("DashboardState", { ...value, generated_at_unix_nanos: -1n })).toThrow(WireError);
});

test("issues keep their paths inside an enclosing zod schema", () => {
  const envelope = z.object({ body: wireCodec("FleetRun") });
  const result = envelope.safeParse({ body: '{"id": 1}' });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toStrictEqual(["body", "id"]);
});

test("a syntax error is one issue at the root, with line and column", () => {
  const result = wireCodec("FleetRun").safeDecode('{\n  "id": ');
  expect(result.error?.issues).toHaveLength(1);
  expect(result.error?.issues[0]).toMatchObject({ path: [], params: { line: 2, column: 9 } });
  expect(result.error?.issues[0]?.message).toMatch(/EOF.*\(line 2, column 9\)$/);
});

test("a text that is not a string is zod's own type issue", () => {
  const result = wireCodec("FleetRun").safeDecode(42 as never);
  expect(result.error?.issues[0]).toMatchObject({ code: "invalid_type", expected: "string" });
});

test("a Standard Schema of text: validate gives the lossless value or issues with paths", () => {
  const standard = wireCodec("DashboardState")["~standard"];
  expect(standard.vendor).toBe("zod");
  const ok = standard.validate(line) as { value?: { generated_at_unix_nanos: bigint } };
  expect(ok.value?.generated_at_unix_nanos).toBe(decodeJson("DashboardState", line).generated_at_unix_nanos);
  const bad = standard.validate('{"target": 1}') as { issues?: { path: unknown[] }[] };
  expect(bad.issues?.[0]?.path).toStrictEqual(["target"]);
});

test("JSON Schema, input side: a string holding JSON of the type", () => {
  const codec = wireCodec("DashboardState");
  const schema = z.toJSONSchema(codec, { io: "input" });
  expect(schema).toMatchObject({ type: "string", contentMediaType: "application/json" });
  expect(schema.contentSchema).toStrictEqual(jsonSchema("DashboardState"));
  expect(codec["~standard"].jsonSchema.input({ target: "draft-2020-12" })).toMatchObject({
    contentMediaType: "application/json",
  });
});

test("an unknown type name throws when the codec is made", () => {
  expect(() => wireCodec("NoSuchType" as never)).toThrow(/no wire type named "NoSuchType"/);
});

test("decodeJson's options flow through: unknownFields", () => {
  const run = readValid("FleetRun")[0] as string;
  const extra = `{"surprise":1,${run.slice(1)}`;
  expect(wireCodec("FleetRun").safeDecode(extra).success).toBe(true);
  const strict = wireCodec("FleetRun", { unknownFields: "reject" }).safeDecode(extra);
  expect(strict.success).toBe(false);
  expect(strict.error?.issues[0]?.path).toStrictEqual(["surprise"]);
  const reported: (readonly string[])[] = [];
  wireCodec("FleetRun", { unknownFields: "report", onUnknownFields: (paths) => reported.push(paths) }).decode(
    extra,
  );
  expect(reported).toStrictEqual([["surprise"]]);
});
