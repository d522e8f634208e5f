/**
 * A JSON text reader that loses nothing serde_json would keep and accepts
 * nothing serde_json would refuse at the text level:
 *
 * - integers beyond 2^53−1 become `bigint`, with every digit;
 * - a number written as a float whose value is an integer (`1.0`, `-0`)
 *   becomes an `IntegralFloat`, so integer kinds can refuse it and JSON
 *   values can write it back as a float;
 * - duplicate keys are recorded (an error in a struct, last-wins in a map);
 * - lone surrogates, control characters in strings, more than 127 nested
 *   levels and trailing content are errors with an offset.
 *
 * It recurses at most 127 levels, so no input can exhaust the stack.
 */
import { IntegralFloat } from "../serde/float-token.js";

/** serde_json's recursion limit: 127 nested arrays and objects. */
export const MAX_DEPTH = 127;

export class TextSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

export interface DuplicateKey {
  readonly container: Record<string, unknown>;
  readonly key: string;
  /** Offset of the repeated key in the text. */
  readonly offset: number;
}

export interface ParsedText {
  readonly value: unknown;
  /** Keys that appeared twice in one object (the last value was kept). */
  readonly duplicates: readonly DuplicateKey[];
  /** Whether any `IntegralFloat` was produced. */
  readonly hasIntegralFloats: boolean;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
// Control characters are never allowed raw; surrogates only in valid pairs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold U+0000–U+001F raw; this finds them
const SUSPECT_CHAR = /[\u0000-\u001f\ud800-\udfff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const CONTROL_CHAR = /[\u0000-\u001f]/;

/** An ASCII digit, as a UTF-16 code unit. */
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The value of a JSON number token as serde_json reads it: an integer stays
 * exact (`bigint` beyond 2^53−1), `-0` and integral floats become
 * `IntegralFloat`, a float beyond f64 is `undefined` (an error).
 */
export function numberFromToken(token: string, isFloat: boolean, integerDigits: number): unknown {
  if (!isFloat) {
    if (integerDigits <= 15) {
      const value = +token;
      // serde_json reads `-0` as the float -0.0.
      return value === 0 && token.charCodeAt(0) === 0x2d ? new IntegralFloat(-0, token) : value;
    }
    const big = BigInt(token);
    return big <= MAX_SAFE && big >= -MAX_SAFE ? Number(big) : big;
  }
  const value = +token;
  if (!Number.isFinite(value)) return undefined;
  return Number.isInteger(value) ? new IntegralFloat(value, token) : value;
}

class Parser {
  pos = 0;
  depth = 0;
  nextBackslash = -1;
  duplicates: DuplicateKey[] = [];
  hasIntegralFloats = false;

  constructor(readonly text: string) {}

  fail(message: string, at: number = this.pos): never {
    throw new TextSyntaxError(message, at);
  }

  skipWhitespace(): void {
    const text = this.text;
    let p = this.pos;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  parseDocument(): unknown {
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail("trailing characters after the JSON document");
    return value;
  }

  parseValue(): unknown {
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 0x7b:
        return this.parseObject();
      case 0x5b:
        return this.parseArray();
      case 0x22:
        return this.parseString();
      case 0x74:
        return this.parseLiteral("true", true);
      case 0x66:
        return this.parseLiteral("false", false);
      case 0x6e:
        return this.parseLiteral("null", null);
      default:
        if (c === 0x2d || isDigit(c)) return this.parseNumber();
        return this.fail(Number.isNaN(c) ? "EOF while parsing a value" : "expected a JSON value");
    }
  }

  parseLiteral<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) this.fail("expected a JSON value");
    this.pos += word.length;
    return value;
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH)
      this.fail(`recursion limit exceeded (serde_json reads at most ${MAX_DEPTH} nested levels)`);
    this.pos++;
  }

  parseArray(): unknown[] {
    this.enter();
    const items: unknown[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      this.depth--;
      return items;
    }
    for (;;) {
      items.push(this.parseValue());
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x5d) this.fail("trailing comma");
        continue;
      }
      if (c === 0x5d) break;
      this.fail(Number.isNaN(c) ? "EOF while parsing a list" : "expected `,` or `]`");
    }
    this.pos++;
    this.depth--;
    return items;
  }

  parseObject(): Record<string, unknown> {
    this.enter();
    const object: Record<string, unknown> = {};
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      this.depth--;
      return object;
    }
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 0x22) this.fail(Number.isNaN(c) ? "EOF while parsing an object" : "key must be a string");
      const keyOffset = this.pos;
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail("expected `:`");
      this.pos++;
      const value = this.parseValue();
      // `!== undefined` first: cheap, and inherited names (`toString`) are confirmed by hasOwn.
      if (object[key] !== undefined && Object.hasOwn(object, key)) {
        this.duplicates.push({ container: object, key, offset: keyOffset });
      }
      if (key === "__proto__")
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.pos);
      if (next === 0x2c) {
        this.pos++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x7d) this.fail("trailing comma");
        continue;
      }
      if (next === 0x7d) break;
      this.fail(Number.isNaN(next) ? "EOF while parsing an object" : "expected `,` or `}`");
    }
    this.pos++;
    this.depth--;
    return object;
  }

  parseString(): string {
    const text = this.text;
    const start = this.pos + 1;
    const end = text.indexOf('"', start);
    if (end === -1) this.fail("EOF while parsing a string", text.length);
    if (this.nextBackslash < start && this.nextBackslash !== -2) {
      this.nextBackslash = text.indexOf("\\", start);
      if (this.nextBackslash === -1) this.nextBackslash = -2; // none left in the text
    }
    if (this.nextBackslash === -2 || this.nextBackslash > end) {
      const raw = text.slice(start, end);
      if (SUSPECT_CHAR.test(raw)) this.checkRaw(raw, start);
      this.pos = end + 1;
      return raw;
    }
    return this.parseEscapedString(start);
  }

  /** A raw segment with a control character or a surrogate: fine only if every surrogate is paired. */
  checkRaw(raw: string, offset: number): void {
    const control = CONTROL_CHAR.exec(raw);
    if (control !== null)
      this.fail("control character (\\u0000-\\u001F) found while parsing a string", offset + control.index);
    if (!raw.isWellFormed()) {
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) {
          const d = raw.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            i++;
            continue;
          }
        }
        if (c >= 0xd800 && c <= 0xdfff) this.fail("lone surrogate in the text (not valid UTF-8)", offset + i);
      }
    }
  }

  parseEscapedString(start: number): string {
    const text = this.text;
    let out = "";
    let segment = start;
    let p = start;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 0x22) break;
      if (Number.isNaN(c)) this.fail("EOF while parsing a string", p);
      if (c !== 0x5c) {
        p++;
        continue;
      }
      const raw = text.slice(segment, p);
      if (SUSPECT_CHAR.test(raw)) this.checkRaw(raw, segment);
      out += raw;
      const escaped = text.charCodeAt(p + 1);
      switch (escaped) {
        case 0x22:
          out += '"';
          p += 2;
          break;
        case 0x5c:
          out += "\\";
          p += 2;
          break;
        case 0x2f:
          out += "/";
          p += 2;
          break;
        case 0x62:
          out += "\b";
          p += 2;
          break;
        case 0x66:
          out += "\f";
          p += 2;
          break;
        case 0x6e:
          out += "\n";
          p += 2;
          break;
        case 0x72:
          out += "\r";
          p += 2;
          break;
        case 0x74:
          out += "\t";
          p += 2;
          break;
        case 0x75: {
          const unit = this.hex4(p + 2);
          if (unit >= 0xdc00 && unit <= 0xdfff) this.fail("lone trailing surrogate in hex escape", p);
          if (unit >= 0xd800 && unit <= 0xdbff) {
            if (text.charCodeAt(p + 6) !== 0x5c || text.charCodeAt(p + 7) !== 0x75)
              this.fail("lone leading surrogate in hex escape", p);
            const low = this.hex4(p + 8);
            if (low < 0xdc00 || low > 0xdfff) this.fail("lone leading surrogate in hex escape", p);
            out += String.fromCharCode(unit, low);
            p += 12;
          } else {
            out += String.fromCharCode(unit);
            p += 6;
          }
          break;
        }
        default:
          this.fail(Number.isNaN(escaped) ? "EOF while parsing a string" : "invalid escape", p);
      }
      segment = p;
    }
    const raw = text.slice(segment, p);
    if (SUSPECT_CHAR.test(raw)) this.checkRaw(raw, segment);
    this.pos = p + 1;
    return out + raw;
  }

  hex4(at: number): number {
    let unit = 0;
    for (let i = at; i < at + 4; i++) {
      const c = this.text.charCodeAt(i);
      const digit = isDigit(c)
        ? c - 0x30
        : c >= 0x61 && c <= 0x66
          ? c - 0x57
          : c >= 0x41 && c <= 0x46
            ? c - 0x37
            : -1;
      if (digit < 0) this.fail(Number.isNaN(c) ? "EOF while parsing a string" : "invalid escape", i);
      unit = unit * 16 + digit;
    }
    return unit;
  }

  parseNumber(): unknown {
    const text = this.text;
    const start = this.pos;
    let p = start;
    const negative = text.charCodeAt(p) === 0x2d;
    if (negative) p++;
    let c = text.charCodeAt(p);
    if (c === 0x30) {
      c = text.charCodeAt(++p);
      if (isDigit(c)) this.fail("invalid number: leading zeros are not JSON", start);
    } else if (isDigit(c)) {
      do c = text.charCodeAt(++p);
      while (isDigit(c));
    } else {
      this.fail("invalid number", start);
    }
    const integerDigits = p - start - (negative ? 1 : 0);
    let isFloat = false;
    if (c === 0x2e) {
      c = text.charCodeAt(++p);
      if (!isDigit(c)) this.fail("invalid number: a `.` must be followed by digits", start);
      do c = text.charCodeAt(++p);
      while (isDigit(c));
      isFloat = true;
    }
    if (c === 0x65 || c === 0x45) {
      c = text.charCodeAt(++p);
      if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++p);
      if (!isDigit(c)) this.fail("invalid number: an exponent must have digits", start);
      do c = text.charCodeAt(++p);
      while (isDigit(c));
      isFloat = true;
    }
    this.pos = p;
    const value = numberFromToken(text.slice(start, p), isFloat, integerDigits);
    if (value === undefined) this.fail("number out of range (beyond f64)", start);
    if (value instanceof IntegralFloat) this.hasIntegralFloats = true;
    return value;
  }
}

/** Parse one JSON document. Throws `TextSyntaxError`. */
export function parseJsonText(text: string): ParsedText {
  const parser = new Parser(text);
  const value = parser.parseDocument();
  return { value, duplicates: parser.duplicates, hasIntegralFloats: parser.hasIntegralFloats };
}

/**
 * Offset of the value at `path` in valid JSON text (the last occurrence of a
 * repeated key, as the parsed value holds), or of the deepest container
 * reached when the path goes further than the text.
 */
export function locatePath(text: string, path: readonly (string | number)[]): number {
  const parser = new Parser(text);
  parser.skipWhitespace();
  for (const segment of path) {
    const containerStart = parser.pos;
    const c = text.charCodeAt(parser.pos);
    const found =
      c === 0x7b && typeof segment === "string"
        ? findKey(parser, segment)
        : c === 0x5b && typeof segment === "number"
          ? findIndex(parser, segment)
          : -1;
    if (found === -1) return containerStart;
    parser.pos = found;
    parser.nextBackslash = -1; // the backslash cache only holds while reading forward
  }
  return parser.pos;
}

function findKey(parser: Parser, wanted: string): number {
  let found = -1;
  parser.pos++;
  parser.skipWhitespace();
  while (parser.text.charCodeAt(parser.pos) === 0x22) {
    const key = parser.parseString();
    parser.skipWhitespace();
    parser.pos++; // `:`
    parser.skipWhitespace();
    if (key === wanted) found = parser.pos;
    skipValue(parser);
    parser.skipWhitespace();
    if (parser.text.charCodeAt(parser.pos) !== 0x2c) break;
    parser.pos++;
    parser.skipWhitespace();
  }
  return found;
}

function findIndex(parser: Parser, wanted: number): number {
  parser.pos++;
  parser.skipWhitespace();
  for (let index = 0; parser.text.charCodeAt(parser.pos) !== 0x5d; index++) {
    if (index === wanted) return parser.pos;
    skipValue(parser);
    parser.skipWhitespace();
    if (parser.text.charCodeAt(parser.pos) !== 0x2c) break;
    parser.pos++;
    parser.skipWhitespace();
  }
  return -1;
}

function skipValue(parser: Parser): void {
  parser.depth = 0;
  parser.parseValue();
}
