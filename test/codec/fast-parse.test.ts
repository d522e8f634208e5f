/**
 * The JSON.parse road and the exact reader must agree: whenever the fast path
 * answers, it answers what the exact reader answers; where the exact reader
 * refuses or records a repeated key, the fast path steps aside.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fastParseJsonText } from "../../src/codec/fast-parse.js";
import { type ParsedText, parseJsonText, TextSyntaxError } from "../../src/codec/text-parser.js";
import { wireTypeNames } from "../../src/registry.js";
import { IntegralFloat } from "../../src/serde/float-token.js";
import { readMutations, readValid } from "../conformance/fixtures.js";

// Float tokens are callables (so no object schema takes one for a struct): equal when they spell the same number.
expect.addEqualityTesters([
  (a: unknown, b: unknown) =>
    a instanceof IntegralFloat && b instanceof IntegralFloat
      ? Object.is(a.value, b.value) && a.text === b.text
      : undefined,
]);

function exact(text: string): ParsedText | TextSyntaxError {
  try {
    return parseJsonText(text);
  } catch (error) {
    if (error instanceof TextSyntaxError) return error;
    throw error;
  }
}

function agree(text: string): "fast" | "fallback" {
  const slow = exact(text);
  const fast = fastParseJsonText(text);
  if (fast === undefined) return "fallback";
  expect(slow).not.toBeInstanceOf(TextSyntaxError);
  const reference = slow as ParsedText;
  expect(reference.duplicates).toEqual([]);
  expect(fast.value).toEqual(reference.value);
  expect(fast.hasIntegralFloats).toBe(reference.hasIntegralFloats);
  return "fast";
}

describe("fast path versus the exact reader", () => {
  test("every golden line and every mutation of the serde corpus", () => {
    const roads = { fast: 0, fallback: 0 };
    for (const type of wireTypeNames) {
      for (const line of readValid(type)) roads[agree(line)]++;
      for (const record of readMutations(type)) roads[agree(record.input)]++;
    }
    // Both roads are taken, so both are compared.
    expect(roads.fast).toBeGreaterThan(1000);
    expect(roads.fallback).toBeGreaterThan(100);
  });

  test.each([
    ["1.", "fallback"],
    ["1.e5", "fallback"],
    ["01.0", "fallback"],
    ["-", "fallback"],
    ['{"a":1,"a":2}', "fallback"],
    ['"\\ud800"', "fallback"],
    ['"\\u0000#0"', "fast"],
    [`${"[".repeat(128)}${"]".repeat(128)}`, "fallback"],
    ["1e400", "fallback"],
    ['{"a":1.0,"b":[-0,12345678901234567890,0.1000000000000000055511151231257827]}', "fast"],
    ['{"__proto__":{"x":1e2}}', "fast"],
    ["18446744073709551615", "fast"],
    // Numbers are put back by their place in the text; JS enumerates an array-index key first.
    ['{"1":12345678901234567890,"0":98765432109876543210}', "fallback"],
    ['[{"0":1},12345678901234567890]', "fallback"],
    ['{"0":1,"1":2.5}', "fast"],
    ['{"a":[1.0,{"b":-0},7],"c":12345678901234567890,"d":{"e":[1e2,3]}}', "fast"],
  ])("%s takes the %s road and agrees", (text, road) => {
    expect(agree(text)).toBe(road);
  });

  test("steps aside while Object.prototype has an enumerable key (its key count would see it), and agrees with index and __proto__ keys", () => {
    const text = '{"a":{"b":1},"2":[{"1":0,"0":1}],"__proto__":{"c":2}}';
    expect(agree(text)).toBe("fast");
    (Object.prototype as Record<string, unknown>).polluted = 1;
    try {
      expect(fastParseJsonText(text)).toBeUndefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(agree(text)).toBe("fast");
  });

  test("arbitrary JSON texts and their corruptions", () => {
    const texts = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc
        .json({ maxDepth: 3 })
        .chain((t) =>
          fc
            .tuple(fc.constant(t), fc.nat(t.length), fc.string({ maxLength: 3 }))
            .map(([s, at, junk]) => s.slice(0, at) + junk + s.slice(at)),
        ),
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              "1.0",
              "-0",
              "1e2",
              "9007199254740993",
              "0.30000000000000004",
              "1.00000000000000001",
            ),
            fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
          ),
          { maxLength: 6 },
        )
        .map((parts) => `[${parts.join(",")}]`),
      // Objects whose keys JS may enumerate out of order, holding numbers JSON.parse rounds.
      fc
        .array(
          fc.tuple(
            fc.constantFrom("0", "1", "10", "2", "a", "b1", "01", "-1"),
            fc.constantFrom("1", "1.0", "-0", "12345678901234567890", "[2,1e2]", '{"1":3.0}'),
          ),
          { maxLength: 5 },
        )
        .map((members) => `{${members.map(([k, v]) => `"${k}":${v}`).join(",")}}`),
    );
    fc.assert(
      fc.property(texts, (text) => void agree(text)),
      { seed: 7, numRuns: 3000 },
    );
  });
});
