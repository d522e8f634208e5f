/**
 * The rules of the wire that JSON Schema cannot express, one row each: what
 * serde / fleetwire do, and why a schema validator cannot. The tests skip the
 * cases a row covers *by construction*: a row recognises its cases, from the
 * Rust kind and the value (hand-built differential) or from the corpus's rule
 * and mutation name (serde fixtures), and only those are exempt from
 * agreement. Rows that can be built as a JS value carry a demonstration that
 * the gap is real (zod refuses it, ajv accepts it).
 */
import type { WireTypeName } from "../../src/index.js";
import { VALUE_MAX_DEPTH } from "../../src/serde/json-value.js";
import type { RuleId } from "../support/rules.js";
import { jsonSamples as samples } from "../support/examples.js";

/** The Rust side at a mutated path: its leaf kind, or inside a serde_json::Value. */
export type Kind =
  | "int"
  | "u128"
  | "float"
  | "datetime"
  | "string"
  | "bool"
  | "value"
  | "map"
  | "enum"
  | "struct"
  | "array"
  | "other";

/** One hand-built case of the zod ↔ ajv differential. */
export interface Case {
  readonly type: WireTypeName;
  readonly what: string;
  readonly value: unknown;
  readonly kind: Kind;
  readonly probe?: unknown;
}

/** One mutation of the serde corpus (`test/fixtures/<RustName>/mutations.ndjson`). */
export interface FixtureMutation {
  readonly rule: RuleId;
  readonly name: string;
}

export interface NotExpressible {
  readonly rule: string;
  /** What serde / fleetwire do. */
  readonly wire: string;
  /** Why JSON Schema cannot say it. */
  readonly why: string;
  /** Hand-built cases it covers: zod rejects them, ajv accepts them. */
  readonly covers?: (c: Case) => boolean;
  /** Corpus mutations it covers: fleetwire rejects them, a schema validator cannot. */
  readonly fixtures?: (m: FixtureMutation) => boolean;
  /** A demonstration: zod rejects it, ajv accepts it. */
  readonly demo?: { readonly type: WireTypeName; readonly value: unknown };
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export const nested = (depth: number): unknown => {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

function depthOf(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let max = 0;
  for (const inner of Object.values(value)) max = Math.max(max, depthOf(inner));
  return max + 1;
}

const eventRecord = (fields: object) => ({ ...(samples.EventRecord?.[0] as object), ...fields });
/** A corpus mutation tagged with rule `id`. */
const probes = (id: RuleId) => (m: FixtureMutation) => m.rule === id;

export const NOT_EXPRESSIBLE: readonly NotExpressible[] = [
  {
    rule: "duplicate keys",
    wire: "a duplicated struct field (also through a tag or flatten) is an error in serde; in a map or a Value the last one wins",
    why: "JSON Schema validates the parsed value, and JSON.parse (like most parsers) keeps the last duplicate silently; not a JS value, so not built by hand",
    fixtures: (m) => probes("R6")(m),
  },
  {
    rule: "integer written as a float token",
    wire: "`1.0`, `1e2`, `-0` and `-0.0` are errors for every integer kind",
    why: "JSON Schema's integer is any number with a zero fraction, so 1.0 and 1e2 are integers; JSON.parse keeps only -0 apart, and ajv counts it as 0",
    covers: (c) => (c.kind === "int" || c.kind === "u128") && Object.is(c.probe, -0),
    fixtures: (m) =>
      probes("R7")(m) && ["float token 1.0", "exponent 1e2", "float token", "minus zero"].includes(m.name),
    demo: { type: "SupportedCommand", value: { name: "n", idempotent: true, timeout_seconds: -0 } },
  },
  {
    rule: "u128 beyond 2^53",
    wire: "u128 (the *_unix_nanos fields) is exact up to 2^128−1 and 2^128 is an error; fleetwire refuses a JS number above 2^53−1, whose digits JSON.parse already rounded, and reads the text instead",
    why: "a validator working on doubles (ajv, after JSON.parse) sees neither the digits nor the 2^128−1 bound; the schema's description says so",
    covers: (c) => c.kind === "u128" && typeof c.probe === "number" && c.probe > MAX_SAFE,
    fixtures: (m) => probes("R7")(m) && m.name === "u128 max + 1",
    demo: { type: "EventRecord", value: eventRecord({ occurred_at_unix_nanos: 2 ** 60 }) },
  },
  {
    rule: "serde_json::Value depth",
    wire:
      "serde_json refuses more than 127 nested arrays/objects in a document (a Value inside a struct holds at most 126); " +
      "fleetwire keeps that limit also inside fields serde ignores",
    why: "JSON Schema has no keyword for nesting depth",
    covers: (c) =>
      c.kind === "value" &&
      typeof c.probe === "object" &&
      c.probe !== null &&
      depthOf(c.probe) > VALUE_MAX_DEPTH,
    fixtures: (m) => probes("R12")(m) && (m.name === "deep nesting" || m.name === "deep unknown field"),
    demo: { type: "EventRecord", value: eventRecord({ payload: nested(VALUE_MAX_DEPTH + 1) }) },
  },
  {
    rule: "integers beyond serde_json's exact range inside a Value",
    wire: "serde_json keeps integers from −2^63 to 2^64−1 exact and turns a larger one into a float; fleetwire refuses it rather than round it (Decision)",
    why: "after parsing, 18446744073709551616 and the float 1.8446744073709552e19 are the same number, and a Value accepts any number",
    fixtures: (m) => probes("R12")(m) && m.name === "integer 2^64",
  },
  {
    rule: "lone surrogates",
    wire: 'a lone surrogate escape ("\\ud800") is an error in serde_json; fleetwire\'s text decoder refuses it too',
    why: "JSON Schema strings are any string and JSON.parse accepts the escape (so do zod's schemas given the parsed value: both accept, no disagreement between them)",
    fixtures: (m) => m.name.includes("surrogate"),
  },
  {
    rule: "calendar dates and the UTC year range",
    wire: "DateTime<Utc> must be a real date (`2026-02-30` is an error), still within years 0000–9999 once shifted to UTC",
    why: "a pattern cannot count days per month or shift offsets; a date-time format function can. These tests register fleetwire's own (D4), so ajv agrees here, but a validator that only applies `pattern` accepts these",
  },
  {
    rule: "f32 rounding of the text's digits",
    wire: "an f32 keeps the nearest f32 of the decimal text; serde_json reads through f64 first, so a decimal a hair below the overflow bound may round either way",
    why: "bounds apply to the parsed double; the schema's exclusive bounds are exact for doubles (tested with Math.fround) but the text's own digits are not visible",
  },
  {
    rule: "`$` before a final newline",
    wire: 'a timestamp followed by a newline (`"2026-05-20T12:00:00Z\\n"`) is an error',
    why: "the pattern ends in `$`, which is end-of-string in ECMA-262 (ajv), Go and Rust, but also matches before a final newline in Python's `re`, Java and .NET; a portable end anchor would need a lookahead, which Go's and Rust's regex engines refuse",
  },
  {
    rule: "text-level syntax",
    wire: "leading zeros, `+1`, NaN, trailing content, invalid UTF-8 are errors",
    why: "a JSON parser refuses them before any validator runs; the corpus's mutations that JSON.parse refuses are not schema questions",
  },
];
