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

/** 1 for the characters that may follow a backslash on their own: `" \\ / b f n r t`. */
const SIMPLE_ESCAPE: Uint8Array = (() => {
  const table = new Uint8Array(0x80);
  for (const c of '"\\/bfnrt') table[c.charCodeAt(0)] = 1;
  return table;
})();

/**
 * An integer token with more digits than this is above f64's largest value
 * (about 1.8e308, 309 digits), so every kind refuses it, as serde_json does
 * ("number out of range"). Judged by the digit count, before a `bigint` is
 * built: building one from a million digits takes most of a second.
 */
export const MAX_INTEGER_DIGITS = 309;

/**
 * The value of a JSON number token as serde_json reads it: an integer stays
 * exact (`bigint` beyond 2^53−1), `-0` and integral floats become
 * `IntegralFloat`, a number beyond f64 is `undefined` (an error).
 */
export function numberFromToken(token: string, isFloat: boolean, integerDigits: number): unknown {
  if (!isFloat) {
    if (integerDigits <= 15) {
      const value = +token;
      // serde_json reads `-0` as the float -0.0.
      return value === 0 && token.charCodeAt(0) === 0x2d ? new IntegralFloat(-0, token) : value;
    }
    if (integerDigits > MAX_INTEGER_DIGITS) return undefined;
    const big = BigInt(token);
    return big <= MAX_SAFE && big >= -MAX_SAFE ? Number(big) : big;
  }
  // JS reads a long fraction or exponent in linear time (V8 keeps the significant digits it needs).
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

  constructor(
    readonly text: string,
    /** Objects without a prototype: nothing inherited (a polluted `Object.prototype`) is ever read as a key. */
    readonly nullPrototype = false,
  ) {}

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
    const object: Record<string, unknown> = this.nullPrototype ? Object.create(null) : {};
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

  /**
   * A string with escapes: checked here in one pass (every escape valid, no
   * lone surrogate escape, no raw control character), then decoded by
   * `JSON.parse` of the string token alone, which decodes exactly these
   * escapes in native code: a million escapes cost one pass, not a million
   * string concatenations.
   */
  parseEscapedString(start: number): string {
    const text = this.text;
    let rawSurrogate = false;
    let p = start;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 0x22) break;
      if (c === 0x5c) {
        const next = text.charCodeAt(p + 1);
        if (next === 0x75) {
          const unit = this.hex4(p + 2);
          if (unit >= 0xdc00 && unit <= 0xdfff) this.fail("lone trailing surrogate in hex escape", p);
          if (unit >= 0xd800 && unit <= 0xdbff) {
            if (text.charCodeAt(p + 6) !== 0x5c || text.charCodeAt(p + 7) !== 0x75)
              this.fail("lone leading surrogate in hex escape", p);
            const low = this.hex4(p + 8);
            if (low < 0xdc00 || low > 0xdfff) this.fail("lone leading surrogate in hex escape", p);
            p += 12;
          } else {
            p += 6;
          }
        } else if (next < 0x80 && SIMPLE_ESCAPE[next] === 1) {
          p += 2;
        } else {
          this.fail(Number.isNaN(next) ? "EOF while parsing a string" : "invalid escape", p);
        }
        continue;
      }
      if (c < 0x20) this.fail("control character (\\u0000-\\u001F) found while parsing a string", p);
      if (Number.isNaN(c)) this.fail("EOF while parsing a string", p);
      if (c >= 0xd800 && c <= 0xdfff) rawSurrogate = true;
      p++;
    }
    const token = text.slice(start - 1, p + 1);
    // Raw surrogates must pair up in the text itself (escapes are ASCII, so they break a raw pair, as in UTF-8).
    if (rawSurrogate) this.checkRaw(token, start - 1);
    this.pos = p + 1;
    return JSON.parse(token) as string;
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

export interface ParseOptions {
  /**
   * Build objects without a prototype. The codec asks for it when
   * `Object.prototype` has been polluted, so no inherited key is read as data.
   */
  readonly nullPrototype?: boolean;
}

/** Parse one JSON document. Throws `TextSyntaxError`. */
export function parseJsonText(text: string, options: ParseOptions = {}): ParsedText {
  const parser = new Parser(text, options.nullPrototype === true);
  const value = parser.parseDocument();
  return { value, duplicates: parser.duplicates, hasIntegralFloats: parser.hasIntegralFloats };
}

/**
 * Offset of the value at `path` in valid JSON text (the last occurrence of a
 * repeated key, as the parsed value holds), or of the deepest container
 * reached when the path goes further than the text.
 *
 * One pass over the text, whatever the depth: values off the path are
 * skipped without being built, and a value on the path is entered once (a
 * later repeat of its key replaces what was found below it).
 */
export function locatePath(text: string, path: readonly (string | number)[]): number {
  const locator = new Locator(text, path);
  locator.skipWhitespace();
  locator.found.push(locator.pos);
  locator.value(0);
  return locator.found[locator.found.length - 1] as number;
}

class Locator extends Parser {
  /** found[i]: offset of the value at the first i segments of the path. */
  readonly found: number[] = [];

  constructor(
    text: string,
    readonly path: readonly (string | number)[],
  ) {
    super(text);
  }

  /** The value at `pos`, which sits at the first `level` segments of the path (−1: off the path). */
  value(level: number): void {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 0x7b) this.object(level);
    else if (c === 0x5b) this.array(level);
    else if (c === 0x22) this.skipString();
    else this.skipScalar();
  }

  object(level: number): void {
    const wanted = level >= 0 && level < this.path.length ? this.path[level] : undefined;
    this.pos++;
    this.skipWhitespace();
    while (this.text.charCodeAt(this.pos) === 0x22) {
      // Only keys compared with the path are decoded.
      let key: string | undefined;
      if (typeof wanted === "string") key = this.parseString();
      else this.skipString();
      this.skipWhitespace();
      this.pos++; // `:`
      this.skipWhitespace();
      if (!this.member(level, key === wanted && key !== undefined)) break;
    }
    this.pos++; // `}`
  }

  array(level: number): void {
    const wanted = level >= 0 && level < this.path.length ? this.path[level] : undefined;
    this.pos++;
    this.skipWhitespace();
    for (let index = 0; this.text.charCodeAt(this.pos) !== 0x5d; index++) {
      if (!this.member(level, index === wanted)) break;
    }
    this.pos++; // `]`
  }

  /**
   * The member value at `pos` of a container at `level`: recorded and descended into when it lies on the
   * path, skipped otherwise; then past its comma. False when it was the container's last member.
   */
  member(level: number, onPath: boolean): boolean {
    if (onPath) {
      this.found.length = level + 1;
      this.found.push(this.pos);
      this.value(level + 1);
    } else {
      this.value(-1);
    }
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== 0x2c) return false;
    this.pos++;
    this.skipWhitespace();
    return true;
  }

  /** Past a string known to be valid. */
  skipString(): void {
    const text = this.text;
    let p = this.pos + 1;
    for (let c = text.charCodeAt(p); c !== 0x22 && p < text.length; c = text.charCodeAt(p))
      p += c === 0x5c ? 2 : 1;
    this.pos = p + 1;
  }

  /** Past a number or literal known to be valid. */
  skipScalar(): void {
    const text = this.text;
    let p = this.pos;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
        break;
      if (Number.isNaN(c)) break;
      p++;
    }
    this.pos = p;
  }
}
