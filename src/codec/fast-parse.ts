/**
 * The fast road to the same result as `parseJsonText`: one cheap scan of the
 * text finds everything `JSON.parse` would lose or let through, and only the
 * number tokens that need it are rewritten before `JSON.parse` reads the text.
 *
 * The scan gives up (returns `undefined`, and the exact reader takes over, also
 * for its precise error) on: text that is not well-formed UTF-16, a surrogate
 * or `\u0000` escape, more than 127 nested levels, a float beyond f64, or a key
 * count that shows a repeated key. Number tokens that JSON.parse would round or
 * blur (16+ digit integers, `1.0`, `1e2`, `-0`, long fractions) are replaced by
 * marker strings and read back exactly.
 */
import { IntegralFloat } from "../serde/float-token.js";
import { isDigit, MAX_DEPTH, numberFromToken, type ParsedText } from "./text-parser.js";

// Starts with U+0000, which a parsed string can hold only through a `\u0000` escape: the scan refuses those.
const MARKER_TEXT = '"\\u0000#';

interface Scan {
  /** Object members in the text (its `:` outside strings). */
  readonly members: number;
  /** [start, end, isFloat, integerDigits] of each token to read exactly, flattened. */
  readonly tokens: number[];
}

function scan(text: string): Scan | undefined {
  const n = text.length;
  let depth = 0;
  let members = 0;
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
          if (h1 === 0x30 && h2 === 0x30 && text.startsWith("00", backslash + 4)) return undefined;
          from = backslash + 6;
        } else {
          from = backslash + 2;
        }
        backslash = text.indexOf("\\", from);
      }
      continue;
    }
    if (c === 0x3a) members++;
    else if (c === 0x7b || c === 0x5b) {
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
      if (exact) tokens.push(start, p, isFloat ? 1 : 0, integerDigits);
      i = p;
      continue;
    }
    i++;
  }
  return { members, tokens };
}

/**
 * Keys of every object; marker strings replaced by the exact numbers they
 * stand for. `for…in` (no key array per object: a third of `Object.keys`'
 * cost) sees own keys only because the caller checked `Object.prototype`
 * clean, and `JSON.parse` builds plain objects over it.
 */
function walk(value: unknown, exact: readonly unknown[] | undefined): number {
  if (typeof value !== "object" || value === null) return 0;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === "object") keys += walk(item, exact);
      else if (exact !== undefined && typeof item === "string" && item.charCodeAt(0) === 0)
        value[i] = exact[+item.slice(2)];
    }
    return keys;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    keys++;
    const item = object[key];
    if (typeof item === "object") keys += walk(item, exact);
    else if (exact !== undefined && typeof item === "string" && item.charCodeAt(0) === 0)
      object[key] = exact[+item.slice(2)];
  }
  return keys;
}

/** Whether `Object.prototype` has an enumerable key (polluted): then `for…in` would count it too. */
function prototypeIsPolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

export function fastParseJsonText(text: string): ParsedText | undefined {
  if (!text.isWellFormed() || prototypeIsPolluted()) return undefined;
  const found = scan(text);
  if (found === undefined) return undefined;
  const { members, tokens } = found;
  let source = text;
  let exact: unknown[] | undefined;
  let hasIntegralFloats = false;
  if (tokens.length > 0) {
    exact = [];
    let rewritten = "";
    let from = 0;
    for (let t = 0; t < tokens.length; t += 4) {
      const start = tokens[t] as number;
      const end = tokens[t + 1] as number;
      const value = numberFromToken(text.slice(start, end), tokens[t + 2] === 1, tokens[t + 3] as number);
      if (value === undefined) return undefined;
      if (value instanceof IntegralFloat) hasIntegralFloats = true;
      rewritten += `${text.slice(from, start)}${MARKER_TEXT}${exact.length}"`;
      exact.push(value);
      from = end;
    }
    source = rewritten + text.slice(from);
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return undefined;
  }
  // A document that is one bare exact number.
  if (exact !== undefined && typeof value === "string" && value.charCodeAt(0) === 0)
    value = exact[+value.slice(2)];
  if (walk(value, exact) !== members) return undefined; // a repeated key: the exact reader records it
  return { value, duplicates: [], hasIntegralFloats };
}
