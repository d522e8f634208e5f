/**
 * What the generated parsers (./parsers.ts) call. A generated parser returns
 * exactly what zod's runtime returns for a valid value of its contract, or
 * `INVALID`, and then zod's runtime parses again and decides (its issues,
 * or its success on a rare path the parser leaves to it: a map or `Value`
 * that zod copies, a closed struct under a polluted `Object.prototype`). The
 * leaves call the building blocks' own read functions (src/serde), so a
 * leaf's rule is written once.
 */
import { isMapAsIs } from "../serde/collections.js";
import { isPlainRecord } from "../serde/describe.js";
import { INVALID } from "../serde/first-parse.js";
import { readJsonValue } from "../serde/json-value.js";
import { isIntegerIn, readFloat, readU128, Rejection } from "../serde/numbers.js";
import { readDateTime } from "../serde/timestamp.js";

/** Thrown (not an Error: no stack to capture) to leave the value to zod's runtime. */
const BAIL: unique symbol = Symbol("fleetwire: parse on zod's runtime");

export function bail(): never {
  throw BAIL;
}

export type Parser = (input: unknown) => unknown;

/** A whole-contract parser: the generated read, or `INVALID` wherever it gave up (or anything threw). */
export function parser(read: Parser): Parser {
  return (input) => {
    try {
      return read(input);
    } catch {
      return INVALID;
    }
  };
}

/** zod's object and union test (`util.isObject`): an object, not an array. */
export const isObject = isPlainRecord;

export function str(value: unknown): string {
  return typeof value === "string" ? value : bail();
}

export function bool(value: unknown): boolean {
  return typeof value === "boolean" ? value : bail();
}

/** zod's number (finite) and the integer kinds' own check (range, no `-0`). */
export function int(value: unknown, min: number, max: number): number {
  return isIntegerIn(value, min, max) ? value : bail();
}

export function oneOf(value: unknown, variants: ReadonlySet<unknown>): unknown {
  return variants.has(value) ? value : bail();
}

function leaf<T>(read: T | Rejection): T {
  // `instanceof` only on objects: most reads are a bigint, number or string.
  return typeof read === "object" && read instanceof Rejection ? bail() : (read as T);
}

export const u128 = (value: unknown): bigint => leaf(readU128(value));
export const f64 = (value: unknown): number => leaf(readFloat("f64", value));
export const f32 = (value: unknown): number => leaf(readFloat("f32", value));
export const dateTime = (value: unknown): string => leaf(readDateTime(value));
export const jsonValue = (value: unknown): unknown => leaf(readJsonValue(value));

/** A map zod returns as it is; any other (a copy to make, an issue) is the runtime's. */
export function stringMap(value: unknown): unknown {
  return isMapAsIs(value, "string") ? value : bail();
}

export function valueMap(value: unknown): unknown {
  return isMapAsIs(value, "value") ? value : bail();
}

/** zod's array: a new one, each item parsed. */
export function vec(value: unknown, item: Parser): unknown[] {
  if (!Array.isArray(value)) bail();
  const n = value.length;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = item(value[i]);
  return out;
}

/** zod's array of an item with its own parser: a new array, or `INVALID` as soon as one item is. */
export function vecParser(item: Parser): Parser {
  const read = (value: unknown): unknown => {
    const out = item(value);
    return out === INVALID ? bail() : out;
  };
  return parser((input) => vec(input, read));
}
