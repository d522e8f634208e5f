/**
 * The generated parsers (src/compiled/parsers.ts) against zod's runtime on
 * every wire type: where a parser accepts, the runtime accepts and builds the
 * same value, key for key in the same order (an optional key present exactly
 * when zod sets it, `undefined` included), with the same float marks; where
 * the runtime refuses, the parser does too. Every golden line and mutation of
 * the serde corpus, as `JSON.parse` and as the exact reader gives them
 * (bigints, float tokens), and arbitrary values whole and spoilt at one place.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { parseJsonText } from "../../src/codec/text-parser.js";
import { compiledParsers } from "../../src/compiled/parsers.js";
import { type WireTypeName, wireTypeNames, wireTypes } from "../../src/index.js";
import { IntegralFloat } from "../../src/serde/float-token.js";
import { INVALID } from "../../src/serde/first-parse.js";
import { isMarkedFloat } from "../../src/serde/json-value.js";
import { arbitraryForType } from "../support/arbitraries.js";
import { places, readableTexts } from "../support/corpus.js";

const SEED = 16;

/** A value as a tree that `toEqual` compares strictly: key order, `undefined` members, -0, bigints, marks, prototypes. */
function canonical(value: unknown): unknown {
  if (typeof value === "bigint") return { bigint: String(value) };
  if (Object.is(value, -0)) return { minusZero: true };
  if (value === undefined) return { undefined: true };
  if (typeof value === "function") return { function: String(value) };
  if (typeof value !== "object" || value === null) return value;
  const keys = Object.keys(value);
  return {
    array: Array.isArray(value),
    prototype:
      Object.getPrototypeOf(value) === null
        ? "null"
        : String(Object.getPrototypeOf(value)?.constructor?.name),
    entries: keys.map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    marks: keys.filter((key) => isMarkedFloat(value, Array.isArray(value) ? Number(key) : key)),
  };
}

/** Whether a float token (`1.0` read exactly) is anywhere in the value: a Value the runtime copies. */
function hasFloatToken(value: unknown): boolean {
  if (value instanceof IntegralFloat) return true;
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).some(hasFloatToken);
}

/**
 * The parser's verdict beside the runtime's, each on its own fresh copy of the
 * input (reading a Value marks it). The parser declines a valid value only
 * where the runtime builds a copy of a Value holding a float token.
 */
function compare(type: WireTypeName, fresh: () => unknown): boolean {
  const runtime = (wireTypes[type].schema as z.ZodType).clone();
  const parsed = (compiledParsers[type] as (input: unknown) => unknown)(fresh());
  const result = runtime.safeParse(fresh());
  if (parsed === INVALID) {
    if (result.success)
      expect(hasFloatToken(fresh()), `${type}: the parser declined a valid value`).toBe(true);
    return false;
  }
  expect(result.success, `${type}: the parser accepted what zod refuses`).toBe(true);
  expect(canonical(parsed)).toEqual(canonical(result.data));
  return true;
}

const SPOILERS: readonly ((old: unknown) => unknown)[] = [
  () => undefined,
  () => null,
  () => -0,
  () => 1.5,
  () => 2 ** 53,
  () => 7n,
  () => 2n ** 128n,
  () => "2026-05-20T12:00:00+01:00",
  () => [],
  () => ({}),
  () => ({ __proto__: null, a: 1 }),
  () => new Date(0),
  (old) => (typeof old === "string" ? `${old}x` : old),
  (old) => (typeof old === "number" ? old + 0.5 : old),
  (old) => (Array.isArray(old) ? [...old, undefined] : old),
  (old) =>
    typeof old === "object" && old !== null && !Array.isArray(old) ? { ...old, unknownField: 1 } : old,
  (old) => {
    if (typeof old !== "object" || old === null || Array.isArray(old)) return old;
    const { [Object.keys(old)[0] ?? ""]: _, ...rest } = old as Record<string, unknown>;
    return rest;
  },
];

describe("generated parsers build zod's output, or leave the value to zod", () => {
  test.each(wireTypeNames)(
    "%s: golden lines and mutations, as JSON.parse and as the exact reader reads them",
    (type) => {
      let accepted = 0;
      let refused = 0;
      for (const text of readableTexts(type)) {
        if (compare(type, () => JSON.parse(text))) accepted++;
        if (compare(type, () => parseJsonText(text).value)) accepted++;
        else refused++;
      }
      // Both verdicts were exercised.
      expect(accepted).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    },
  );

  test.each(wireTypeNames)("%s: arbitrary values, whole and spoilt at one place", (type) => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitraryForType(type), fc.nat(), fc.nat(SPOILERS.length - 1), (value, at, spoiler) => {
        if (compare(type, () => structuredClone(value))) accepted++;
        const spoil = () => {
          const spoilt = structuredClone(value) as unknown;
          const all = places(spoilt);
          if (all.length === 0) return (SPOILERS[spoiler] as (old: unknown) => unknown)(spoilt);
          const [container, key] = all[at % all.length] as [
            Record<string | number, unknown>,
            string | number,
          ];
          container[key] = (SPOILERS[spoiler] as (old: unknown) => unknown)(container[key]);
          return spoilt;
        };
        compare(type, spoil);
      }),
      { seed: SEED, numRuns: 150 },
    );
    // Every valid application value takes the parser.
    expect(accepted).toBe(150);
  });
});
