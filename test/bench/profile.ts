/**
 * Where decodeJson and encodeJson spend their time: a small driver for V8's
 * CPU profiler, plus a summary of the profile it writes.
 *
 *     npx tsx test/bench/profile.ts decode [seconds]
 *     npx tsx test/bench/profile.ts encode [seconds]
 *     npx tsx test/bench/profile.ts summary FILE.cpuprofile   (any profile, e.g. from node --cpu-prof)
 *
 * The driver builds the payloads, warms up, then profiles (V8's sampling
 * profiler through node:inspector, the same data `node --cpu-prof` writes,
 * but only around the loop, not payload building or tsx's loader) a loop
 * over DashboardState, 10k FleetWorkerEvents (array) and 1,000 Runners. It
 * writes the .cpuprofile (open it in Chrome DevTools) and prints: self time
 * by area (text parser, zod, fleetwire's serde blocks, codec glue, encoder,
 * GC), the split of decodeJson/encodeJson by direct callee (parse text,
 * zod safeParse, duplicate check, float marks, errors, writing), and the
 * hottest functions.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeJson, encodeJson } from "../../src/codec/index.js";
import { buildPayloads, FleetWorkerEventVecSchema, RunnerVecSchema } from "./payloads.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(url: string, fn: string): string {
  if (url === "") {
    if (fn === "(garbage collector)") return "GC";
    if (fn === "(program)" || fn === "(idle)") return "(program/idle)";
    if (fn === "") return "zod JIT (object parsers zod generates with new Function)";
    if (fn === "dispatch") return "profiler overhead (inspector dispatch)";
    return `V8 builtins/native (${fn})`;
  }
  if (url.includes("/node_modules/zod/")) return "zod (node_modules/zod)";
  const m = /\/src\/(.+?)(\?.*)?$/.exec(url);
  if (m) return `src/${m[1]}`;
  if (url.includes("/test/bench/")) return "bench driver";
  if (url.startsWith("node:")) return "node internals";
  return url.replace(/^file:\/\/\/work\/main\//, "");
}

function summary(file: string): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const node = byId.get(id) as ProfileNode;
    const a = area(node.callFrame.url, node.callFrame.functionName);
    self.set(a, (self.get(a) ?? 0) + dt);
    const fnKey = `${node.callFrame.functionName || "(anonymous)"}  ${a}:${node.callFrame.lineNumber + 1}`;
    selfFn.set(fnKey, (selfFn.get(fnKey) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = (byId.get(cur) as ProfileNode).callFrame;
      const key = `${f.functionName || "(anonymous)"}  ${area(f.url, f.functionName)}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  // Time under decodeText / encodeJson, by the callee directly below it.
  const phase = new Map<string, number>();
  let under = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    let below: ProfileNode | undefined;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur) as ProfileNode;
      const name = node.callFrame.functionName;
      if (
        (name === "decodeText" || name === "encodeJson") &&
        /src\/codec\/decode\.ts/.test(node.callFrame.url)
      ) {
        const f = below?.callFrame;
        const key =
          f === undefined
            ? `${name} itself`
            : `${name} → ${f.functionName || "(anonymous)"}  ${area(f.url, f.functionName)}`;
        phase.set(key, (phase.get(key) ?? 0) + dt);
        under += dt;
        return;
      }
      below = node;
    }
  });
  const gc = self.get("GC") ?? 0;
  const pct = (v: number) => `${((v / total) * 100).toFixed(1).padStart(5)}%`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n\nself time by area`);
  for (const [k, v] of top(self, 20)) console.log(`  ${pct(v)}  ${k}`);
  console.log(
    `\ninside decodeJson/encodeJson (${pct(under).trim()} of samples; GC, ${pct(gc).trim()}, is not attributed to a caller), by direct callee`,
  );
  for (const [k, v] of top(phase, 12)) console.log(`  ${pct(v)}  ${k}`);
  console.log("\nself time by function");
  for (const [k, v] of top(selfFn, 25)) console.log(`  ${pct(v)}  ${k}`);
  console.log("\ninclusive time by function");
  for (const [k, v] of top(inclusive, 40)) console.log(`  ${pct(v)}  ${k}`);
}

async function drive(what: "decode" | "encode", seconds: number): Promise<void> {
  const p = buildPayloads();
  const jobs =
    what === "decode"
      ? [
          () => decodeJson("DashboardState", p.dashboard.text),
          () => decodeJson(FleetWorkerEventVecSchema, p.workerEvents.arrayText),
          () => decodeJson(RunnerVecSchema, p.runners.text),
        ]
      : [
          () => encodeJson("DashboardState", p.dashboard.value),
          () => encodeJson(FleetWorkerEventVecSchema, p.workerEvents.values),
          () => encodeJson(RunnerVecSchema, p.runners.values),
        ];
  const loop = (ms: number) => {
    const end = performance.now() + ms;
    let n = 0;
    while (performance.now() < end)
      for (const job of jobs) {
        job();
        n++;
      }
    return n;
  };
  loop(1000); // warm-up: JIT, zod's compiled object parsers, encoder cache
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const n = loop(seconds * 1000);
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const file = join(tmpdir(), `fleetwire-${what}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`${what}: ${n} calls profiled; profile written to ${file}\n`);
  summary(file);
}

const [command, arg] = process.argv.slice(2);
if (command === "summary" && arg !== undefined) summary(arg);
else if (command === "decode" || command === "encode") await drive(command, Number(arg ?? 6));
else {
  console.error("usage: profile.ts decode|encode [seconds]  |  profile.ts summary FILE.cpuprofile");
  process.exit(2);
}
