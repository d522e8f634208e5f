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

/** `f32` as serde_json writes it. The value must be finite and exactly an f32. */
export function formatF32(value: number): string {
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const negative = value < 0;
  const magnitude = negative ? -value : value;
  let shortest = "";
  for (let precision = 1; precision <= 9; precision++) {
    shortest = magnitude.toPrecision(precision);
    if (Math.fround(Number(shortest)) === magnitude) break;
  }
  const { digits, kk } = decompose(shortest);
  return layOut(negative, digits, kk, F32);
}
