/**
 * Writes a validated value byte for byte as `serde_json::to_string` would:
 * fields in declaration order (a flattened enum's tag and fields at the
 * flatten point), `None` as `null` or left out per field, map and JSON-value
 * keys sorted by UTF-8 bytes, floats as ryu writes them, strings escaped as
 * serde_json does (which is what `JSON.stringify` does for well-formed strings).
 *
 * One encoder is compiled per schema, from the zod definition and the wire
 * metadata, and cached.
 */
import { IntegralFloat } from "../serde/float-token.js";
import { isMarkedFloat, markFloat } from "../serde/json-value.js";
import type { AnySchema } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";
import { formatF32, formatF64 } from "../serde/number-format.js";
import { compareUtf8, escapesLoneSurrogate, quoteWellFormed, sortUtf8 } from "../serde/key-order.js";
import { MAX_DEPTH } from "./text-parser.js";

/** Writes `value`, found at `parent[key]`, at nesting `depth` (the root's containers are at depth 1). */
type Encode = (
  value: unknown,
  depth: number,
  parent: object | undefined,
  key: string | number | undefined,
) => string;

/** A problem found while writing; the path is filled in on the way out. */
export class EncodeProblem {
  readonly path: (string | number)[] = [];
  constructor(readonly message: string) {}
}

const fastEncoders = new WeakMap<AnySchema, Encode>();
const preciseEncoders = new WeakMap<AnySchema, Encode>();

/**
 * The writer for a schema. The fast one hands whole subtrees that need no
 * serde-specific formatting to `JSON.stringify`; it cannot name a lone
 * surrogate, so its output is checked (`mayHoldLoneSurrogate`) and written
 * again by the precise one, which checks every string.
 */
export function encoderFor(schema: AnySchema, precise = false): Encode {
  const cache = precise ? preciseEncoders : fastEncoders;
  let encode = cache.get(schema);
  if (encode === undefined) {
    // A placeholder first, so a schema reached again while compiling refers to the finished encoder.
    cache.set(schema, (v, d, p, k) => (cache.get(schema) as Encode)(v, d, p, k));
    encode = !precise && isStringifySafe(schema) ? writeWithStringify : compile(schema, precise);
    cache.set(schema, encode);
  }
  return encode;
}

/** Thrown by the fast writer when its output may hold a lone surrogate: write again with the precise one. */
export class NeedsPreciseWriter {}

const writeWithStringify: Encode = (value) => {
  const bytes = JSON.stringify(value);
  // JSON.stringify escapes a lone surrogate as `\udXXX`; serde_json never writes one.
  if (escapesLoneSurrogate(bytes)) throw new NeedsPreciseWriter();
  return bytes;
};

const stringifySafe = new WeakMap<AnySchema, boolean>();

/**
 * Whether `JSON.stringify` of the validated value writes serde_json's bytes:
 * strings, booleans, safe integers, unit enums and timestamps, in structs whose
 * validated copy holds its keys in declaration order (zod builds it so) with
 * skipped Options `undefined` and plain Options `null`. Floats (ryu format),
 * maps (key order), JSON values (int versus float) and u128 (bigint) are not.
 */
function isStringifySafe(schema: AnySchema): boolean {
  const known = stringifySafe.get(schema);
  if (known !== undefined) return known;
  stringifySafe.set(schema, false);
  const safe = computeStringifySafe(schema);
  stringifySafe.set(schema, safe);
  return safe;
}

function computeStringifySafe(schema: AnySchema): boolean {
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case "int":
    case "string":
    case "bool":
    case "datetime":
    case "unit_enum":
    case "literal":
      return true;
    case "option":
      return isStringifySafe(shape.inner);
    case "default":
      return !shape.skipIfEmpty && isStringifySafe(shape.inner);
    case "vec":
      return isStringifySafe(shape.item);
    case "struct":
      return shape.fields.every(([, field]) => isStringifySafe(field));
    case "tagged":
      return [...shape.variants.values()].every(isStringifySafe);
    default:
      return false;
  }
}

const LONE_SURROGATE =
  "holds a lone surrogate (not valid UTF-8: a Rust String cannot hold it, and serde_json refuses `\\ud800`)";

/** A JSON string; a lone surrogate is refused, since `JSON.stringify` would write an escape serde_json cannot read. */
const quote = (value: unknown): string => {
  if (typeof value === "string" && !value.isWellFormed()) throw new EncodeProblem(`string ${LONE_SURROGATE}`);
  return JSON.stringify(value);
};

function quoteKey(key: string): string {
  if (key.isWellFormed()) return quoteWellFormed(key);
  const problem = new EncodeProblem(`map key ${LONE_SURROGATE}`);
  problem.path.push(key);
  throw problem;
}

const I64_MIN = -(2 ** 63);
const U64_LIMIT = 2 ** 64;

const writeBool = (value: unknown): string => (value ? "true" : "false");
const writeInteger = (value: unknown): string => String(value);

function enterContainer(depth: number): void {
  if (depth > MAX_DEPTH)
    throw new EncodeProblem(`nested deeper than serde_json's limit of ${MAX_DEPTH} levels`);
}

/** Call `encode` for a child, adding the child's key to the path of any problem. */
function child(encode: Encode, value: unknown, depth: number, parent: object, key: string | number): string {
  try {
    return encode(value, depth, parent, key);
  } catch (error) {
    if (error instanceof EncodeProblem) error.path.unshift(key);
    throw error;
  }
}

export { compareUtf8 };

/** `depth` is the map's own nesting level (its entries sit at that depth, as an array's items do). */
function writeMap(value: unknown, depth: number, encodeValue: Encode): string {
  enterContainer(depth);
  const map = value as Record<string, unknown>;
  const keys = sortUtf8(Object.keys(map));
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0) out += ",";
    out += `${quoteKey(key)}:${child(encodeValue, map[key], depth, map, key)}`;
  }
  return `${out}}`;
}

/** A `serde_json::Value`: an integer stays an integer, a float a float (`3.0`). */
const writeJsonValue: Encode = (value, depth, parent, key) => {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "boolean":
      return writeBool(value);
    case "bigint":
      return value.toString();
    case "number": {
      const isFloat =
        !Number.isInteger(value) ||
        Object.is(value, -0) ||
        (parent !== undefined && isMarkedFloat(parent, key as string | number));
      if (isFloat) return formatF64(value);
      if (Number.isSafeInteger(value)) return String(value);
      // An integer built in JS (2 ** 53): serde_json keeps −2^63..2^64−1 as an integer, every digit written.
      return value >= I64_MIN && value < U64_LIMIT ? BigInt(value).toString() : formatF64(value);
    }
    case "object": {
      if (value === null) return "null";
      if (!Array.isArray(value)) return writeMap(value, depth + 1, writeJsonValue);
      enterContainer(depth + 1);
      let out = "[";
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out += ",";
        out += child(writeJsonValue, value[i], depth + 1, value, i);
      }
      return `${out}]`;
    }
    default:
      if (value instanceof IntegralFloat) return formatF64(value.value);
      throw new EncodeProblem(`${typeof value} is not a JSON value`);
  }
};

interface FieldWriter {
  readonly key: string;
  readonly quotedKey: string;
  readonly encode: Encode;
  /** Whether this value is left out (`skip_serializing_if`). */
  readonly skip: (value: unknown) => boolean;
}

const never = () => false;
const isNone = (value: unknown) => value === undefined || value === null;
const isEmptyMap = (value: unknown) => value === undefined || Object.keys(value as object).length === 0;

function fieldWriter(key: string, schema: AnySchema, precise: boolean): FieldWriter {
  const shape = shapeOf(schema);
  const skip =
    shape.kind === "option" && shape.skipIfNone
      ? isNone
      : shape.kind === "default" && shape.skipIfEmpty
        ? isEmptyMap
        : never;
  return { key, quotedKey: quote(key), encode: encoderFor(schema, precise), skip };
}

function writeObject(fields: readonly FieldWriter[]): Encode {
  return (value, depth) => {
    enterContainer(depth + 1);
    const object = value as Record<string, unknown>;
    let out = "{";
    for (const field of fields) {
      // Own fields only: an absent optional field must not be read from a polluted Object.prototype.
      const fieldValue = Object.hasOwn(object, field.key) ? object[field.key] : undefined;
      if (field.skip(fieldValue)) continue;
      if (out.length > 1) out += ",";
      out += `${field.quotedKey}:${child(field.encode, fieldValue, depth + 1, object, field.key)}`;
    }
    return `${out}}`;
  };
}

function compile(schema: AnySchema, precise: boolean): Encode {
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case "int":
      return writeInteger;
    case "u128":
      return (value) => (value as bigint).toString();
    case "float":
      return shape.rust === "f32"
        ? (value) => formatF32(value as number)
        : (value) => formatF64(value as number);
    case "datetime":
    case "string":
    case "unit_enum":
    case "literal":
      return quote;
    case "bool":
      return writeBool;
    case "value":
      return writeJsonValue;
    case "map": {
      const encodeValue = encoderFor(shape.value, precise);
      return (value, depth) => writeMap(value, depth + 1, encodeValue);
    }
    case "option": {
      const encodeSome = encoderFor(shape.inner, precise);
      return (value, depth, parent, key) => (isNone(value) ? "null" : encodeSome(value, depth, parent, key));
    }
    case "default":
      return encoderFor(shape.inner, precise);
    case "vec": {
      const encodeItem = encoderFor(shape.item, precise);
      return (value, depth) => {
        enterContainer(depth + 1);
        const items = value as unknown[];
        let out = "[";
        for (let i = 0; i < items.length; i++) {
          if (i > 0) out += ",";
          out += child(encodeItem, items[i], depth + 1, items, i);
        }
        return `${out}]`;
      };
    }
    case "struct":
      return writeObject(shape.fields.map(([key, field]) => fieldWriter(key, field, precise)));
    case "tagged": {
      const { tag } = shape;
      const byTag = new Map(
        [...shape.variants].map(([name, variant]) => [name, encoderFor(variant, precise)] as const),
      );
      return (value, depth, parent, key) => {
        const encode = byTag.get((value as Record<string, unknown>)[tag] as string);
        if (encode === undefined) throw new EncodeProblem(`unknown variant of \`${tag}\``);
        return encode(value, depth, parent, key);
      };
    }
  }
}

/**
 * Containers deeper than this are refused while copying: serde_json reads at
 * most 127 levels, and a cyclic value would otherwise never end.
 */
const SNAPSHOT_MAX_DEPTH = MAX_DEPTH + 1;

/**
 * The value `encodeJson` validates and then writes: a deep copy of every plain
 * object and array, each own enumerable property read exactly once, into
 * objects without a prototype. A getter or Proxy that answers differently on
 * a second read cannot slip `NaN` or an out-of-range number past validation,
 * and a key inherited from a polluted `Object.prototype` is never copied.
 * Other objects (class instances, `Date`, `Map`) are kept as they are, for the
 * schema to judge. Float marks travel with the copy.
 */
export function snapshotOf(value: unknown, depth = 0): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth >= SNAPSHOT_MAX_DEPTH)
    throw new EncodeProblem(`nested deeper than serde_json's limit of ${MAX_DEPTH} levels (or cyclic)`);
  if (Array.isArray(value)) {
    const length = value.length;
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) {
      out[i] = snapshotChild(value[i], depth, i);
      if (isMarkedFloat(value, i)) markFloat(out, i);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(object)) {
    // No prototype, so `"__proto__"` is stored as an ordinary own key.
    out[key] = snapshotChild(object[key], depth, key);
    if (isMarkedFloat(object, key)) markFloat(out, key);
  }
  return out;
}

function snapshotChild(value: unknown, depth: number, key: string | number): unknown {
  if (typeof value !== "object" || value === null) return value;
  try {
    return snapshotOf(value, depth + 1);
  } catch (error) {
    if (error instanceof EncodeProblem) error.path.unshift(key);
    throw error;
  }
}
