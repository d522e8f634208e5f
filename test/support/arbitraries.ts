/**
 * fast-check arbitraries of valid *application values* (what `decodeJson`
 * returns, `z.output`) for any fleetwire wire type, derived generically from
 * the schema's serde shape (`shapeOf`), never per type.
 *
 *     fc.assert(fc.property(arbitraryForType("FleetWorkerEvent"), (event) => ...));
 *
 * Every value produced is one serde would read and write back unchanged, so
 * the module serves both the fleetwire round-trip tests and a fleetwire→serde
 * differential run. What it covers: int kinds over their whole range with the
 * bounds (u64/usize up to 2^53−1); u128 as bigint up to 2^128−1, biased to
 * ~1.8e18 nanoseconds and edges; any finite f64 (−0, subnormals, extremes);
 * exact f32 values; canonical chrono strings for `DateTime<Utc>`; strings of
 * well-formed full Unicode (controls, `"`, `\`, U+2028, U+FFFF, non-BMP);
 * maps with awkward keys (`"10"`, `"9"`, `"__proto__"`, `"constructor"`, ...);
 * `serde_json::Value`s with exact integers beyond 2^53; both None spellings;
 * defaults; every variant of every enum; open `FleetArtifactKind` strings.
 *
 * Limits, on purpose:
 * - Sizes are small (arrays and maps up to `maxItems`, Values up to
 *   `valueDepth` levels): the goal is variety, not volume. Nesting-depth
 *   limits (127 levels) and huge documents are tested separately.
 * - An integral float inside a Value (`3.0`) cannot be expressed by a plain
 *   application value (it needs the codec's float marks, which only decoding
 *   creates), so Value numbers are safe integers (written `3`), bigints beyond
 *   2^53 (exact integers) or numbers that are not integers in −2^63..2^64−1
 *   (written as floats: `2.5`, `-0.0`, `1e300`). A JS number such as `2 ** 60`
 *   is written as an integer and reads back as a bigint, so it is left to the
 *   bigints. Integral floats are covered by decoding text.
 * - A map key that is a lone surrogate, a string with a lone surrogate, and
 *   non-canonical timestamps are never produced: they are not valid values.
 * - Objects are plain (prototype `Object.prototype`), as decoding produces;
 *   a `"__proto__"` key is an own data property.
 */
import fc from "fast-check";
import type { z } from "zod";
import { type WireTypeName, type WireValue, wireTypes } from "../../src/registry.js";
import type { AnySchema } from "../../src/serde/meta.js";
import { shapeOf } from "../../src/serde/shape.js";

export interface ArbitraryOptions {
  /** Largest array, map and Value-container size. Default 3. */
  readonly maxItems?: number;
  /** Largest nesting of arrays/objects inside one `serde_json::Value`. Default 3. */
  readonly valueDepth?: number;
}

// ---------------------------------------------------------------- constants

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const U64_MAX = 2n ** 64n - 1n;
export const I64_MIN = -(2n ** 63n);
export const U128_MAX = 2n ** 128n - 1n;

/** Characters that break naive encoders: escapes, separators, BOM, the edges of the BMP and beyond. */
export const AWKWARD_CHARS: readonly string[] = [
  '"',
  "\\",
  "/",
  "\b",
  "\f",
  "\n",
  "\r",
  "\t",
  "\u0000",
  "\u0001",
  "\u001f",
  "\u007f",
  "\u0080",
  "\u0085",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ud7ff",
  "\ue000",
  "\ufffd",
  "\ufffe",
  "\uffff",
  "\u{10000}",
  "\u{1d11e}",
  "\u{1f600}",
  "\u{10ffff}",
  "é",
  "ß",
  "中",
  " ",
  "0",
  "a",
  "Z",
];

/** Map keys whose order or handling differs between JS objects, UTF-16 and UTF-8. */
export const AWKWARD_KEYS: readonly string[] = [
  "10",
  "9",
  "0",
  "01",
  "-1",
  "1e3",
  "4294967295",
  "B",
  "a",
  "",
  " ",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "\uffff",
  "\ue000",
  "\u{1f600}",
  "\u{10000}",
  "a\u0000b",
  "é",
];

// ---------------------------------------------------------------- leaves

/** One code point: mostly awkward ones, any control character, or anything in U+0000–U+10FFFF except surrogates. */
const codePoint: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...AWKWARD_CHARS) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);

/** Well-formed strings of full Unicode (never a lone surrogate). */
export const wireString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: codePoint, maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      'say "hi" \\ C:\\path\\',
      "emoji \u{1f600} \u{1d11e}",
      "\u2028\u2029",
      "\uffff\ufffe",
    ),
  },
);

/** Keys for maps and Value objects. */
export const wireKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD_KEYS) },
  { weight: 1, arbitrary: wireString },
);

const INT_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  u16: [0, 0xffff],
  u32: [0, 0xffff_ffff],
  i32: [-0x8000_0000, 0x7fff_ffff],
  u64: [0, MAX_SAFE],
  usize: [0, MAX_SAFE],
};

/** An integer kind over its whole range, bounds included, never −0. */
export function integerArbitrary(min: number, max: number): fc.Arbitrary<number> {
  const edges = [min, max, 0, 1, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32].filter(
    (n) => n >= min && n <= max,
  );
  return fc
    .oneof(
      { weight: 1, arbitrary: fc.constantFrom(...edges) },
      { weight: 2, arbitrary: fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) }) },
      { weight: 3, arbitrary: fc.integer({ min, max }) },
    )
    .map((n) => n + 0); // never −0
}

/** u128 (Unix nanoseconds): realistic ~1.8e18 values, edges around 2^53, 2^64 and 2^128. */
export const u128Arbitrary: fc.Arbitrary<bigint> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0n,
      1n,
      2n ** 53n - 1n,
      2n ** 53n,
      2n ** 53n + 1n,
      1_800_000_000_123_456_789n,
      2n ** 63n - 1n,
      2n ** 63n,
      U64_MAX,
      2n ** 64n,
      U128_MAX - 1n,
      U128_MAX,
    ),
  },
  { weight: 4, arbitrary: fc.bigInt({ min: 1_600_000_000_000_000_000n, max: 2_000_000_000_000_000_000n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 53n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: U128_MAX }) },
);

/** Doubles that stress the ryu writer: −0, the smallest subnormal, the 1e16 and 1e-6 layout cut-offs, the largest finite. */
export const F64_EDGES: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.5,
  2.5,
  3,
  1e15,
  1e16,
  1e17,
  1e21,
  1e-5,
  1e-6,
  1e-7,
  1.5e300,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  1.7976931348623157e308,
  -1.7976931348623157e308,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 64,
  123456789.125,
];

/** Any finite f64, −0 included. */
export const f64Arbitrary: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...F64_EDGES) },
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n + 0) },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100) },
);

/** Values that are exactly an f32 and finite: 0.3's f32, 2^24, the smallest subnormal, the largest finite. */
export const F32_EDGES: readonly number[] = [
  0,
  -0,
  1,
  -1,
  Math.fround(0.3),
  Math.fround(0.1),
  16777216,
  16777218,
  Math.fround(1e13),
  Math.fround(1e14),
  Math.fround(1e-6),
  Math.fround(1e-7),
  Math.fround(1.401298464324817e-45),
  Math.fround(3.4028234663852886e38),
  -Math.fround(3.4028234663852886e38),
];

/** Exact f32 values (the nearest f32 of a double), finite. */
export const f32Arbitrary: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...F32_EDGES) },
  { weight: 3, arbitrary: fc.float({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map(Math.fround) },
  {
    weight: 1,
    arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(Math.fround).filter(Number.isFinite),
  },
);

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The fraction chrono writes: none, or 3, 6 or 9 digits that are not shorter-writable. */
const fraction: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 999 }).map((ms) => `.${pad(ms, 3)}`) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 999_999 }).map((us) => `.${pad(us % 1000 === 0 ? us + 1 : us, 6)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 999_999_999 })
      .map((ns) => `.${pad(ns % 1000 === 0 ? ns + 1 : ns, 9)}`),
  },
);

/** `DateTime<Utc>` as chrono writes it: years 0000–9999, UTC, `Z`, an occasional leap second `:60`. */
export const dateTimeArbitrary: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1970, max: 2100 }),
      fc.constantFrom(0, 2000, 2024, 9999),
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 0, max: 59 }) },
      { weight: 1, arbitrary: fc.constant(60) },
    ),
    fraction,
  })
  .map(({ year, month, day, hour, minute, second, fraction }) => {
    const d = Math.min(day, daysInMonth(year, month));
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}Z`;
  });

/** A plain object from entries; `"__proto__"` becomes an own data property, as decoding makes it. */
export function objectFrom(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (key === "__proto__")
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/** `BTreeMap<String, V>` of awkward keys. */
export function mapArbitrary<V>(value: fc.Arbitrary<V>, maxItems = 3): fc.Arbitrary<Record<string, V>> {
  return fc
    .array(fc.tuple(wireKey, value), { maxLength: maxItems })
    .map((entries) => objectFrom(entries) as Record<string, V>);
}

/** Numbers of a `serde_json::Value`, as an application value holds them (see the limits above). */
export const jsonNumberArbitrary: fc.Arbitrary<number | bigint> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((n) => n + 0) },
  { weight: 1, arbitrary: fc.constantFrom(MAX_SAFE, -MAX_SAFE, 0) },
  { weight: 1, arbitrary: fc.maxSafeInteger().map((n) => n + 0) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      2n ** 53n,
      -(2n ** 53n),
      2n ** 63n - 1n,
      I64_MIN,
      U64_MAX,
      1_800_000_000_123_456_789n,
    ),
  },
  { weight: 1, arbitrary: fc.bigInt({ min: 2n ** 53n, max: U64_MAX }) },
  { weight: 1, arbitrary: fc.bigInt({ min: I64_MIN, max: -(2n ** 53n) }) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(fc.constantFrom(...F64_EDGES), fc.double({ noNaN: true, noDefaultInfinity: true }))
      .filter((x) => !Number.isInteger(x) || Object.is(x, -0) || x < -(2 ** 63) || x >= 2 ** 64),
  },
);

/** `serde_json::Value` with containers nested at most `depth` levels. */
export function jsonValueArbitrary(depth = 3, maxItems = 3): fc.Arbitrary<unknown> {
  const leaf: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 3, arbitrary: jsonNumberArbitrary },
    { weight: 2, arbitrary: wireString },
  );
  let value = leaf;
  for (let level = 1; level <= depth; level++) {
    const inner = value;
    value = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(inner, { maxLength: maxItems }) },
      { weight: 1, arbitrary: mapArbitrary(inner, maxItems) },
    );
  }
  return value;
}

// ---------------------------------------------------------------- the walk

/** Marks a struct field to leave out (a skip-if-none Option that is None). */
const ABSENT: unique symbol = Symbol("absent");

class Builder {
  private readonly cache = new WeakMap<AnySchema, fc.Arbitrary<unknown>>();
  private readonly maxItems: number;
  private readonly valueDepth: number;

  constructor(options: ArbitraryOptions) {
    this.maxItems = options.maxItems ?? 3;
    this.valueDepth = options.valueDepth ?? 3;
  }

  of(schema: AnySchema): fc.Arbitrary<unknown> {
    let arbitrary = this.cache.get(schema);
    if (arbitrary === undefined) {
      arbitrary = this.build(schema);
      this.cache.set(schema, arbitrary);
    }
    return arbitrary;
  }

  /** A struct field's value: a skip-if-none Option may be left out entirely. */
  private field(schema: AnySchema): fc.Arbitrary<unknown> {
    const shape = shapeOf(schema);
    if (shape.kind === "option" && shape.skipIfNone) {
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant(ABSENT) },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 4, arbitrary: this.of(shape.inner) },
      );
    }
    return this.of(schema);
  }

  private build(schema: AnySchema): fc.Arbitrary<unknown> {
    const shape = shapeOf(schema);
    switch (shape.kind) {
      case "int": {
        const [min, max] = INT_BOUNDS[shape.rust] ?? [shape.min, shape.max];
        return integerArbitrary(min, max);
      }
      case "u128":
        return u128Arbitrary;
      case "float":
        return shape.rust === "f32" ? f32Arbitrary : f64Arbitrary;
      case "datetime":
        return dateTimeArbitrary;
      case "string":
        if (shape.knownVariants === undefined) return wireString;
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...shape.knownVariants) },
          { weight: 1, arbitrary: fc.constantFrom("Log", "", "coverage.xml", "other", "LOG", " log") },
          { weight: 1, arbitrary: wireString },
        );
      case "bool":
        return fc.boolean();
      case "value":
        return jsonValueArbitrary(this.valueDepth, this.maxItems);
      case "map":
        return mapArbitrary(this.of(shape.value), this.maxItems);
      case "option":
        // Plain Option: None is `null`. Skip-if-none Option outside a struct field: None is `undefined`.
        return fc.option(this.of(shape.inner), { nil: shape.skipIfNone ? undefined : null, freq: 3 });
      case "default": {
        // `#[serde(default)]`: the value is always there; sometimes exactly the default.
        const inner = this.of(shape.inner);
        return fc.oneof(
          { weight: 3, arbitrary: inner },
          { weight: 1, arbitrary: fc.constant(null).map(shape.defaultValue) },
        );
      }
      case "unit_enum":
        return fc.constantFrom(...shape.variants);
      case "literal":
        return fc.constant(shape.value);
      case "vec":
        return fc.array(this.of(shape.item), { maxLength: this.maxItems });
      case "struct": {
        const keys = shape.fields.map(([key]) => key);
        const fields = shape.fields.map(([, field]) => this.field(field));
        return fc.tuple(...fields).map((values) => {
          const out: Record<string, unknown> = {};
          values.forEach((value, i) => {
            if (value !== ABSENT) out[keys[i] as string] = value;
          });
          return out;
        });
      }
      case "tagged":
        return fc.oneof(...[...shape.variants.values()].map((variant) => this.of(variant)));
    }
  }
}

const defaultBuilder = new Builder({});

/** An arbitrary of valid application values of a fleetwire schema (any wire type, or any part of one). */
export function arbitraryFor<S extends z.ZodType>(
  schema: S,
  options?: ArbitraryOptions,
): fc.Arbitrary<z.output<S>> {
  const builder = options === undefined ? defaultBuilder : new Builder(options);
  return builder.of(schema) as fc.Arbitrary<z.output<S>>;
}

/** An arbitrary of valid application values of the wire type with this Rust name. */
export function arbitraryForType<N extends WireTypeName>(
  name: N,
  options?: ArbitraryOptions,
): fc.Arbitrary<WireValue<N>> {
  return arbitraryFor(wireTypes[name].schema as z.ZodType, options) as fc.Arbitrary<WireValue<N>>;
}
