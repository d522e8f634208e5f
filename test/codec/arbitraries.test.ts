/**
 * The arbitraries in test/support reach what they promise (the round-trip
 * properties and the serde differential run rely on it): every variant, both
 * None spellings, the numeric and textual edges, canonical timestamps.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { wireTypeNames, wireTypes } from "../../src/index.js";
import { canonicalDateTime } from "../../src/serde/timestamp.js";
import {
  arbitraryForType,
  dateTimeArbitrary,
  f32Arbitrary,
  f64Arbitrary,
  jsonValueArbitrary,
  u128Arbitrary,
  wireKey,
  wireString,
} from "../support/arbitraries.js";

const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number) => fc.sample(arbitrary, { seed: 7, numRuns });

/** Every value inside `value` (depth first), with the keys of every plain object. */
function walk(value: unknown, visit: (v: unknown, keys: string[] | undefined) => void): void {
  const keys =
    typeof value === "object" && value !== null && !Array.isArray(value) ? Object.keys(value) : undefined;
  visit(value, keys);
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) walk(Object.getOwnPropertyDescriptor(value, key)?.value, visit);
  }
}

describe("arbitraryFor", () => {
  test.each(wireTypeNames)("%s: every sample is a valid value of the schema", (type) => {
    for (const value of sample(arbitraryForType(type), 50)) {
      expect(wireTypes[type].schema.safeParse(value).success).toBe(true);
    }
  });

  test("every variant of every tagged enum, the flattened FleetWorkerEvent included", () => {
    const states = new Set(sample(arbitraryForType("FleetWorkerEvent"), 1000).map((e) => e.state));
    expect(states.size).toBe(15);
    expect(new Set(sample(arbitraryForType("FleetHostSpec"), 100).map((h) => h.kind))).toEqual(
      new Set(["local", "ssh", "docker"]),
    );
    expect(new Set(sample(arbitraryForType("FleetRunStatus"), 200)).size).toBe(7);
  });

  test("both None spellings: null for a plain Option, absent or undefined for skip-if-none", () => {
    const refs = sample(arbitraryForType("FleetArtifactRef"), 300);
    expect(refs.some((r) => r.size_bytes === null)).toBe(true);
    expect(refs.some((r) => typeof r.size_bytes === "number")).toBe(true);
    expect(refs.some((r) => !("checksum" in r))).toBe(true);
    expect(refs.some((r) => "checksum" in r && r.checksum === undefined)).toBe(true);
    expect(refs.some((r) => typeof r.checksum === "string")).toBe(true);
    expect(refs.every((r) => r.checksum !== null && r.size_bytes !== undefined)).toBe(true);
  });

  test("defaults sometimes take exactly their default value", () => {
    const policies = sample(arbitraryForType("FleetRetryPolicy"), 300);
    expect(policies.some((p) => p.max_attempts === 3 && p.initial_backoff_seconds === 5)).toBe(true);
    expect(policies.some((p) => p.max_attempts !== 3)).toBe(true);
  });

  test("the open FleetArtifactKind: known variants and other strings", () => {
    const kinds = sample(arbitraryForType("FleetArtifactKind"), 300);
    for (const known of ["log", "patch", "test_result", "report", "checkpoint", "receipt"])
      expect(kinds).toContain(known);
    expect(kinds).toContain("Log");
    expect(kinds.some((k) => !/^[a-z_]*$/.test(k))).toBe(true);
  });

  test("integer kinds within their ranges, bounds included", () => {
    const entries = sample(arbitraryForType("FleetInboxEntry"), 1000);
    const priorities = entries.map((e) => e.priority);
    expect(priorities).toContain(-2147483648);
    expect(priorities).toContain(2147483647);
    expect(
      priorities.every((p) => Number.isInteger(p) && p >= -(2 ** 31) && p < 2 ** 31 && !Object.is(p, -0)),
    ).toBe(true);
    const seqs = sample(arbitraryForType("FleetWorkerEvent"), 500).map((e) => e.seq);
    expect(seqs).toContain(Number.MAX_SAFE_INTEGER);
    expect(seqs).toContain(0);
    expect(seqs.every((s) => Number.isSafeInteger(s) && s >= 0)).toBe(true);
  });
});

describe("leaf arbitraries", () => {
  test("u128: bigints up to 2^128−1, mostly realistic nanosecond timestamps", () => {
    const values = sample(u128Arbitrary, 1000);
    expect(values.every((v) => typeof v === "bigint" && v >= 0n && v <= 2n ** 128n - 1n)).toBe(true);
    expect(values).toContain(2n ** 128n - 1n);
    expect(values).toContain(2n ** 53n + 1n);
    expect(
      values.filter((v) => v >= 1_600_000_000_000_000_000n && v <= 2_000_000_000_000_000_000n).length,
    ).toBeGreaterThan(200);
  });

  test("f64: finite, with −0 and the layout edges", () => {
    const values = sample(f64Arbitrary, 2000);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(values.some((v) => Object.is(v, -0))).toBe(true);
    for (const edge of [5e-324, 1e16, 1e-6, 1.7976931348623157e308]) expect(values).toContain(edge);
    expect(values.some((v) => !Number.isInteger(v))).toBe(true);
  });

  test("f32: exactly f32 values, finite", () => {
    const values = sample(f32Arbitrary, 2000);
    expect(values.every((v) => Number.isFinite(v) && Object.is(Math.fround(v), v))).toBe(true);
    expect(values).toContain(Math.fround(0.3));
    expect(values).toContain(16777216);
  });

  test("DateTime<Utc>: canonical chrono strings with 0, 3, 6 and 9 fraction digits and leap seconds", () => {
    const values = sample(dateTimeArbitrary, 2000);
    for (const value of values) expect(canonicalDateTime(value)).toBe(value);
    const fractions = new Set(values.map((v) => /\.(\d+)Z$/.exec(v)?.[1]?.length ?? 0));
    expect(fractions).toEqual(new Set([0, 3, 6, 9]));
    expect(values.some((v) => v.includes(":60"))).toBe(true);
    expect(values.some((v) => v.startsWith("0000-"))).toBe(true);
    expect(values.some((v) => v.startsWith("9999-"))).toBe(true);
  });

  test("strings: well-formed full Unicode with the awkward characters", () => {
    const joined = sample(wireString, 2000).join("");
    expect(joined.isWellFormed()).toBe(true);
    for (const c of ['"', "\\", "\u0000", "\u001f", "\u007f", "\u2028", "\uffff", "\u{1f600}", "\u{10ffff}"])
      expect(joined).toContain(c);
    expect(
      /[\u{10000}-\u{10ffff}]/u.test(joined.replace(/[\u{1f600}\u{10ffff}\u{10000}\u{1d11e}]/gu, "")),
    ).toBe(true);
  });

  test('map keys: "10", "9", "__proto__", "constructor", non-BMP and U+FFFF', () => {
    const keys = new Set(sample(wireKey, 2000));
    for (const key of ["10", "9", "__proto__", "constructor", "\uffff", "\u{1f600}", ""])
      expect(keys.has(key)).toBe(true);
  });

  test("serde_json Values: every kind, big integers beyond 2^53, own __proto__ keys, nesting", () => {
    let bigBeyondSafe = 0;
    let floats = 0;
    let protoKeys = 0;
    let maxDepth = 0;
    const depth = (v: unknown): number =>
      typeof v === "object" && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0;
    for (const value of sample(jsonValueArbitrary(4, 4), 1000)) {
      maxDepth = Math.max(maxDepth, depth(value));
      walk(value, (v, keys) => {
        if (typeof v === "bigint") {
          expect(v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
          expect(v >= -(2n ** 63n) && v <= 2n ** 64n - 1n).toBe(true);
          bigBeyondSafe++;
        }
        if (typeof v === "number" && !Number.isSafeInteger(v)) floats++;
        if (keys?.includes("__proto__")) {
          protoKeys++;
          expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
        }
      });
    }
    expect(bigBeyondSafe).toBeGreaterThan(20);
    expect(floats).toBeGreaterThan(20);
    expect(protoKeys).toBeGreaterThan(5);
    expect(maxDepth).toBe(4);
  });
});
