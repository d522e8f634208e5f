/** The order serde_json writes map and JSON-value keys in (`BTreeMap<String, _>`). */

/** UTF-8 byte order, which is code point order: surrogates (non-BMP) sort after U+E000–U+FFFF. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const fx = x >= 0xd800 && x <= 0xdfff ? x + 0x2000 : x >= 0xe000 ? x - 0x800 : x;
      const fy = y >= 0xd800 && y <= 0xdfff ? y + 0x2000 : y >= 0xe000 ? y - 0x800 : y;
      return fx - fy;
    }
  }
  return a.length - b.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Digits without a leading zero (longer than JS's indices too: treated as one, which only costs a slower road). */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/** Whether `key` is an array index, which every JS object enumerates first, in numeric order, not where it was put. */
export function isIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && INDEX_KEY.test(key);
}

/**
 * `keys` sorted in UTF-8 byte order, in place. UTF-16 code unit order (the engine's own string sort, with no
 * comparator to call) is the same order unless a key holds a surrogate, which sorts before U+E000–U+FFFF in
 * UTF-16 and after them in UTF-8; only then is `compareUtf8` needed.
 */
export function sortUtf8(keys: string[]): string[] {
  return hasSurrogate(keys) ? keys.sort(compareUtf8) : keys.sort();
}

/** Whether a key holds a surrogate, the one case where UTF-16 order and UTF-8 order differ. */
export function hasSurrogate(keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) if (SURROGATE.test(keys[i] as string)) return true;
  return false;
}

/** A character `JSON.stringify` escapes in a well-formed string. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000–U+001F are what JSON.stringify escapes
const ESCAPED = /["\\\u0000-\u001f]/;

/**
 * `JSON.stringify(key)` for a well-formed key (checked by the caller): most keys need no escape, and
 * quoting them directly is several times cheaper than a call into `JSON.stringify` per key.
 */
export function quoteWellFormed(key: string): string {
  return ESCAPED.test(key) ? JSON.stringify(key) : `"${key}"`;
}

/** A lone surrogate as `JSON.stringify` escapes it (serde_json never writes one: a Rust String cannot hold it). */
const LONE_SURROGATE = /\\ud[89a-f]/;

/**
 * Whether `JSON.stringify`'s output holds an escaped lone surrogate; a string
 * spelt `\ud800` (a backslash, then `ud800`) answers yes too.
 */
export function escapesLoneSurrogate(bytes: string): boolean {
  return bytes.includes("\\ud") && LONE_SURROGATE.test(bytes);
}
