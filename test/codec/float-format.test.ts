/**
 * `formatF32` writes an f32's digits as ryu (serde_json's float writer)
 * does: the fewest significant digits of a decimal inside the f32's rounding
 * interval (between the midpoints to its neighbours, both included when its
 * mantissa is even), and of those the nearest, an exact tie to the even one.
 * `npm run conformance` holds it to real serde on random bit patterns; here
 * it is held to that definition, computed independently in exact `bigint`
 * arithmetic, where it is most likely to slip: every binade's edges (a
 * lopsided interval), the neighbours of every power of ten, subnormals, the
 * largest f32, exact ties, values typed in decimal, and random bit patterns.
 */
import { describe, expect, test } from "vitest";
import { formatF32 } from "../../src/serde/number-format.js";

const cell = new Float32Array(1);
const cellBits = new Uint32Array(cell.buffer);
const f32FromBits = (bits: number): number => {
  cellBits[0] = bits >>> 0;
  return cell[0] as number;
};
const bitsOf = (x: number): number => {
  cell[0] = x;
  return cellBits[0] as number;
};
const LARGEST = 0x7f7fffff;

/** |x| as m × 2^e exactly, from its bits. */
function mantissaAndExponent(x: number): { m: bigint; e: number; narrowBelow: boolean } {
  const bits = bitsOf(Math.abs(x));
  const biased = bits >>> 23;
  const fraction = bits & 0x7fffff;
  if (biased === 0) return { m: BigInt(fraction), e: -149, narrowBelow: false };
  return { m: BigInt(fraction | 0x800000), e: biased - 150, narrowBelow: fraction === 0 && biased > 1 };
}

const TWOS = 2n ** 151n;
const TENS = 10n ** 60n;

/** The definition: [digits, decimal exponent] with value = 0.digits × 10^exponent. */
function ryuDigits(x: number): [string, number] {
  const { m, e, narrowBelow } = mantissaAndExponent(x);
  // Every value as an integer: × 2^151 × 10^60 (x = m × 2^e, e ≥ -149; a decimal n × 10^-k, k ≤ 60).
  const quarter = 2n ** BigInt(e - 2 + 151) * TENS;
  const centre = 4n * m * quarter;
  const low = (4n * m - (narrowBelow ? 1n : 2n)) * quarter;
  const high = (4n * m + 2n) * quarter;
  const included = m % 2n === 0n;
  const magnitude = Math.floor(Math.log10(Math.abs(x))) + 1;
  for (let digits = 1; digits <= 9; digits++) {
    const inside: { n: bigint; point: number; distance: bigint }[] = [];
    for (let point = magnitude - 1; point <= magnitude + 1; point++) {
      const k = digits - point;
      const unit = 10n ** BigInt(60 - k) * TWOS;
      const floor = centre / unit;
      for (const n of [floor, floor + 1n]) {
        if (n < 10n ** BigInt(digits - 1) || n >= 10n ** BigInt(digits)) continue;
        const v = n * unit;
        if (included ? v < low || v > high : v <= low || v >= high) continue;
        inside.push({ n, point, distance: v > centre ? v - centre : centre - v });
      }
    }
    if (inside.length === 0) continue;
    inside.sort((a, b) =>
      a.distance < b.distance ? -1 : a.distance > b.distance ? 1 : Number(a.n % 2n) - Number(b.n % 2n),
    );
    const best = inside[0] as { n: bigint; point: number };
    return [String(best.n).replace(/0+$/, ""), best.point];
  }
  throw new Error(`no digits for ${x}`);
}

/** The digits and exponent of serde text such as `1633541.2`, `1e-45`, `81.0`. */
function digitsOfText(text: string): [string, number] {
  const [mantissa, exp = "0"] = text.replace(/^-/, "").split("e");
  const [int, frac = ""] = (mantissa as string).split(".");
  let digits = `${int}${frac}`;
  let point = (int as string).length + Number(exp);
  while (digits.length > 1 && digits[0] === "0") {
    digits = digits.slice(1);
    point--;
  }
  return [digits.replace(/0+$/, "") || "0", point];
}

function agrees(x: number): boolean {
  const [digits, point] = digitsOfText(formatF32(x));
  const [expectedDigits, expectedPoint] = ryuDigits(x);
  return digits === expectedDigits && point === expectedPoint && formatF32(x).startsWith("-") === x < 0;
}

function disagreements(values: Iterable<number>): number[] {
  const wrong: number[] = [];
  for (const x of values) if (!agrees(x) && wrong.length < 5) wrong.push(x);
  return wrong;
}

/** Park–Miller: deterministic bit patterns, so a failure replays. */
function* randomBits(count: number, seed: number): Generator<number> {
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 48271) % 2147483647;
    const high = state;
    state = (state * 48271) % 2147483647;
    const bits = ((high & 0xffff) * 0x10000 + (state & 0xffff)) % (LARGEST + 1);
    if (bits > 0) yield f32FromBits(bits);
  }
}

describe("formatF32: the shortest digits that read back as the same f32", () => {
  test("binade edges: every power of two and its three neighbours each side", () => {
    const values: number[] = [];
    for (let exponent = 0; exponent < 255; exponent++)
      for (let d = -3; d <= 3; d++) {
        const bits = exponent * 2 ** 23 + d;
        if (bits > 0 && bits <= LARGEST) values.push(f32FromBits(bits));
      }
    expect(values.length).toBeGreaterThan(1700);
    expect(disagreements(values)).toEqual([]);
  });

  test("the five f32s each side of every power of ten, the least subnormals and the largest f32s", () => {
    const values: number[] = [];
    for (let e = -45; e <= 38; e++) {
      const bits = bitsOf(Math.fround(Number(`1e${e}`)));
      for (let d = -5; d <= 5; d++)
        if (bits + d > 0 && bits + d <= LARGEST) values.push(f32FromBits(bits + d));
    }
    for (let bits = 1; bits <= 20_000; bits++) values.push(f32FromBits(bits));
    for (let bits = LARGEST - 20_000; bits <= LARGEST; bits++) values.push(f32FromBits(bits));
    expect(disagreements(values)).toEqual([]);
    expect(formatF32(f32FromBits(1))).toBe("1e-45");
    expect(formatF32(f32FromBits(LARGEST))).toBe("3.4028235e38");
  });

  test("values typed in decimal (percentages, prices, coordinates), both signs", () => {
    const values: number[] = [];
    for (let i = 7; i <= 100_000; i += 7) {
      values.push(Math.fround(i / 100), Math.fround(-i / 1000), Math.fround(i * 1.25e-6));
    }
    expect(disagreements(values)).toEqual([]);
    expect(formatF32(Math.fround(77.61))).toBe("77.61");
    expect(formatF32(Math.fround(81))).toBe("81.0");
    expect(formatF32(Math.fround(-0.3))).toBe("-0.3");
  });

  test("50,000 random bit patterns", () => {
    expect(disagreements(randomBits(50_000, 20261130))).toEqual([]);
  });
});
