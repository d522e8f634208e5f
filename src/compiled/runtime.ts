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
import { compareUtf8 } from "../serde/key-order.js";
import { formatF32, formatF64 } from "../serde/number-format.js";
import { IntegralFloat } from "../serde/float-token.js";
import { isMarkedFloat, isPlainObject, markFloat } from "../serde/json-value.js";
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

// ---------------------------------------------------------------- checks for JSON.stringify

/*
 * `ok*` checks (generated as `ok<Type>` in ./writers.ts) say whether
 * `JSON.stringify(value)` already writes serde_json's bytes: every field in
 * declaration order with nothing else, plain Options present (`null`, not
 * left out), skipped ones absent or `undefined`, integers as safe numbers,
 * f64s that are not integral (ryu writes `1.0`) and in the range where ryu
 * and JS agree, canonical timestamps, map keys already in UTF-8 order.
 * They walk without allocating; on `false` the generated writer builds the
 * bytes itself. Native JSON.stringify is the fastest writer there is, so
 * values decoded by fleetwire or built in declaration order take that road.
 */

export type Check = (value: unknown, depth: number) => boolean;

/** Own enumerable keys are exactly `fields` in order, a field with `required[j]` false possibly absent. */
export function keysInOrder(
  value: Record<string, unknown>,
  fields: readonly string[],
  required: readonly boolean[],
): boolean {
  const n = fields.length;
  let j = 0;
  for (const key in value) {
    while (j < n && fields[j] !== key) {
      if (required[j]) return false;
      j++;
    }
    if (j === n) return false;
    j++;
  }
  for (; j < n; j++) if (required[j]) return false;
  return true;
}

export const okInt = (value: unknown, min: number, max: number): boolean =>
  typeof value === "number" &&
  Number.isInteger(value) &&
  value >= min &&
  value <= max &&
  !Object.is(value, -0);

export const okU128 = (value: unknown): boolean =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0);

/** Not integral (ryu writes `.0`), and from 1e-5 to 1e16, where JS and ryu write the same digits. */
function okFloat(value: number): boolean {
  const magnitude = value < 0 ? -value : value;
  return magnitude >= 1e-5 && magnitude < 1e16 && !Number.isInteger(value);
}

export const okF64 = (value: unknown): boolean => typeof value === "number" && okFloat(value);

export const okDateTime = (value: unknown): boolean =>
  typeof value === "string" && canonicalDateTime(value) === value;

export const okStr = (value: unknown): boolean => typeof value === "string";

export function okVec(value: unknown, depth: number, item: Check): boolean {
  if (!Array.isArray(value) || depth > DEPTH_LIMIT) return false;
  for (let i = 0; i < value.length; i++) if (!item(value[i], depth)) return false;
  return true;
}

/** A map whose keys enumerate in UTF-8 order (integer-like keys enumerate first, numerically: then not). */
export function okMap(
  value: unknown,
  depth: number,
  item: (value: unknown, depth: number, parent: object, key: string) => boolean,
): boolean {
  if (!isPlainObject(value) || depth > DEPTH_LIMIT) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && compareUtf8(previous, key) >= 0) return false;
    if (!item(value[key], depth, value, key)) return false;
    previous = key;
  }
  return true;
}

const okStringItem = (value: unknown): boolean => typeof value === "string";

export const okStringMap = (value: unknown, depth: number): boolean => okMap(value, depth, okStringItem);

/** A skipped-if-empty map: absent, or present with at least one key (JSON.stringify would write `{}`). */
export function okNonEmptyMap(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const _ in value) return true;
  return false;
}

/** A `serde_json::Value` that JSON.stringify writes as serde_json does; marks as for `value`. */
export function okValue(v: unknown, depth: number, parent?: object, key?: string | number): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      if (Number.isSafeInteger(v)) {
        return !Object.is(v, -0) && (parent === undefined || !isMarkedFloat(parent, key as string | number));
      }
      return okFloat(v);
    case "object":
      break;
    default:
      return false;
  }
  if (v === null) return true;
  if (depth > DEPTH_LIMIT) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!okValue(v[i], depth + 1, v, i)) return false;
    return true;
  }
  if (!isPlainObject(v)) return false;
  let previous: string | undefined;
  for (const k in v) {
    if (previous !== undefined && compareUtf8(previous, k) >= 0) return false;
    const item = v[k];
    if (item === undefined || !okValue(item, depth + 1, v, k)) return false;
    previous = k;
  }
  return true;
}

// ---------------------------------------------------------------- wire copies for JSON.stringify

/*
 * `wire*` (generated as `wire<Type>` in ./writers.ts) copy a value into the
 * shape JSON.stringify writes as serde does: fields in declaration order as
 * object literals (one hidden class per struct), Options `null` or left out,
 * map keys sorted. What JSON.stringify cannot write (a bigint, `1.0`, an
 * f32's shortest digits) becomes a marker string, a lone surrogate and an
 * index (`"\udfff3"`), replaced by its text after stringify (`fromWire`).
 */

/** The text that replaces a marker, by index. */
export type Raw = string[];

export type WireCopy = (value: unknown, depth: number, raw: Raw) => unknown;

const MARK = "\udfff";
const MARKED = /"\\udfff(\d+)"/g;

function mark(raw: Raw, text: string): string {
  raw.push(text);
  return `${MARK}${raw.length - 1}`;
}

/** JSON.stringify of a wire copy with its markers replaced; undefined (exact path) if anything else matched. */
export function fromWire(copy: unknown, raw: Raw): string | undefined {
  const bytes = JSON.stringify(copy);
  if (raw.length === 0) return finish(bytes);
  let found = 0;
  const out = bytes.replace(MARKED, (_, index: string) => {
    found++;
    return raw[+index] as string;
  });
  // A string of the value spelt like a marker (a lone surrogate: never valid) makes the counts differ.
  return found === raw.length ? finish(out) : undefined;
}

export function wireInt(value: unknown, min: number, max: number): number {
  if (!okInt(value, min, max)) bail();
  return value as number;
}

export function wireU128(value: unknown, raw: Raw): number | string {
  if (typeof value === "bigint") {
    if (value < 0n || value > U128_MAX) bail();
    return mark(raw, value.toString());
  }
  if (!okU128(value)) bail();
  return value as number;
}

export function wireF64(value: unknown, raw: Raw): number | string {
  if (typeof value !== "number") bail();
  return okFloat(value) ? value : mark(raw, float(value));
}

export function wireF32(value: unknown, raw: Raw): string {
  return mark(raw, f32(value));
}

export function wireDateTime(value: unknown): string {
  if (typeof value !== "string" || canonicalDateTime(value) !== value) bail();
  return value;
}

export function wireStr(value: unknown): string {
  if (typeof value !== "string") bail();
  return value;
}

export function wireBool(value: unknown): boolean {
  if (typeof value !== "boolean") bail();
  return value;
}

export function wireOneOf(value: unknown, variants: ReadonlySet<string>): string {
  if (typeof value !== "string" || !variants.has(value)) bail();
  return value;
}

/** An array index key enumerates before every other key, in numeric order: not UTF-8 order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

function sortedKeys(value: Record<string, unknown>): string[] {
  const keys = Object.keys(value);
  for (const key of keys) if (INDEX_KEY.test(key)) bail();
  if (keys.length > 1) keys.sort(compareUtf8);
  return keys;
}

export function wireVec<T>(
  value: unknown,
  depth: number,
  raw: Raw,
  item: (v: unknown, d: number, raw: Raw) => T,
): T[] {
  if (!Array.isArray(value) || depth > DEPTH_LIMIT) bail();
  const n = value.length;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = item(value[i], depth, raw);
  return out;
}

/** `Vec<String>`: the array itself once every item is a string. */
export function wireStringVec(value: unknown, depth: number): unknown[] {
  if (!Array.isArray(value) || depth > DEPTH_LIMIT) bail();
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") bail();
  return value;
}

export function wireMap(
  value: unknown,
  depth: number,
  raw: Raw,
  item: (v: unknown, d: number, raw: Raw, p: object, k: string) => unknown,
): Record<string, unknown> {
  if (!isPlainObject(value) || depth > DEPTH_LIMIT) bail();
  const out: Record<string, unknown> = {};
  for (const key of sortedKeys(value)) {
    if (key === "__proto__") bail();
    out[key] = item(value[key], depth, raw, value, key);
  }
  return out;
}

/** `BTreeMap<String, String>`: the map itself when its keys are already in order. */
export function wireStringMap(value: unknown, depth: number): Record<string, unknown> {
  if (!isPlainObject(value) || depth > DEPTH_LIMIT) bail();
  let previous: string | undefined;
  let sorted = true;
  for (const key in value) {
    if (typeof value[key] !== "string") bail();
    if (previous !== undefined && compareUtf8(previous, key) >= 0) sorted = false;
    previous = key;
  }
  if (sorted && (previous === undefined || !INDEX_KEY.test(previous))) return value;
  const out: Record<string, unknown> = {};
  for (const key of sortedKeys(value)) {
    if (key === "__proto__") bail();
    out[key] = value[key];
  }
  return out;
}

/** A skipped-if-empty map: undefined (left out) when absent or empty. */
export function wireUnlessEmpty<T>(value: unknown, write: (value: unknown) => T): T | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) bail();
  for (const _ in value) return write(value);
  return undefined;
}

/** A `serde_json::Value`, marks as for `value`. */
export function wireValue(
  v: unknown,
  depth: number,
  raw: Raw,
  parent?: object,
  key?: string | number,
): unknown {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "bigint":
      if (v < I64_MIN || v > U64_MAX) bail();
      return mark(raw, v.toString());
    case "number":
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
        return parent !== undefined && isMarkedFloat(parent, key as string | number)
          ? mark(raw, `${v}.0`)
          : v;
      }
      if (!Number.isFinite(v)) bail();
      return okFloat(v) ? v : mark(raw, float(v));
    case "object":
      break;
    default:
      return bail();
  }
  if (v === null) return null;
  if (depth > DEPTH_LIMIT || v instanceof IntegralFloat) bail();
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = wireValue(v[i], depth + 1, raw, v, i);
    return out;
  }
  if (!isPlainObject(v)) bail();
  const out: Record<string, unknown> = {};
  for (const k of sortedKeys(v)) {
    const item = v[k];
    if (item === undefined || k === "__proto__") bail();
    out[k] = wireValue(item, depth + 1, raw, v, k);
  }
  return out;
}

// ---------------------------------------------------------------- readers

/*
 * `read*` (generated as `read<Type>` in ./writers.ts) turn a `JSON.parse`
 * result, with the exact numbers the scan found (bigints, `IntegralFloat`s),
 * into the output value zod's runtime would build: struct fields in
 * declaration order, a skipped Option's key present only when the input had
 * it, defaults filled in, u128 as bigint, f32 rounded, timestamps canonical,
 * `1.0` in a JSON value marked as a float. Anything else bails to zod.
 */

export type Reader = (value: unknown, depth: number) => unknown;

export function readInt(value: unknown, min: number, max: number): number {
  if (!okInt(value, min, max)) bail();
  return value as number;
}

export function readU128(value: unknown): bigint {
  if (typeof value === "bigint") {
    if (value < 0n || value > U128_MAX) bail();
    return value;
  }
  if (!okU128(value)) bail();
  return BigInt(value as number);
}

function numberOf(value: unknown): number {
  if (typeof value === "number") return value;
  if (value instanceof IntegralFloat) return value.value;
  if (typeof value === "bigint") return Number(value);
  return bail();
}

export function readF64(value: unknown): number {
  const n = numberOf(value);
  if (!Number.isFinite(n)) bail();
  return n;
}

export function readF32(value: unknown): number {
  const n = Math.fround(numberOf(value));
  if (!Number.isFinite(n)) bail();
  return n;
}

export function readDateTime(value: unknown): string {
  return (typeof value === "string" ? canonicalDateTime(value) : undefined) ?? bail();
}

export function readStr(value: unknown): string {
  if (typeof value !== "string") bail();
  return value;
}

export const readBool = wireBool;
export const readOneOf = wireOneOf;

export function readVec(value: unknown, depth: number, item: Reader): unknown[] {
  if (!Array.isArray(value) || depth > DEPTH_LIMIT) bail();
  const n = value.length;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = item(value[i], depth);
  return out;
}

/** `Vec<String>`: checked, then a copy (zod's array builds one). */
export function readStringVec(value: unknown, depth: number): unknown[] {
  if (!Array.isArray(value) || depth > DEPTH_LIMIT) bail();
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") bail();
  return value.slice();
}

/** `BTreeMap<String, String>`: checked and kept, as fleetwire's map does. */
export function readStringMap(value: unknown, depth: number): Record<string, unknown> {
  if (!isPlainObject(value) || depth > DEPTH_LIMIT) bail();
  for (const key in value) if (typeof value[key] !== "string") bail();
  return value;
}

/** Any other map: a copy; a `1.0` read as a value stays a float (marked on the copy). */
export function readMap(value: unknown, depth: number, item: Reader): Record<string, unknown> {
  if (!isPlainObject(value) || depth > DEPTH_LIMIT) bail();
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    const read = item(v, depth);
    // JSON's `"__proto__"` key is data: an own property, as fleetwire's map keeps it.
    if (key === "__proto__")
      Object.defineProperty(out, key, { value: read, enumerable: true, writable: true, configurable: true });
    else out[key] = read;
    if (v instanceof IntegralFloat || isMarkedFloat(value, key)) markFloat(out, key);
  }
  return out;
}

/**
 * A `serde_json::Value` as fleetwire's reader leaves it: the same object,
 * `IntegralFloat`s inside replaced by numbers marked as floats on their
 * container. A Value that is itself `1.0` is marked by the caller (`readValueField`).
 */
export function readValue(v: unknown, depth: number): unknown {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      if (!Number.isFinite(v)) bail();
      return v;
    case "bigint":
      if (v < I64_MIN || v > U64_MAX) bail();
      return v;
    case "object":
      break;
    default:
      return bail();
  }
  if (v === null) return null;
  if (v instanceof IntegralFloat) return v.value;
  if (depth > DEPTH_LIMIT) bail();
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (item instanceof IntegralFloat) {
        v[i] = item.value;
        markFloat(v, i);
      } else if (typeof item === "object" || typeof item === "number" || typeof item === "bigint")
        readValue(item, depth + 1);
      else if (typeof item !== "string" && typeof item !== "boolean") bail();
    }
    return v;
  }
  if (!isPlainObject(v)) bail();
  for (const key in v) {
    const item = v[key];
    if (item instanceof IntegralFloat) {
      v[key] = item.value;
      markFloat(v, key);
    } else if (item === undefined) bail();
    else readValue(item, depth + 1);
  }
  return v;
}

/** A Value sitting in a struct field: a `1.0` there is marked on the output struct. */
export function readValueField(v: unknown, depth: number, out: object, key: string): unknown {
  if (v instanceof IntegralFloat) {
    markFloat(out, key);
    return v.value;
  }
  if (v === undefined) bail();
  return readValue(v, depth);
}
