/**
 * Floats against ryu, which serde_json writes them with: random bit patterns
 * (every binade alike, so long digit strings, subnormals and huge exponents
 * come often), every f32 binade's edges, and values typed in decimal, written by `encodeJson` as an
 * f32 (`FleetWorkerEvent`'s heartbeat `cpu_percent`) and an f64
 * (`FleetScore`'s `value`). serde must read each back to the same float and
 * write the same bytes: then fleetwire wrote ryu's digits. Part of `npm run
 * conformance`, with a fresh seed each run (printed).
 */
import { encodeJson } from "../../src/codec/index.js";
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
    bits[0] = ((next() & 0xffff) * 0x10000 + (next() & 0xffff)) >>> 0;
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
  while (out.length < PER_KIND) {
    words[0] = ((next() & 0xffff) * 0x10000 + (next() & 0xffff)) >>> 0;
    words[1] = ((next() & 0xffff) * 0x10000 + (next() & 0xffff)) >>> 0;
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
