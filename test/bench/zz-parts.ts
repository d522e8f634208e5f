import { compiledCopies } from "../../src/compiled/writers.js";
import { buildPayloads } from "./payloads.js";
const p = buildPayloads();
const which = process.argv[2] ?? "events";
const [copy, values, parsed] = which === "events"
  ? [compiledCopies.FleetWorkerEvent, p.workerEvents.values, JSON.parse(p.workerEvents.arrayText)]
  : which === "dash" ? [compiledCopies.DashboardState, [p.dashboard.value], [JSON.parse(p.dashboard.text)]]
  : which === "run" ? [compiledCopies.FleetRun, [p.fleetRun.value], [JSON.parse(p.fleetRun.text)]]
  : [compiledCopies.Runner, p.runners.values, JSON.parse(p.runners.text)];
const raw = { texts: [] as string[], replaced: 0 };
const doCopy = () => { raw.texts.length = 0; return (values as unknown[]).map((v) => copy!(v, 1, raw)); };
const copied = doCopy();
const noUndef = JSON.parse(JSON.stringify(copied));
const ops: Record<string, () => unknown> = {
  stringifyParsed: () => JSON.stringify(parsed),
  copyOnly: doCopy,
  stringifyCopy: () => JSON.stringify(copied),
  stringifyCopyNoUndef: () => JSON.stringify(noUndef),
  both: () => JSON.stringify(doCopy()),
};
const t: Record<string, number[]> = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(ops)) { const s = performance.now(); for (let i = 0; i < 5; i++) f(); (t[k] ??= []).push(performance.now() - s); }
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1] as number;
const base = med(t.stringifyParsed!);
for (const k in t) console.log(k.padEnd(22), (med(t[k]!) / base).toFixed(2));
console.log("raw texts", raw.texts.length);
