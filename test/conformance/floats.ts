/**
 * Floats against ryu, which serde_json writes them with: random bit patterns
 * (every binade alike, so long digit strings, subnormals and huge exponents
 * come often), every binade's edges, and values typed in decimal, written by
 * `encodeJson` as an f32 (`FleetWorkerEvent`'s heartbeat `cpu_percent`) and
 * an f64 (`FleetScore`'s `value`). serde must read each back to the same float and
 * write the same bytes: then fleetwire wrote ryu's digits. And the other way:
 * decimal texts that are hard to read (up to 25 digits, far exponents, and
 * the exact midpoints between neighbouring f32s and f64s nudged by a last
 * digit, where reading through an f64 first can round twice, as serde does)
 * are read and written back by both, which must agree byte for byte. Part of
 * `npm run conformance`, with a fresh seed each run (printed).
 */
import { decodeJson, encodeJson } from "../../src/codec/index.js";
import { check } from "./oracle.js";

const PER_KIND = 20_000;

/** Park–Miller, 31 bits per step. */
function generator(seed: number): () => number {
  let state = (seed % 2147483646) + 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state;
  };
}

/** 32 random bits, from two steps. */
const word = (next: () => number): number => ((next() & 0xffff) * 0x10000 + (next() & 0xffff)) >>> 0;

function f32s(seed: number): number[] {
  const next = generator(seed);
  const cell = new Float32Array(1);
  const bits = new Uint32Array(cell.buffer);
  const out: number[] = [];
  // Every binade's edges, where the interval below is narrower.
  for (let exponent = 1; exponent < 255; exponent++)
    for (let d = -2; d <= 2; d++) {
      bits[0] = exponent * 2 ** 23 + d;
      if (Number.isFinite(cell[0] as number)) out.push(cell[0] as number);
    }
  while (out.length < PER_KIND) {
    bits[0] = word(next);
    const x = cell[0] as number;
    if (Number.isFinite(x)) out.push(x);
    out.push(Math.fround((next() % 1_000_000) / 10 ** (next() % 9)));
  }
  return out;
}

function f64s(seed: number): number[] {
  const next = generator(seed);
  const cell = new Float64Array(1);
  const words = new Uint32Array(cell.buffer);
  const out: number[] = [];
  // Every binade's edges: its power of two and the doubles either side.
  for (let exponent = 1; exponent < 2047; exponent++) {
    words[0] = 0;
    words[1] = exponent * 2 ** 20;
    const power = cell[0] as number;
    out.push(power, power + power * 2 ** -52, power - power * 2 ** -53);
  }
  while (out.length < PER_KIND) {
    words[0] = word(next);
    words[1] = word(next);
    const x = cell[0] as number;
    if (Number.isFinite(x)) out.push(x);
    out.push((next() % 100_000_000) / 10 ** (next() % 12));
  }
  return out;
}

const heartbeat = (cpu_percent: number) => ({
  seq: 1,
  run_id: "run-1",
  worker_id: "w-1",
  task_id: "t-1",
  timestamp: "2026-05-20T12:00:00Z",
  state: "heartbeat" as const,
  cpu_percent,
  extra: {},
});

const PER_READING_KIND = 10_000;

/** A random decimal: 1 to 25 significant digits, the point anywhere, an exponent within `maxExponent`. */
function decimalText(next: () => number, maxExponent: number, minExponent: number): string {
  const digits = 1 + (next() % 25);
  let mantissa = String(1 + (next() % 9));
  for (let i = 1; i < digits; i++) mantissa += String(next() % 10);
  const point = next() % (digits + 1);
  const body = point === digits ? mantissa : `${mantissa.slice(0, point) || "0"}.${mantissa.slice(point)}`;
  const room = maxExponent - minExponent - digits;
  const exponent = minExponent + (next() % Math.max(room, 1));
  return `${next() % 2 ? "-" : ""}${body}e${exponent}`;
}

/** The exact decimal midway between `a` and the next float up `b` (both finite), nudged by `nudge` in its last digit. */
function midpointText(a: number, b: number, nudge: -1 | 0 | 1): string {
  const exact = (x: number): [bigint, number] => {
    // x = m × 2^e exactly, m odd or zero.
    let e = 0;
    let m = x;
    while (!Number.isInteger(m)) {
      m *= 2;
      e--;
    }
    let big = BigInt(m);
    while (big !== 0n && big % 2n === 0n) {
      big /= 2n;
      e++;
    }
    return [big, e];
  };
  const [ma, ea] = exact(a);
  const [mb, eb] = exact(b);
  const e = Math.min(ea, eb) - 1;
  const sum = ma * 2n ** BigInt(ea - e - 1) + mb * 2n ** BigInt(eb - e - 1);
  // sum × 2^e in decimal: × 5^-e / 10^-e when e < 0.
  const scaled = e < 0 ? sum * 5n ** BigInt(-e) : sum * 2n ** BigInt(e);
  const digits = String(scaled + BigInt(nudge));
  const places = e < 0 ? -e : 0;
  return places === 0 ? digits : `${digits}e-${places}`;
}

function readingTexts(seed: number): [f32Texts: string[], f64Texts: string[]] {
  const next = generator(seed ^ 0x5eed);
  const cell = new Float32Array(1);
  const bits = new Uint32Array(cell.buffer);
  const double = new Float64Array(1);
  const doubleBits = new BigUint64Array(double.buffer);
  const f32: string[] = [];
  const f64: string[] = [];
  while (f32.length < PER_READING_KIND) {
    f32.push(decimalText(next, 37, -45));
    bits[0] = (next() % 0x7f000000) + 1;
    const a = cell[0] as number;
    bits[0] += 1;
    f32.push(midpointText(a, cell[0] as number, ((next() % 3) - 1) as -1 | 0 | 1));
  }
  while (f64.length < PER_READING_KIND) {
    f64.push(decimalText(next, 307, -323));
    double[0] = (next() % 1_000_000_007) * 2 ** ((next() % 200) - 100);
    const a = double[0] as number;
    doubleBits[0] = (doubleBits[0] as bigint) + 1n;
    f64.push(midpointText(a, double[0] as number, ((next() % 3) - 1) as -1 | 0 | 1));
  }
  return [f32, f64];
}

/** Disagreements with serde when reading hard decimal texts back (at most 10 shown), and how many were compared. */
export function compareFloatReading(seed: number): { compared: number; problems: string[] } {
  const problems: string[] = [];
  let compared = 0;
  const [f32, f64] = readingTexts(seed);
  const prefix =
    '{"seq":1,"run_id":"run-1","worker_id":"w-1","task_id":"t-1","timestamp":"2026-05-20T12:00:00Z","state":"heartbeat","cpu_percent":';
  const cases: [type: "FleetWorkerEvent" | "FleetScore", lines: string[]][] = [
    ["FleetWorkerEvent", f32.map((t) => `${prefix}${t}}`)],
    ["FleetScore", f64.map((t) => `{"value":${t}}`)],
  ];
  for (const [type, lines] of cases) {
    check(type, lines).forEach((verdict, i) => {
      compared++;
      const line = lines[i] as string;
      let ours: string;
      try {
        ours = encodeJson(type, decodeJson(type, line) as never);
      } catch (error) {
        ours = `error: ${(error as Error).message}`;
      }
      if (verdict.accept && verdict.output === ours) return;
      if (problems.length < 10)
        problems.push(
          `${type} reading ${line.slice(-60)}: fleetwire wrote ${ours.slice(-60)}, serde ${verdict.accept ? `wrote ${verdict.output.slice(-60)}` : `rejected it: ${verdict.error}`}`,
        );
    });
  }
  return { compared, problems };
}

/** Disagreements with serde (at most 10 shown), and how many floats were compared. */
export function compareFloats(seed: number): { compared: number; problems: string[] } {
  const problems: string[] = [];
  let compared = 0;
  const cases: [type: "FleetWorkerEvent" | "FleetScore", lines: string[]][] = [
    ["FleetWorkerEvent", f32s(seed).map((x) => encodeJson("FleetWorkerEvent", heartbeat(x)))],
    ["FleetScore", f64s(seed).map((value) => encodeJson("FleetScore", { value }))],
  ];
  for (const [type, lines] of cases) {
    check(type, lines).forEach((verdict, i) => {
      compared++;
      if (verdict.accept && verdict.output === lines[i]) return;
      if (problems.length < 10)
        problems.push(
          `${type}: fleetwire wrote ${lines[i]}, serde ${verdict.accept ? `wrote ${verdict.output}` : `rejected it: ${verdict.error}`}`,
        );
    });
  }
  return { compared, problems };
}
