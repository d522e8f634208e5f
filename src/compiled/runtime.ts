/**
 * What the generated writers (./writers.ts) call. A generated writer reads
 * each property of the caller's value exactly once (a struct by one `for…in`
 * over its own keys, a map or JSON value by `Object.keys`, an array by index:
 * what `snapshotOf`, the exact path's copy, reads), checks what it read, and
 * builds from it a copy of its own: plain objects with the fields in
 * declaration order, Options `null` or left out, map keys sorted. The copy is
 * fleetwire's, so `JSON.stringify` (the fastest writer there is) may read it;
 * it never reads the caller's value. What `JSON.stringify` cannot write as
 * serde does (a u128 or big integer, `1.0`, an f32's shortest digits, an f64
 * beyond the range where JS and ryu agree) goes in as its exact text.
 *
 * Anything not already in its canonical output form, or that zod would
 * refuse, or rare (deep nesting, an object under a key the struct does not
 * have) makes the writer give up (throw `BAIL`); the exact path (copy,
 * validate, write) then starts over with its own single read, and its result,
 * bytes or error, is the answer. A generated writer never decides a verdict.
 */
import {
  compareUtf8,
  escapesLoneSurrogate,
  hasSurrogate,
  isIndexKey,
  quoteWellFormed,
} from "../serde/key-order.js";
import { formatF32, formatF64 } from "../serde/number-format.js";
import { isIntegerIn, isSerdeInteger } from "../serde/numbers.js";
import { IntegralFloat } from "../serde/float-token.js";
import { isMarkedFloat, isObjectPrototypePolluted, isPlainObject } from "../serde/json-value.js";
import { canonicalDateTime } from "../serde/timestamp.js";

/** Thrown (not an Error: no stack to capture) when the exact path must decide. */
export const BAIL: unique symbol = Symbol("fleetwire: write on the exact path");

export function bail(): never {
  throw BAIL;
}

/** Deeper than this, the exact path decides (its limit, 127 levels, and its message). */
export const DEPTH_LIMIT = 100;

export const isRecord = isPlainObject;

/**
 * Exact texts `JSON.stringify` writes verbatim. Where the engine has
 * `JSON.rawJSON` (V8 ≥ 11.4: Node 21+, browsers since 2023) a number's text
 * goes in as one; elsewhere (Node 20), and for a whole map's text, as a
 * marker string, NUL and an index (`"\u00003"`), replaced after
 * `JSON.stringify` (`writeCopy`).
 */
export interface Raw {
  readonly texts: string[];
  /** Markers replaced so far: all of them, or the output is not used. */
  replaced: number;
}

export type WireCopy = (value: unknown, depth: number, raw: Raw) => unknown;

const rawJSON = (JSON as { rawJSON?: (text: string) => unknown }).rawJSON;
// NUL and an index: one-byte (a two-byte marker would make JSON.stringify build its whole output
// two bytes wide), and a string of the value spelt the same only costs the exact path (the counts).
const MARK = "\u0000";

function marker(raw: Raw, text: string): string {
  raw.texts.push(text);
  return `${MARK}${raw.texts.length - 1}`;
}

function exactText(raw: Raw, text: string): unknown {
  return rawJSON !== undefined ? rawJSON(text) : marker(raw, text);
}

/**
 * A marker's NUL as JSON.stringify escapes it. Searched for by its backslash,
 * which is rare in JSON text (a search for the marker's opening quote stops
 * at every string): 2.6× less time than a regex over DashboardState's 1,001
 * markers on Node 20.
 */
const ESCAPED_MARK = "\\u0000";
const QUOTE = 34;
const ZERO = 48;
const NINE = 57;

/**
 * `bytes` (`JSON.stringify` of part of a wire copy) with the markers in it
 * (a quote, the escaped NUL, an index, a quote) replaced by their texts. A
 * string of the value spelt like a marker (NUL and digits) is taken for one
 * too, and then `replaced` goes past the number of markers: the output is
 * not used.
 */
function withTexts(bytes: string, raw: Raw): string {
  if (raw.texts.length === raw.replaced) return bytes;
  let out = "";
  let from = 0;
  for (let at = bytes.indexOf(ESCAPED_MARK); at !== -1; at = bytes.indexOf(ESCAPED_MARK, at + 6)) {
    if (bytes.charCodeAt(at - 1) !== QUOTE) continue;
    let end = at + 6;
    let code = bytes.charCodeAt(end);
    if (code < ZERO || code > NINE) continue;
    let index = 0;
    for (; code >= ZERO && code <= NINE; code = bytes.charCodeAt(++end)) index = index * 10 + (code - ZERO);
    if (code !== QUOTE) continue;
    out += bytes.slice(from, at - 1) + (raw.texts[index] ?? "");
    raw.replaced++;
    from = end + 1;
  }
  return from === 0 ? bytes : out + bytes.slice(from);
}

/**
 * The bytes `copy` makes of `value`; undefined (exact path) when a string of
 * the value was spelt like a marker, or held a lone surrogate. Short strings
 * and map keys are not checked one call each as they are copied (that cost
 * more than the rest of their copy): one search of the output finds the
 * escape `JSON.stringify` writes for a lone surrogate (a string spelt
 * `\ud800` matches too, and only costs the exact path). Long strings were
 * checked as they were copied (O(1) when one-byte), so a copy of only those
 * (a 1 MB job output) needs no search. BAIL, and a getter's errors, pass
 * through.
 */
export function writeCopy(copy: WireCopy, value: unknown): string | undefined {
  // A getter may encode another value while this one is copied: its check state is its own.
  const outer = unchecked;
  unchecked = false;
  try {
    const raw: Raw = { texts: [], replaced: 0 };
    const copied = copy(value, 0, raw);
    // A getter that polluted Object.prototype while the copy was made: for…in may have seen it.
    if (isObjectPrototypePolluted()) return undefined;
    const bytes = withTexts(JSON.stringify(copied), raw);
    return raw.replaced === raw.texts.length && !(unchecked && escapesLoneSurrogate(bytes))
      ? bytes
      : undefined;
  } finally {
    unchecked = outer;
  }
}

export function wireInt(value: unknown, min: number, max: number): number {
  return isIntegerIn(value, min, max) ? value : bail();
}

const U128_MAX = 2n ** 128n - 1n;

export function wireU128(value: unknown, raw: Raw): unknown {
  if (typeof value === "bigint") {
    if (value < 0n || value > U128_MAX) bail();
    return exactText(raw, value.toString());
  }
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) bail();
  return value;
}

/** Not integral (ryu writes `.0`), and from 1e-5 to 1e16, where JS and ryu write the same digits. */
function jsWritesAsRyu(value: number): boolean {
  const magnitude = value < 0 ? -value : value;
  return magnitude >= 1e-5 && magnitude < 1e16 && !Number.isInteger(value);
}

/** An f64 as ryu writes it: from 1e-5 to 1e16 ryu and JS agree on the digits, and ryu adds `.0` to an integral value. */
function float(value: number): string {
  const magnitude = value < 0 ? -value : value;
  if (magnitude >= 1e-5 && magnitude < 1e16) return Number.isInteger(value) ? `${value}.0` : `${value}`;
  if (!Number.isFinite(value)) bail();
  return formatF64(value);
}

/**
 * `text` (a number as ryu writes it) for JSON.stringify: the number whose own
 * shortest form is that text when there is one (`77.61` for the f32 77.61,
 * `1e-7`), else the exact text.
 */
function numberText(raw: Raw, text: string): unknown {
  const n = Number(text);
  return `${n}` === text ? n : exactText(raw, text);
}

export function wireF64(value: unknown, raw: Raw): unknown {
  if (typeof value !== "number") bail();
  return jsWritesAsRyu(value) ? value : numberText(raw, float(value));
}

/** Only a value that is already an f32: zod rounds any other, the exact path writes that. */
export function wireF32(value: unknown, raw: Raw): unknown {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.fround(value) !== value) bail();
  return numberText(raw, formatF32(value));
}

/** Only a timestamp already in chrono's canonical form. */
export function wireDateTime(value: unknown): string {
  if (typeof value !== "string" || canonicalDateTime(value) !== value) bail();
  return value;
}

/** From this length a string is checked as it is copied: one call, O(1) for a one-byte string. */
const LONG = 256;

/**
 * Whether a short string or a map key went into the copy being made without
 * a check for lone surrogates (see writeCopy). Saved and restored around each
 * copy (writeCopy): a getter may encode another value meanwhile.
 */
let unchecked = false;

/**
 * Whether short strings and keys are left to the search of the output: where
 * `JSON.rawJSON` is (V8 ≥ 11.4: Node 22+, current browsers), `JSON.stringify`
 * returns a flat string and `isWellFormed` is a call; on Node 20 its output
 * is a rope that any search flattens first (+30% on 1,000 Runners), and
 * `isWellFormed` costs little.
 */
const SEARCH = rawJSON !== undefined;

/** A string: checked for a lone surrogate now, or (short, see SEARCH) in the output (see writeCopy). */
export function wireStr(value: unknown): string {
  if (typeof value !== "string") bail();
  if (SEARCH && value.length < LONG) unchecked = true;
  else if (!value.isWellFormed()) bail();
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

export function wireVec(
  value: unknown,
  depth: number,
  raw: Raw,
  item: (v: unknown, d: number, raw: Raw) => unknown,
): unknown[] {
  if (!Array.isArray(value) || depth > DEPTH_LIMIT) bail();
  const n = value.length;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = item(value[i], depth, raw);
  return out;
}

/** The indices of `keys` in UTF-8 order: insertion sort for the small maps applications build. */
function sortedOrder(keys: readonly string[]): number[] {
  const n = keys.length;
  const order = new Array<number>(n);
  if (n > 16) {
    for (let i = 0; i < n; i++) order[i] = i;
    // Without a surrogate, the engine's string comparison is UTF-8 order already.
    if (!hasSurrogate(keys))
      return order.sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
    return order.sort((a, b) => compareUtf8(keys[a] as string, keys[b] as string));
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i] as string;
    let j = i;
    for (; j > 0 && compareUtf8(keys[order[j - 1] as number] as string, key) > 0; j--)
      order[j] = order[j - 1] as number;
    order[j] = i;
  }
  return order;
}

/** Entries per piece of a map's text (see mapText). */
const PIECE = 1024;

/**
 * A map's text: entries in `order`, each key checked well-formed and quoted
 * directly (a lone surrogate would not be escaped), a number written as it
 * is, any other value by `JSON.stringify`; then one marker pass over the
 * whole. Built piece by piece, each piece flattened (`charCodeAt`
 * does that in V8) before it joins the text: a rope of a whole large map
 * keeps several small strings alive per entry, and collecting them grew
 * faster than the map.
 */
function mapText(
  keys: readonly string[],
  values: readonly unknown[],
  order: readonly number[] | undefined,
  raw: Raw,
): string {
  let text = "";
  let piece = "{";
  for (let j = 0; j < keys.length; j++) {
    const i = order?.[j] ?? j;
    const v = values[i];
    const key = keys[i] as string;
    if (!key.isWellFormed()) bail();
    piece += `${j ? "," : ""}${quoteWellFormed(key)}:${typeof v === "number" ? v : JSON.stringify(v)}`;
    if (j % PIECE === 0) {
      piece.charCodeAt(0);
      text += piece;
      piece = "";
    }
  }
  return withTexts(`${text + piece}}`, raw);
}

/**
 * A `BTreeMap<String, V>` (or JSON object) copied with its keys in UTF-8
 * order, each value read once and passed through `item`. A map with a key no
 * JS object holds in that order (an array index) or as data (`__proto__`)
 * is written as text instead.
 */
export function wireMap(
  value: unknown,
  depth: number,
  raw: Raw,
  item: (v: unknown, d: number, raw: Raw, p: object, k: string) => unknown,
): unknown {
  if (!isPlainObject(value) || depth > DEPTH_LIMIT) bail();
  const keys = Object.keys(value);
  const n = keys.length;
  const values = new Array<unknown>(n);
  if (SEARCH) unchecked = true;
  else for (const key of keys) if (!key.isWellFormed()) bail();
  let sorted = true;
  let plain = true;
  for (let i = 0; i < n; i++) {
    const key = keys[i] as string;
    values[i] = item(value[key], depth, raw, value, key);
    if (i > 0 && sorted && compareUtf8(keys[i - 1] as string, key) >= 0) sorted = false;
    if (plain && (key === "__proto__" || isIndexKey(key))) plain = false;
  }
  const order = sorted ? undefined : sortedOrder(keys);
  if (!plain) return marker(raw, mapText(keys, values, order, raw));
  const out: Record<string, unknown> = {};
  for (let j = 0; j < n; j++) {
    const i = order?.[j] ?? j;
    out[keys[i] as string] = values[i];
  }
  return out;
}

/**
 * The value of a key a struct does not have: the exact path's copy reads it
 * too, and refuses one nested past its limit (or cyclic); rather than
 * measure, any object there is left to the exact path.
 */
export function unknownField(value: unknown): void {
  if (typeof value === "object" && value !== null) bail();
}

/** Whether a skipped-if-empty map is written: present with a key (not a map: bail). */
export function isFilled(value: unknown): boolean {
  if (value === undefined) return false;
  if (!isPlainObject(value)) bail();
  for (const _ in value) return true;
  return false;
}

const I64_MIN_NUMBER = -(2 ** 63);
const U64_LIMIT_NUMBER = 2 ** 64;

/**
 * A `serde_json::Value`: an integer stays an integer, a float a float. `parent`
 * and `key` name where a float mark for this value would sit (a struct field,
 * a map entry); undefined where the exact path has none (a `Vec<Value>` item:
 * zod copies the array, and the marks stay on the original).
 */
export function wireValue(
  v: unknown,
  depth: number,
  raw: Raw,
  parent?: object,
  key?: string | number,
): unknown {
  switch (typeof v) {
    case "string":
      return wireStr(v);
    case "boolean":
      return v;
    case "bigint":
      if (!isSerdeInteger(v)) bail();
      return exactText(raw, v.toString());
    case "number": {
      if (!Number.isFinite(v)) bail();
      // As the exact path: a float stays a float (`3.0` when marked), an integer an integer, every digit.
      if (
        !Number.isInteger(v) ||
        Object.is(v, -0) ||
        (parent !== undefined && isMarkedFloat(parent, key as string | number))
      )
        return jsWritesAsRyu(v) ? v : exactText(raw, formatF64(v));
      if (Number.isSafeInteger(v)) return v;
      return exactText(
        raw,
        v >= I64_MIN_NUMBER && v < U64_LIMIT_NUMBER ? BigInt(v).toString() : formatF64(v),
      );
    }
    case "object":
      break;
    default:
      return bail();
  }
  if (v === null) return null;
  if (depth > DEPTH_LIMIT || v instanceof IntegralFloat) bail();
  if (Array.isArray(v)) {
    const n = v.length;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = wireValue(v[i], depth + 1, raw, v, i);
    return out;
  }
  return wireMap(v, depth, raw, valueEntry);
}

function valueEntry(v: unknown, depth: number, raw: Raw, parent: object, key: string): unknown {
  if (v === undefined) bail();
  return wireValue(v, depth + 1, raw, parent, key);
}
