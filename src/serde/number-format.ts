/**
 * Floats the way serde_json writes them (the `ryu` crate): the shortest
 * digits that read back as the same number, always with a `.` or an exponent.
 * f64 digits are JS's own shortest round-trip digits; f32 digits are the
 * shortest that read back as the same f32.
 */

interface Layout {
  /** Integer-form cut-off: `kk <= 16` for f64, `<= 13` for f32. */
  readonly maxIntegerDigits: number;
  /** Fixed-form lower bound: `kk > -5` for f64, `> -6` for f32. */
  readonly minFixedExponent: number;
}

const F64: Layout = { maxIntegerDigits: 16, minFixedExponent: -5 };
const F32: Layout = { maxIntegerDigits: 13, minFixedExponent: -6 };

/** Split JS's shortest form into digits and `kk` (value = 0.d1d2… × 10^kk). */
function decompose(shortest: string): { digits: string; kk: number } {
  const e = shortest.indexOf("e");
  const mantissa = e === -1 ? shortest : shortest.slice(0, e);
  const exponent = e === -1 ? 0 : Number(shortest.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const intPart = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot === -1 ? "" : mantissa.slice(dot + 1);
  let digits = intPart + fracPart;
  let kk = intPart.length + exponent;
  // Leading zeros (0.00123) move the point; trailing zeros (1200) are not significant.
  let lead = 0;
  while (lead < digits.length - 1 && digits[lead] === "0") lead++;
  digits = digits.slice(lead);
  kk -= lead;
  digits = digits.replace(/0+$/, "");
  return { digits, kk };
}

function layOut(negative: boolean, digits: string, kk: number, layout: Layout): string {
  const length = digits.length;
  const k = kk - length;
  let body: string;
  if (k >= 0 && kk <= layout.maxIntegerDigits) body = `${digits}${"0".repeat(k)}.0`;
  else if (kk > 0 && kk <= layout.maxIntegerDigits) body = `${digits.slice(0, kk)}.${digits.slice(kk)}`;
  else if (kk > layout.minFixedExponent && kk <= 0) body = `0.${"0".repeat(-kk)}${digits}`;
  else if (length === 1) body = `${digits}e${kk - 1}`;
  else body = `${digits[0]}.${digits.slice(1)}e${kk - 1}`;
  return negative ? `-${body}` : body;
}

/** `f64` as serde_json writes it. The value must be finite. */
export function formatF64(value: number): string {
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const negative = value < 0;
  const { digits, kk } = decompose(String(negative ? -value : value));
  return layOut(negative, digits, kk, F64);
}

/** `f32` as serde_json writes it (ryu's digits, see shortestF32). The value must be finite and exactly an f32. */
export function formatF32(value: number): string {
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const negative = value < 0;
  const digits = shortestF32(negative ? -value : value);
  return layOut(negative, digits, shortestKk, F32);
}

/*
 * An f32's digits as ryu writes them: the fewest digits (1 to 9) of a
 * decimal that reads back as the same f32, i.e. lies in its rounding interval
 * (between the midpoints to its neighbours, both included when its mantissa
 * is even); of those, the nearest to it, an exact tie to the even one. At a
 * power of two the interval is narrower below, and the nearest decimal of a
 * length may lie outside it below while the next one up lies inside: ryu
 * takes that one, where a search for the shortest `toPrecision` that reads
 * back takes a longer one (and `toPrecision` rounds ties up).
 */

/** 2^e for e from -149 (an f32's least step) to 127 (its highest binade), at index e + 149; exact. */
const POWERS_OF_TWO = /* @__PURE__ */ Array.from({ length: 277 }, (_, i) => 2 ** (i - 149));
/** 10^i, each correctly rounded (from its decimal text); an f32 needs 10^-38 to 10^53. */
const POWERS_OF_TEN = /* @__PURE__ */ Array.from({ length: 61 }, (_, i) => Number(`1e${i}`));
/** How far a product of two roundings may be from the exact value, relative, with a wide margin. */
const SLACK = 1e-14;

/** `x` × 10^k, within two roundings of the exact product. */
function scaled(x: number, k: number): number {
  return k >= 0 ? x * (POWERS_OF_TEN[k] as number) : x / (POWERS_OF_TEN[-k] as number);
}

/** `x` × 10^-k, within two roundings (`scaled(x, -k)` would index with -0 at k = 0: V8 deoptimizes on that). */
function unscaled(x: number, k: number): number {
  return k >= 0 ? x / (POWERS_OF_TEN[k] as number) : x * (POWERS_OF_TEN[-k] as number);
}

/** The decimal exponent of the digits shortestF32 returned last (value = 0.digits × 10^kk). */
let shortestKk = 0;

/** Where a decimal lies against the rounding interval, as far as floating point can tell. */
const BELOW = 0;
const INSIDE = 1;
const ABOVE = 2;
const TOO_CLOSE = 3;

function placeOf(candidate: number, low: number, high: number): number {
  const margin = candidate * SLACK;
  if (candidate < low - margin) return BELOW;
  if (candidate > high + margin) return ABOVE;
  return candidate <= low + margin || candidate >= high - margin ? TOO_CLOSE : INSIDE;
}

/** `n`'s digits without trailing zeros, `n` × 10^-k being the decimal; its exponent in shortestKk. */
function digitsOf(n: number | bigint, k: number): string {
  const text = `${n}`;
  let end = text.length;
  while (end > 1 && text.charCodeAt(end - 1) === 48) end--;
  shortestKk = text.length - k;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The digits (see above) of the positive f32 `x`, computed in floating point:
 * for each length, the nearest decimal of that length and the interval's
 * bounds are each within two roundings of exact. Where that is too close to
 * call (a tie, or a decimal within 1e-14 of a bound), the exact search in
 * `bigint`s decides.
 */
function shortestF32(x: number): string {
  let binade = Math.floor(Math.log2(x));
  if ((POWERS_OF_TWO[binade + 149] as number) > x) binade--;
  else if ((POWERS_OF_TWO[binade + 150] as number) <= x) binade++;
  const stepExponent = Math.max(binade, -126) - 23;
  const step = POWERS_OF_TWO[stepExponent + 149] as number;
  // At a power of two (not the least normal one) the f32s below are twice as close.
  const narrowBelow = x === POWERS_OF_TWO[binade + 149] && binade > -126;
  const low = x - (narrowBelow ? step / 4 : step / 2);
  const high = x + step / 2;
  let exponent = Math.floor(Math.log10(x));
  const nine = scaled(x, 8 - exponent);
  if (nine < 1e8) exponent--;
  else if (nine >= 1e9) exponent++;
  for (let precision = 1; precision <= 9; precision++) {
    const k = precision - 1 - exponent;
    const exact = scaled(x, k);
    let n = Math.floor(exact);
    const fraction = exact - n;
    // `exact` is below 1e9 and within two roundings: 1e-6 is far wider than its error.
    if (fraction > 0.5 - 1e-6 && fraction < 0.5 + 1e-6) {
      // Maybe a tie: only the exact search can say which way, unless neither side is near the f32.
      if (placeOf(unscaled(n, k), low, high) === BELOW && placeOf(unscaled(n + 1, k), low, high) === ABOVE)
        continue;
      return shortestF32Exactly(x, stepExponent, narrowBelow, exponent);
    }
    if (fraction > 0.5) n++;
    let place = placeOf(unscaled(n, k), low, high);
    if (place === BELOW) {
      n++;
      place = placeOf(unscaled(n, k), low, high);
    }
    if (place === INSIDE) return digitsOf(n, k);
    if (place === TOO_CLOSE) return shortestF32Exactly(x, stepExponent, narrowBelow, exponent);
  }
  return shortestF32Exactly(x, stepExponent, narrowBelow, exponent);
}

/** shortestF32 in exact arithmetic: x = m × 2^stepExponent, every comparison between integers. */
function shortestF32Exactly(x: number, stepExponent: number, narrowBelow: boolean, exponent: number): string {
  const m = BigInt(x / (POWERS_OF_TWO[stepExponent + 149] as number));
  // In quarters of a step, so that both bounds are integers: x = 4m, the bounds 4m − 1 or 2, 4m + 2.
  const quarter = stepExponent - 2;
  const centre = 4n * m;
  const low = centre - (narrowBelow ? 1n : 2n);
  const high = centre + 2n;
  const boundsIncluded = m % 2n === 0n;
  // A decimal n × 10^-k against a bound b × 2^quarter: n × den against b × up.
  const twos = quarter >= 0 ? 2n ** BigInt(quarter) : 1n;
  const halves = quarter < 0 ? 2n ** BigInt(-quarter) : 1n;
  for (let precision = 1; precision <= 9; precision++) {
    const k = precision - 1 - exponent;
    const up = twos * (k > 0 ? 10n ** BigInt(k) : 1n);
    const den = halves * (k < 0 ? 10n ** BigInt(-k) : 1n);
    // The nearest decimal of this length: x × 10^k = centre × up / den, rounded half to even.
    const num = centre * up;
    let n = num / den;
    const twice = 2n * (num % den);
    if (twice > den || (twice === den && n % 2n === 1n)) n++;
    const inside = (d: bigint) => {
      const v = d * den;
      return boundsIncluded ? v >= low * up && v <= high * up : v > low * up && v < high * up;
    };
    if (inside(n)) return digitsOf(n, k);
    if (n * den <= low * up && inside(n + 1n)) return digitsOf(n + 1n, k);
  }
  throw new RangeError(`formatF32: ${x} is not a finite f32`);
}
