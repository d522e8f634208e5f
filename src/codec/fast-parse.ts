/**
 * The fast road to the same result as `parseJsonText`: one cheap scan of the
 * text finds everything `JSON.parse` would lose or let through, `JSON.parse`
 * reads the text as it is, and a walk of its result counts the keys and puts
 * back, exactly, the numbers `JSON.parse` rounded or blurred (16+ digit
 * integers, `1.0`, `1e2`, `-0`, long fractions), found by their place among
 * the text's numbers.
 *
 * It gives up (returns `undefined`, and the exact reader takes over, also for
 * its precise error) on: text that is not well-formed UTF-16, a surrogate
 * escape, more than 127 nested levels, a float beyond f64, a key count that
 * shows a repeated key, or an object with a key like an array index (which JS
 * enumerates first, out of the text's order) in a text with numbers to put back.
 */
import { IntegralFloat } from "../serde/float-token.js";
import { isObjectPrototypePolluted } from "../serde/json-value.js";
import { isIndexKey } from "../serde/key-order.js";
import { isDigit, MAX_DEPTH, numberFromToken, type ParsedText } from "./text-parser.js";

interface Scan {
  /** Object members in the text (its `:` outside strings). */
  readonly members: number;
  /** [start, end, isFloat, integerDigits, place among all number tokens] of each token to read exactly, flattened. */
  readonly tokens: number[];
}

function scan(text: string): Scan | undefined {
  const n = text.length;
  let depth = 0;
  let members = 0;
  let numbers = 0;
  const tokens: number[] = [];
  // The next backslash and the next quote at or after the scan position: each only ever moves
  // forward, so a string of a million escapes costs one pass, not a search to its end per escape.
  let backslash = text.indexOf("\\");
  let quote = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let from = i + 1;
      for (;;) {
        if (quote < from) quote = text.indexOf('"', from);
        if (quote === -1) return undefined;
        if (backslash !== -1 && backslash < from) backslash = text.indexOf("\\", from);
        if (backslash === -1 || backslash > quote) {
          i = quote + 1;
          break;
        }
        if (text.charCodeAt(backslash + 1) === 0x75) {
          const h1 = text.charCodeAt(backslash + 2) | 0x20;
          const h2 = text.charCodeAt(backslash + 3) | 0x20;
          if (h1 === 0x64 && (h2 === 0x38 || h2 === 0x39 || (h2 >= 0x61 && h2 <= 0x66))) return undefined;
          from = backslash + 6;
        } else {
          from = backslash + 2;
        }
        backslash = text.indexOf("\\", from);
      }
      continue;
    }
    // The commonest first; past a literal in one step (JSON.parse refuses the text if it is not
    // `true`, `false` or `null`, and then nothing scanned here is used).
    if (c === 0x2c) {
      i++;
      continue;
    }
    if (c === 0x3a) members++;
    else if (c === 0x74 || c === 0x6e) {
      i += 4;
      continue;
    } else if (c === 0x66) {
      i += 5;
      continue;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) return undefined;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2d || isDigit(c)) {
      const start = i;
      let p = c === 0x2d ? i + 1 : i;
      const intStart = p;
      while (isDigit(text.charCodeAt(p))) p++;
      const integerDigits = p - intStart;
      // A rewritten token never reaches JSON.parse, so its grammar is checked here.
      if (integerDigits === 0 || (integerDigits > 1 && text.charCodeAt(intStart) === 0x30)) return undefined;
      let exact =
        integerDigits >= 16 || (c === 0x2d && integerDigits === 1 && text.charCodeAt(intStart) === 0x30);
      let isFloat = false;
      if (text.charCodeAt(p) === 0x2e) {
        isFloat = true;
        const fracStart = ++p;
        let allZero = true;
        for (let d = text.charCodeAt(p); isDigit(d); d = text.charCodeAt(++p))
          if (d !== 0x30) allZero = false;
        if (p === fracStart) return undefined;
        // All zeros is an integral float; with more than 15 significant digits the double may be integral.
        if (allZero || integerDigits + (p - fracStart) > 15) exact = true;
      }
      const e = text.charCodeAt(p);
      if (e === 0x65 || e === 0x45) {
        isFloat = true;
        exact = true;
        p++;
        const sign = text.charCodeAt(p);
        if (sign === 0x2b || sign === 0x2d) p++;
        const expStart = p;
        while (isDigit(text.charCodeAt(p))) p++;
        if (p === expStart) return undefined;
      }
      if (exact) tokens.push(start, p, isFloat ? 1 : 0, integerDigits, numbers);
      numbers++;
      i = p;
      continue;
    }
    i++;
  }
  return { members, tokens };
}

/** The numbers to put back: their exact values, by their place among the text's number tokens. */
interface ExactNumbers {
  readonly places: readonly number[];
  readonly values: readonly unknown[];
  /** Number values the walk has passed. */
  passed: number;
  /** Index of the next number to put back. */
  next: number;
}

/**
 * The keys of every object, or -1 where numbers are to be put back and an
 * object's keys may enumerate out of the text's order; the numbers at the
 * places of `exact` replaced by their exact values. `for…in` (no key array
 * per object: a third of `Object.keys`' cost) sees own keys only because the
 * caller checked `Object.prototype` clean, and `JSON.parse` builds plain
 * objects over it. Values are visited in the text's order: arrays by index,
 * objects in insertion order.
 */
function walk(value: unknown, exact: ExactNumbers | undefined): number {
  if (typeof value !== "object" || value === null) return 0;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === "object") {
        const inner = walk(item, exact);
        if (inner < 0) return -1;
        keys += inner;
      } else if (
        exact !== undefined &&
        typeof item === "number" &&
        exact.passed++ === exact.places[exact.next]
      )
        value[i] = exact.values[exact.next++];
    }
    return keys;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    keys++;
    if (exact !== undefined && isIndexKey(key)) return -1;
    const item = object[key];
    if (typeof item === "object") {
      const inner = walk(item, exact);
      if (inner < 0) return -1;
      keys += inner;
    } else if (exact !== undefined && typeof item === "number" && exact.passed++ === exact.places[exact.next])
      object[key] = exact.values[exact.next++];
  }
  return keys;
}

export function fastParseJsonText(text: string): ParsedText | undefined {
  // Polluted, for…in would count an inherited key too.
  if (!text.isWellFormed() || isObjectPrototypePolluted()) return undefined;
  const found = scan(text);
  if (found === undefined) return undefined;
  const { members, tokens } = found;
  let exact: ExactNumbers | undefined;
  let hasIntegralFloats = false;
  if (tokens.length > 0) {
    const places: number[] = [];
    const values: unknown[] = [];
    for (let t = 0; t < tokens.length; t += 5) {
      const start = tokens[t] as number;
      const end = tokens[t + 1] as number;
      const value = numberFromToken(text.slice(start, end), tokens[t + 2] === 1, tokens[t + 3] as number);
      if (value === undefined) return undefined;
      if (value instanceof IntegralFloat) hasIntegralFloats = true;
      places.push(tokens[t + 4] as number);
      values.push(value);
    }
    exact = { places, values, passed: 0, next: 0 };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // A document that is one bare exact number.
  if (exact !== undefined && typeof value === "number")
    return { value: exact.values[0], duplicates: [], hasIntegralFloats };
  // A repeated key (the exact reader records it), or keys out of the text's order.
  if (walk(value, exact) !== members) return undefined;
  if (exact !== undefined && exact.next !== exact.places.length) return undefined;
  return { value, duplicates: [], hasIntegralFloats };
}
