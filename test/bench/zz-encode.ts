// Temporary: encode-only ratios for iterating (not committed).
import { encodeJson } from "../../src/codec/index.js";
import { writeCompiled } from "../../src/compiled/index.js";
import { wireTypes } from "../../src/registry.js";
import { buildPayloads, FleetWorkerEventVecSchema, RunnerVecSchema } from "./payloads.js";
import { fastJsonStringify } from "./peers.js";

const p = buildPayloads();
const cases: [string, unknown, unknown, (v: unknown) => string, (v: unknown) => string][] = [
  ["DashboardState", p.dashboard.value, JSON.parse(p.dashboard.text), (v) => encodeJson("DashboardState", v as never), fastJsonStringify("DashboardState")],
  ["FleetRun", p.fleetRun.value, JSON.parse(p.fleetRun.text), (v) => encodeJson("FleetRun", v as never), fastJsonStringify("FleetRun")],
  ["Events array", p.workerEvents.values, JSON.parse(p.workerEvents.arrayText), (v) => encodeJson(FleetWorkerEventVecSchema, v as never), fastJsonStringify("FleetWorkerEvent", true)],
  ["JobTail", p.jobTail.value, JSON.parse(p.jobTail.text), (v) => encodeJson("JobTailReply", v as never), fastJsonStringify("JobTailReply")],
  ["Runners", p.runners.values, JSON.parse(p.runners.text), (v) => encodeJson(RunnerVecSchema, v as never), fastJsonStringify("Runner", true)],
];
void wireTypes; void writeCompiled;
const only = process.argv[2];
for (const [name, value, parsed, enc, fjs] of cases) {
  if (only && !name.startsWith(only)) continue;
  const ops: Record<string, () => unknown> = { stringify: () => JSON.stringify(parsed), encode: () => enc(value), fjs: () => fjs(parsed) };
  const iters: Record<string, number> = {};
  for (const [k, f] of Object.entries(ops)) { let n = 0; const s = performance.now(); while (performance.now() - s < 30) { f(); n++; } iters[k] = Math.max(1, n); }
  const t: Record<string, number[]> = {};
  const keys = Object.keys(ops);
  for (let r = 0; r < 15; r++) for (let j = 0; j < keys.length; j++) { const k = keys[(j + r) % keys.length] as string; const f = ops[k] as () => unknown; const s = performance.now(); for (let i = 0; i < (iters[k] as number); i++) f(); (t[k] ??= []).push((performance.now() - s) / (iters[k] as number)); }
  const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1] as number;
  const base = med(t.stringify as number[]);
  const mn = (a: number[]) => Math.min(...a); const bm = mn(t.stringify as number[]);
  console.log(name.padEnd(16), Object.keys(t).map((k) => `${k} ${(med(t[k] as number[]) / base).toFixed(2)} (min ${(mn(t[k] as number[]) / bm).toFixed(2)})`).join("  "));
}
