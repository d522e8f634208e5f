/**
 * `serde_json::Value`: any JSON, nested at most as deep as serde_json reads.
 *
 * Numbers keep what serde_json keeps: an integer in −2^63..2^64−1 stays exact
 * (a `bigint` beyond 2^53), and a float stays a float. Integral floats read
 * from text (`3.0`) are plain JS numbers remembered in `floatMarks`, so the
 * encoder writes `3.0` back, not `3`.
 */
import { describeReceived, isPlainRecord } from "./describe.js";
import { IntegralFloat } from "./float-token.js";
import { lazySchema } from "./lazy.js";
import { withMeta } from "./meta.js";
import { isSerdeInteger, readWith, Rejection } from "./numbers.js";

export type JsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * serde_json refuses more than 127 nested arrays and objects in a document.
 * A Value always sits inside at least one struct, so it holds at most 126;
 * the text codec counts from the document root and is exact.
 */
export const VALUE_MAX_DEPTH = 126;

/** Containers holding integral floats read from text, keyed by the container, by property or index. */
const floatMarks = new WeakMap<object, Set<string | number>>();

/** Remember that `container[key]` was written as a float (`3.0`), so it is encoded as one. */
export function markFloat(container: object, key: string | number): void {
  let keys = floatMarks.get(container);
  if (keys === undefined) {
    keys = new Set();
    floatMarks.set(container, keys);
  }
  keys.add(key);
}

export function isMarkedFloat(container: object, key: string | number): boolean {
  return floatMarks.get(container)?.has(key) === true;
}

/**
 * Whether someone (another library, an attack on one) added enumerable keys
 * to `Object.prototype`: then `for…in`, `key in object` and a plain read of an
 * absent field all see them, in fleetwire and in zod alike.
 */
export function isObjectPrototypePolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/** A record (see isPlainRecord) built as `{}` or `Object.create(null)`: not a Date, Map or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isPlainRecord(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Set by each check before its walk: whether `for…in` would also meet keys of a polluted `Object.prototype`. */
let prototypePolluted = false;

/** Why `value` is not a serde_json::Value, or undefined when it is (integral-float tokens are unwrapped in place). */
function problemIn(value: unknown, depth: number, path: (string | number)[]): string | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(value) ? undefined : `${value} is not a JSON number`;
    case "bigint":
      return isSerdeInteger(value)
        ? undefined
        : `${describeReceived(value)} is outside serde_json's exact range (−2^63 to 2^64−1); serde_json would round it to a float`;
    case "object":
      break;
    default:
      return value instanceof IntegralFloat
        ? undefined
        : `expected a JSON value, got ${describeReceived(value)}`;
  }
  if (value === null) return undefined;
  if (depth >= VALUE_MAX_DEPTH) return `JSON value nested deeper than serde_json's limit of 127 levels`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      // The common leaves inline: a call per string or number was most of the cost.
      if (typeof item === "string" || typeof item === "boolean" || item === null) continue;
      if (typeof item === "number" && Number.isFinite(item)) continue;
      if (typeof item === "function" && item instanceof IntegralFloat) {
        value[i] = item.value;
        markFloat(value, i);
        continue;
      }
      const problem = problemIn(item, depth + 1, path);
      if (problem !== undefined) {
        path.unshift(i);
        return problem;
      }
    }
    return undefined;
  }
  if (!isPlainObject(value)) return `expected a JSON value, got ${describeReceived(value)}`;
  // `for…in`, no key array per object; own keys only, as `Object.keys` gives them (and in its order).
  for (const key in value) {
    if (prototypePolluted && !Object.hasOwn(value, key)) continue;
    const item = value[key];
    if (typeof item === "string" || typeof item === "boolean" || item === null) continue;
    if (typeof item === "number" && Number.isFinite(item)) continue;
    if (typeof item === "function" && item instanceof IntegralFloat) {
      value[key] = item.value;
      markFloat(value, key);
      continue;
    }
    const problem = item === undefined ? "undefined is not a JSON value" : problemIn(item, depth + 1, path);
    if (problem !== undefined) {
      path.unshift(key);
      return problem;
    }
  }
  return undefined;
}

/** Scratch for `isJsonValueAsIs`: a path is only ever added to on a problem, and then cleared. */
const unusedPath: (string | number)[] = [];

/**
 * Whether `value` is a serde_json::Value that reads as itself (not a float
 * token that reads as its number): one check of a map's whole value, no
 * allocation. Float tokens nested inside are unwrapped in place, as reading does.
 */
export function isJsonValueAsIs(value: unknown): boolean {
  if (value === undefined || value instanceof IntegralFloat) return false;
  prototypePolluted = isObjectPrototypePolluted();
  if (problemIn(value, 0, unusedPath) === undefined) return true;
  unusedPath.length = 0;
  return false;
}

export function readJsonValue(input: unknown): JsonValue | Rejection {
  if (input === undefined) return new Rejection("missing field (a JSON value, null included, is required)");
  if (input instanceof IntegralFloat) return input.value;
  // No path array unless there is a problem to place.
  if (isJsonValueAsIs(input)) return input as JsonValue;
  const path: (string | number)[] = [];
  const problem = problemIn(input, 0, path);
  return problem === undefined ? (input as JsonValue) : new Rejection(problem, path);
}

/** `serde_json::Value`. */
export const jsonValue = lazySchema(() =>
  withMeta(readWith<JsonValue, JsonValue>(readJsonValue), { kind: "value" }),
);
