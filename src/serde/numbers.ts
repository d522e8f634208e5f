/**
 * Rust's integer and float kinds, read exactly: no rounding, no truncation.
 *
 * u16/u32/i32/u64/usize become a JS `number`; a u64 or usize above 2^53−1
 * is an error (a JS number cannot hold it exactly). u128 becomes a `bigint`.
 * f64 takes any finite number; f32 is the nearest f32, unless that is infinite.
 */
import { z } from "zod";
import { describeReceived, expectedMessage } from "./describe.js";
import { IntegralFloat } from "./float-token.js";
import { lazySchema } from "./lazy.js";
import { type FloatKind, type IntKind, withMeta } from "./meta.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const U64_MAX = 2n ** 64n - 1n;
const U128_MAX = 2n ** 128n - 1n;

const INT_RANGES: Readonly<Record<IntKind, readonly [min: number, max: number]>> = {
  u16: [0, 0xffff],
  u32: [0, 0xffff_ffff],
  i32: [-0x8000_0000, 0x7fff_ffff],
  u64: [0, MAX_SAFE],
  usize: [0, MAX_SAFE],
};

/** Integers serde reads as u64/usize, but beyond what a JS number holds exactly. */
function unsafeButValidU64(kind: IntKind, value: unknown): boolean {
  if (kind !== "u64" && kind !== "usize") return false;
  if (typeof value === "bigint") return value > MAX_SAFE && value <= U64_MAX;
  return typeof value === "number" && Number.isInteger(value) && value > MAX_SAFE && value <= 2 ** 64;
}

function integerMessage(kind: IntKind, value: unknown): string {
  const [min, max] = INT_RANGES[kind];
  if (unsafeButValidU64(kind, value)) {
    const seen = typeof value === "bigint" ? value.toString() : String(value);
    return (
      `${kind} ${seen} is above 2^53−1 (${MAX_SAFE}), the largest integer a JavaScript number holds exactly; ` +
      "fleetwire refuses to round it"
    );
  }
  return expectedMessage(`${kind} (an integer from ${min} to ${max})`, value);
}

/** A Rust integer in `min..=max` as serde reads it: an integral JS number in range, not `-0`. */
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= min &&
    value <= max &&
    !Object.is(value, -0)
  );
}

/* @__NO_SIDE_EFFECTS__ */ function integer(kind: IntKind) {
  return lazySchema(() => integerSchema(kind));
}

function integerSchema(kind: IntKind) {
  const [min, max] = INT_RANGES[kind];
  const schema = z.number({ error: (issue) => integerMessage(kind, issue.input) }).check((ctx) => {
    const v = ctx.value;
    if (!isIntegerIn(v, min, max)) {
      ctx.issues.push({ code: "custom", message: integerMessage(kind, v), input: v });
    }
  });
  return withMeta(schema, { kind: "int", rust: kind, min, max });
}

export const u16 = integer("u16");
export const u32 = integer("u32");
export const i32 = integer("i32");
export const u64 = integer("u64");
export const usize = integer("usize");

/** A check that either returns the value to keep or a message saying why it cannot. */
export class Rejection {
  constructor(
    readonly message: string,
    /** Where inside the value, for values with insides (a JSON value, a map). */
    readonly path: readonly (string | number)[] = [],
  ) {}
}

/** A scalar read by a function, for kinds zod has no exact type for. */
export function readWith<Out, In>(read: (input: unknown) => Out | Rejection): z.ZodType<Out, In> {
  return z.unknown().transform((input, ctx) => {
    const out = read(input);
    if (out instanceof Rejection) {
      ctx.issues.push({ code: "custom", message: out.message, input, path: [...out.path] });
      return z.NEVER;
    }
    return out;
  }) as unknown as z.ZodType<Out, In>;
}

export function readU128(input: unknown): bigint | Rejection {
  if (typeof input === "bigint") {
    return input >= 0n && input <= U128_MAX
      ? input
      : new Rejection(`expected u128 (0 to 2^128−1), got ${describeReceived(input)}`); // digits cut short
  }
  if (typeof input === "number" && Number.isInteger(input) && input >= 0 && !Object.is(input, -0)) {
    if (input <= MAX_SAFE) return BigInt(input);
    return new Rejection(
      `u128 ${input} arrived as a JavaScript number above 2^53−1, so its digits were already rounded ` +
        "(JSON.parse does that); decode the JSON text with decodeJson to keep every digit",
    );
  }
  return new Rejection(expectedMessage("u128 (an integer from 0 to 2^128−1)", input));
}

/** `u128` (the `*_unix_nanos` fields): a `bigint` with every digit; a safe-integer number is accepted too. */
export const u128 = lazySchema(() => withMeta(readWith<bigint, bigint | number>(readU128), { kind: "u128" }));

const I64_MIN = -(2n ** 63n);

/** Whether serde_json reads this integer token as an integer (it fits an i64 or a u64); beyond, it reads a float. */
export function isSerdeInteger(value: bigint): boolean {
  return value >= I64_MIN && value <= U64_MAX;
}

/**
 * The f32 nearest to the integer `n` (ties to even), rounded once. serde_json
 * reads an integer token that fits an i64 or u64 as that integer and converts
 * it to f32 directly (Rust's `as f32`). Through the nearest f64 first, it
 * rounds differently only when that f64 lies exactly halfway between two
 * f32s and `n` does not: then the side of `n` decides.
 */
function f32OfInteger(n: bigint): number {
  const double = Number(n);
  const single = Math.fround(double);
  if (single === double) return single;
  // The f32 on the other side of `double`, when `double` is halfway between two.
  const across = Math.fround(double + (double - single));
  if ((single + across) / 2 !== double) return single;
  const halfway = BigInt(double);
  return n === halfway || n > halfway === across < single ? single : across;
}

export function readFloat(kind: FloatKind, input: unknown): number | Rejection {
  let value: number;
  if (typeof input === "number") value = input;
  else if (input instanceof IntegralFloat) value = input.value;
  else if (typeof input === "bigint")
    value = kind === "f32" && isSerdeInteger(input) ? f32OfInteger(input) : Number(input);
  else return new Rejection(expectedMessage(`${kind} (a number)`, input));
  if (!Number.isFinite(value))
    return new Rejection(`expected ${kind} (a finite number), got ${describeReceived(input)}`);
  if (kind === "f64") return value;
  const single = Math.fround(value);
  return Number.isFinite(single)
    ? single
    : new Rejection(`${describeReceived(input)} is out of range for f32 (it would round to infinity)`);
}

/** `f64`: any finite number, integers included. */
export const f64 = lazySchema(() =>
  withMeta(
    readWith<number, number>((v) => readFloat("f64", v)),
    { kind: "float", rust: "f64" },
  ),
);

/** `f32`: kept as the nearest f32, the value Rust holds; a value whose f32 is infinite is an error. */
export const f32 = lazySchema(() =>
  withMeta(
    readWith<number, number>((v) => readFloat("f32", v)),
    { kind: "float", rust: "f32" },
  ),
);
