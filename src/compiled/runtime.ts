/**
 * What the generated writers (./writers.ts) call. A generated writer takes the
 * caller's value as it is, checks and writes in one walk, and gives up (throws
 * `BAIL`) on anything that is not already in its canonical output form: a
 * value zod would change (a non-canonical timestamp, an f32 not yet rounded, a
 * u128 as a number is fine but a float token object is not), a value zod would
 * refuse, or anything rare (a defaulted field left out, deep nesting). The
 * exact path (validate, then write the validated copy) then runs, and its
 * result, bytes or error, is the answer. So a writer never decides a verdict:
 * it only writes, faster, the bytes the exact path would write.
 */
import { compareUtf8 } from "../codec/encoder.js";
import { formatF32, formatF64 } from "../codec/number-format.js";
import { IntegralFloat } from "../serde/float-token.js";
import { isMarkedFloat, isPlainObject } from "../serde/json-value.js";
import { canonicalDateTime } from "../serde/timestamp.js";

/** Thrown (not an Error: no stack to capture) when the exact path must decide. */
export const BAIL: unique symbol = Symbol("fleetwire: write on the exact path");

export function bail(): never {
  throw BAIL;
}

/** Deeper than this, the exact path decides (its limit, 127 levels, and its message). */
export const DEPTH_LIMIT = 100;

export type Writer = (value: unknown, depth: number) => string;

export const isRecord = isPlainObject;

/** Characters JSON.stringify would escape, and surrogates (checked by it, then by `finish`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** A JSON string: quoted as it is unless something needs escaping (the fast-json-stringify technique). */
export function quote(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** A string; a lone surrogate is caught on the whole output (see `finish`). */
export function str(value: unknown): string {
  if (typeof value !== "string") bail();
  return quote(value);
}

export function bool(value: unknown): string {
  if (value === true) return "true";
  if (value === false) return "false";
  return bail();
}

export function int(value: unknown, min: number, max: number): string {
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < min ||
    value > max ||
    Object.is(value, -0)
  )
    bail();
  return `${value}`;
}

const U128_MAX = 2n ** 128n - 1n;

export function u128(value: unknown): string {
  if (typeof value === "bigint") {
    if (value < 0n || value > U128_MAX) bail();
    return value.toString();
  }
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) bail();
  return `${value}`;
}

/**
 * An f64 as ryu writes it. From 1e-5 up to 1e16 ryu and JS agree on the
 * digits and both write them without an exponent; ryu adds `.0` to an
 * integral value. Outside that range (and −0) the general formatter decides.
 */
export function f64(value: unknown): string {
  if (typeof value !== "number") bail();
  return float(value);
}

function float(value: number): string {
  const magnitude = value < 0 ? -value : value;
  if (magnitude >= 1e-5 && magnitude < 1e16) return Number.isInteger(value) ? `${value}.0` : `${value}`;
  if (!Number.isFinite(value)) bail();
  return formatF64(value);
}

/** Only a value that is already an f32: zod rounds any other, the exact path writes that. */
export function f32(value: unknown): string {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.fround(value) !== value) bail();
  return formatF32(value);
}

/** Only a timestamp already in chrono's canonical form (canonical text needs no escapes). */
export function dateTime(value: unknown): string {
  if (typeof value !== "string" || canonicalDateTime(value) !== value) bail();
  return `"${value}"`;
}

export function oneOf(value: unknown, variants: ReadonlySet<string>): string {
  if (typeof value !== "string" || !variants.has(value)) bail();
  return `"${value}"`;
}

export function vec(value: unknown, depth: number, item: Writer): string {
  if (!Array.isArray(value) || depth > DEPTH_LIMIT) bail();
  const n = value.length;
  if (n === 0) return "[]";
  let out = `[${item(value[0], depth)}`;
  for (let i = 1; i < n; i++) out += `,${item(value[i], depth)}`;
  return `${out}]`;
}

/** `BTreeMap<String, V>`: keys in UTF-8 byte order. `item` gets the map and key for float marks. */
export function map(
  value: unknown,
  depth: number,
  item: (value: unknown, depth: number, parent: object, key: string) => string,
): string {
  if (!isPlainObject(value) || depth > DEPTH_LIMIT) bail();
  const keys = Object.keys(value);
  if (keys.length === 0) return "{}";
  if (keys.length > 1) keys.sort(compareUtf8);
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    out += `${i === 0 ? "" : ","}${quote(key)}:${item(value[key], depth, value, key)}`;
  }
  return `${out}}`;
}

export const stringMapItem = str;

/** `BTreeMap<String, String>`. */
export function stringMap(value: unknown, depth: number): string {
  return map(value, depth, stringMapItem);
}

/** Whether a map has no keys (`skip_serializing_if = "BTreeMap::is_empty"`); not a map: bail. */
export function isEmptyMap(value: unknown): boolean {
  if (!isPlainObject(value)) bail();
  for (const _ in value) return false;
  return true;
}

const I64_MIN = -(2n ** 63n);
const U64_MAX = 2n ** 64n - 1n;

/**
 * A `serde_json::Value`: an integer stays an integer, a float a float. `parent`
 * and `key` name where a float mark for this value would sit (a struct field,
 * a map entry); undefined where the exact path has none (a `Vec<Value>` item:
 * zod copies the array, and the marks stay on the original).
 */
export function value(v: unknown, depth: number, parent?: object, key?: string | number): string {
  switch (typeof v) {
    case "string":
      return quote(v);
    case "boolean":
      return v ? "true" : "false";
    case "bigint":
      if (v < I64_MIN || v > U64_MAX) bail();
      return v.toString();
    case "number":
      if (!Number.isFinite(v)) bail();
      return !Number.isSafeInteger(v) ||
        Object.is(v, -0) ||
        (parent !== undefined && isMarkedFloat(parent, key as string | number))
        ? float(v)
        : `${v}`;
    case "object":
      break;
    default:
      return bail();
  }
  if (v === null) return "null";
  if (depth > DEPTH_LIMIT || v instanceof IntegralFloat) bail();
  if (Array.isArray(v)) {
    let out = "[";
    for (let i = 0; i < v.length; i++) out += `${i === 0 ? "" : ","}${value(v[i], depth + 1, v, i)}`;
    return `${out}]`;
  }
  if (!isPlainObject(v)) bail();
  const keys = Object.keys(v);
  if (keys.length > 1) keys.sort(compareUtf8);
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const item = v[k];
    if (item === undefined) bail();
    out += `${i === 0 ? "" : ","}${quote(k)}:${value(item, depth + 1, v, k)}`;
  }
  return `${out}}`;
}

/**
 * The whole output, or undefined when the exact path must write it: a lone
 * surrogate anywhere (JSON.stringify escapes it as `\udXXX`, serde_json never
 * writes one; the exact path names it as an error). An escaped backslash
 * before `ud8` text also matches: that only costs the exact path.
 */
export function finish(bytes: string): string | undefined {
  if (bytes.includes("\\ud") && /\\ud[89a-f]/.test(bytes)) return undefined;
  return bytes;
}
