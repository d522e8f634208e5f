import { Session } from "node:inspector/promises";
import { FleetWorkerEventSchema } from "../../src/contracts/fleet.js";
import { buildPayloads } from "./payloads.js";
const p = buildPayloads() as any;
const evs = JSON.parse(p.workerEvents.arrayText);
const run = () => {
  for (const e of evs) FleetWorkerEventSchema.safeParse(e);
};
for (let i = 0; i < 30; i++) run();
const s = new Session();
s.connect();
await s.post("Profiler.enable");
await s.post("Profiler.setSamplingInterval", { interval: 50 });
await s.post("Profiler.start");
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 3000) {
  run();
  n++;
}
const { profile } = (await s.post("Profiler.stop")) as any;
console.log("per 10k ms", (3000 / n).toFixed(2));
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((x: any) => [x.id, x]));
const counts = new Map<number, number>();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
for (const [id, c] of counts) {
  const nd: any = byId.get(id);
  const k = `${nd.callFrame.functionName || "(anon)"} ${nd.callFrame.url.split("/").slice(-2).join("/")}:${nd.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + c);
}
const total = profile.samples.length;
for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 16))
  console.log(((100 * c) / total).toFixed(1) + "%", k);
