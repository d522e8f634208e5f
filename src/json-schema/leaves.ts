/**
 * JSON Schema for the Rust leaf kinds zod cannot describe by itself: integer
 * kinds with their ranges and schemars-style formats, floats, the RFC 3339
 * timestamp, `serde_json::Value`. Each leaf that carries a fleetwire Decision
 * or a limit JSON Schema cannot express says so in its `description`.
 */
import type { FloatKind, IntKind } from "../serde/meta.js";
import type { JsonSchema } from "./schema-object.js";

/** The format names schemars writes for Rust's integer kinds. */
export const INT_FORMATS: Readonly<Record<IntKind | "u128", string>> = {
  u16: "uint16",
  u32: "uint32",
  i32: "int32",
  u64: "uint64",
  usize: "uint",
  u128: "uint128",
};

/**
 * The smallest magnitude whose nearest f32 is infinite: halfway between
 * f32::MAX = (2 − 2^−23)·2^127 and 2^128, which rounds (to even) to 2^128.
 * Every double strictly inside ±this bound has a finite f32.
 */
export const F32_OVERFLOW = 2 ** 128 - 2 ** 103;

/**
 * fleetwire's accepted RFC 3339 shape (Decision D4 of test/support/rules.ts): `T` or a
 * space between date and time, any number of fraction digits, a leap second
 * `:60`, and `Z`, `z` or `±hh:mm` (hh ≤ 23). `[0-9]`, not `\d`: some regex
 * engines (Python's `re`) let `\d` match non-ASCII digits. A pattern cannot
 * check the calendar (`02-30`) or the UTC shift out of years 0000–9999;
 * fleetwire refuses both.
 */
export const DATE_TIME_PATTERN =
  "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[T ]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";

const U64_NOTE = (kind: "u64" | "usize", max: number) =>
  `Rust \`${kind}\` (0 to 2^64−1). fleetwire accepts at most 2^53−1 (${max}), the largest integer a reader ` +
  "that holds JSON numbers as doubles (JavaScript, many JSON libraries) keeps exact, and refuses larger values " +
  "rather than round them.";

const U128_NOTE =
  "Rust `u128` (0 to 2^128−1), written as plain JSON digits (Unix-nanosecond timestamps are about 1.8e18). " +
  "A validator that reads JSON numbers as doubles cannot check the upper bound or that every digit is kept: " +
  "above 2^53 it sees a rounded value. Read it with an arbitrary-precision integer.";

const F32_NOTE =
  "Rust `f32`: any JSON number whose nearest f32 is finite (magnitude below 2^128 − 2^103, about 3.4028235677973366e38). " +
  "It is stored as the nearest f32, so digits beyond f32 precision are not kept.";

const DATE_TIME_NOTE =
  "Rust `chrono::DateTime<Utc>`: an RFC 3339 timestamp with `T` or a space before the time, any number of fraction " +
  "digits, a leap second `:60`, and `Z`, `z` or a `±hh:mm` offset; written back in UTC with `Z`. The date must exist " +
  "in the calendar (`2026-02-30` is refused) and, shifted to UTC, stay within the years 0000–9999: the pattern cannot " +
  "check either.";

const VALUE_NOTE =
  "Any JSON value (Rust `serde_json::Value`). serde_json refuses a document nested deeper than 127 arrays and " +
  "objects in total, counted from the document root; JSON Schema cannot express that limit. Integers inside are " +
  "kept exact from −2^63 to 2^64−1.";

export function intSchema(kind: IntKind, min: number, max: number): JsonSchema {
  const schema: JsonSchema = { type: "integer", format: INT_FORMATS[kind], minimum: min, maximum: max };
  if (kind === "u64" || kind === "usize") schema.description = U64_NOTE(kind, max);
  return schema;
}

export function u128Schema(): JsonSchema {
  return { type: "integer", format: INT_FORMATS.u128, minimum: 0, description: U128_NOTE };
}

export function floatSchema(kind: FloatKind): JsonSchema {
  if (kind === "f64") return { type: "number", format: "double" };
  return {
    type: "number",
    format: "float",
    exclusiveMinimum: -F32_OVERFLOW,
    exclusiveMaximum: F32_OVERFLOW,
    description: F32_NOTE,
  };
}

export function dateTimeSchema(): JsonSchema {
  return { type: "string", format: "date-time", pattern: DATE_TIME_PATTERN, description: DATE_TIME_NOTE };
}

export function valueSchema(): JsonSchema {
  return { description: VALUE_NOTE };
}
