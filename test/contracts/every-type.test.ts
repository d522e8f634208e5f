/**
 * Every one of the 47 wire types: a valid example that parses, and an invalid
 * one (the valid example with one field made wrong) whose error points at that
 * field. The examples are written by hand, keyed by Rust name; a type in
 * `wireTypes` without an example fails the suite.
 *
 * The valid examples are JSON serde accepts, and each invalid one is rejected
 * by serde too (checked with test/rust-oracle's oracle), except ControlCommandRequest's,
 * where a Decision (test/support/rules.ts) makes the library stricter (a u128 that
 * arrives as an unsafe-integer JS number).
 */
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { wireTypeNames, wireTypes, type WireTypeName } from "../../src/index.js";
import { type Example, examples, type Path } from "../support/examples.js";

/** The types whose published contract is closed: an unknown key is an error. */
const CLOSED = new Set<string>(["Runner", "RunnerUiError", "RunnerCrash"]);

/** A copy of `value` with the field at `path` replaced by `replacement` (left out when undefined). */
function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (!(last in parent)) throw new Error(`example has no field at ${JSON.stringify(path)}`);
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

function exampleOf(name: WireTypeName): Example {
  const example = examples[name];
  if (example === undefined)
    throw new Error(`no example for ${name}: add one to the table in every-type.test.ts`);
  return example;
}

const schemaOf = (name: WireTypeName) => wireTypes[name].schema as z.ZodType;
const HUGE = "A".repeat(100 * 1024);

test("there is an example for each of the 47 types, and none for a type that does not exist", () => {
  expect(wireTypeNames).toHaveLength(47);
  const missing = wireTypeNames.filter((name) => examples[name] === undefined);
  expect(missing, "types without an example").toEqual([]);
  expect(Object.keys(examples).sort()).toEqual([...wireTypeNames].sort());
});

describe.each(wireTypeNames)("%s", (name) => {
  test("the valid example parses", () => {
    const result = schemaOf(name).safeParse(exampleOf(name).valid);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  test("what it parses to is itself valid input, and reads back the same", () => {
    const schema = schemaOf(name);
    const once = schema.parse(exampleOf(name).valid);
    expect(schema.parse(once)).toEqual(once);
  });

  test("the invalid example fails with an error at the offending field", () => {
    const { valid, invalid } = exampleOf(name);
    const input = setAt(valid, invalid.at, invalid.value);
    const result = schemaOf(name).safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([invalid.at]);
    expect(() => schemaOf(name).parse(input)).toThrow();
  });

  test(CLOSED.has(name) ? "an unknown key is an error naming it" : "an unknown key is dropped", () => {
    const { valid } = exampleOf(name);
    const schema = schemaOf(name);
    if (typeof valid !== "object" || valid === null) {
      // A unit enum, newtype or open enum: a JSON object is not one.
      expect(schema.safeParse({ [String(valid)]: null }).success).toBe(false);
      return;
    }
    const withUnknown = { ...valid, zz_unknown_field: 1 };
    if (CLOSED.has(name)) {
      const result = schema.safeParse(withUnknown);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        "unknown field `zz_unknown_field`",
      ]);
    } else {
      const parsed = schema.parse(withUnknown) as Record<string, unknown>;
      expect(parsed).not.toHaveProperty("zz_unknown_field");
      expect(parsed).toEqual(schema.parse(valid));
    }
  });

  test("a 100 KB string in a wrong-typed position gives a short error message", () => {
    const { valid, invalid, hugeAt = invalid.at } = exampleOf(name);
    const schema = schemaOf(name);
    if (hugeAt === "any string") {
      // This type is a string itself: every string is valid, kept as it is.
      expect(schema.parse(HUGE)).toBe(HUGE);
      return;
    }
    const result = schema.safeParse(setAt(valid, hugeAt, HUGE));
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([hugeAt]);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(500);
    expect(result.error?.message.length).toBeLessThan(500);
    expect(String(result.error)).not.toContain(HUGE.slice(0, 1000));
  });
});
