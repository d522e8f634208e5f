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
  const best: Record<string, number> = {};
  const n = Math.max(1, Math.round(2e6 / JSON.stringify(parsed).length));
  for (let r = 0; r < 10; r++) for (const [k, f] of Object.entries(ops)) { const c = process.cpuUsage(); for (let i = 0; i < n; i++) f(); const u = process.cpuUsage(c); best[k] = Math.min(best[k] ?? Infinity, u.user + u.system); }
  console.log(name.padEnd(16), Object.keys(best).map((k) => `${k} ${((best[k] as number) / (best.stringify as number)).toFixed(2)}`).join("  "));
}
