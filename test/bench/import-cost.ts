/**
 * Import cost: each public entry imported in a fresh node (alone, and after
 * zod), and the time of its first use, from the private build of src/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { encodeJson } from "../../src/codec/index.js";
import { domains } from "../../src/registry.js";
import { dashboardState, fleetWorkerEvents, runners } from "./payloads.js";
import { type Goal, table } from "./report.js";
import { type BenchGroup, DIST, IMPORT_RUNS, log, median, runChild } from "./setup.js";

/** The main entry as browsers and bundlers resolve it, and as Node does (the "node" export condition). */
const MAIN = "fleetwire";
const MAIN_ON_NODE = "fleetwire on Node";
/**
 * The same, with Node's on-disk code cache (`NODE_COMPILE_CACHE`, Node 22.1+;
 * warmed by one run first): what a service's restarts cost once it is set.
 */
const CACHED = "server-cached";
const MAIN_ON_NODE_CACHED = "fleetwire on Node, NODE_COMPILE_CACHE set";
const hasCompileCache =
  typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === "function";

/** The domain subpaths (`fleetwire/fleet`, ...): the ≤ 3 ms import goal applies to these. */
const DOMAINS = new Set(Object.keys(domains));

interface ImportRow {
  readonly target: string;
  readonly aloneMs: number;
  readonly afterZodMs: number;
  readonly firstUseMs: number | null;
  readonly firstUse: string;
  readonly domain: boolean;
}

/** A DashboardState with two of everything (safe-integer nanos, so JSON.parse output is valid). */
function smallDashboard() {
  const d = dashboardState(1, { safeNanos: true });
  return {
    ...d,
    topology: {
      ...d.topology,
      nodes: d.topology.nodes.slice(0, 2),
      edges: d.topology.edges.slice(0, 2),
      declaration_order: d.topology.declaration_order.slice(0, 2),
    },
    runtime_state: d.runtime_state.slice(0, 2),
    recent_events: d.recent_events.slice(0, 2),
    recent_logs: d.recent_logs.slice(0, 2),
  };
}

function importCost(tmp: string, subpaths: readonly string[]) {
  // First-use samples: a small valid value per subpath, so lazily built schemas show their cost too.
  const write = (name: string, text: string) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };
  const event = fleetWorkerEvents(3, 16)[6];
  // The main entry's first call, the same with or without the build-time parsers.
  const decodeEvent = {
    call: "decodeJson",
    type: "FleetWorkerEvent",
    sample: write("event.json", encodeJson("FleetWorkerEvent", event as never)),
  };
  const firstUse: Record<
    string,
    { call: string; export?: string; type?: string; module?: string; sample: string } | undefined
  > = {
    index: decodeEvent,
    // `fleetwire` on Node: the main entry with the build-time parsers installed.
    server: decodeEvent,
    [CACHED]: decodeEvent,
    // The build-time parsers in effect, the call on the main entry (imported untimed).
    precompiled: { ...decodeEvent, module: pathToFileURL(join(DIST, "index.js")).href },
    runners: {
      call: "safeParse",
      export: "RunnerSchema",
      sample: write("runner.json", encodeJson("Runner", runners(5, 1)[0] as never)),
    },
    events: {
      call: "safeParse",
      export: "EventStartedSchema",
      sample: write(
        "started.json",
        JSON.stringify({
          result_id: "r",
          request_id: "q",
          exec_id: "e",
          pc_id: "pc-1",
          started_at: "2026-05-20T12:00:00Z",
          manifest_id: "m",
          version: "1.0.0",
        }),
      ),
    },
    jobtail: {
      call: "safeParse",
      export: "JobTailReplySchema",
      sample: write("tail.json", '{"found":true,"running":true,"stdout":"ok\\n"}'),
    },
    dashboard: {
      call: "safeParse",
      export: "DashboardStateSchema",
      sample: write("dashboard.json", encodeJson("DashboardState", smallDashboard())),
    },
    fleet: {
      call: "safeParse",
      export: "FleetWorkerEventSchema",
      sample: write("event2.json", encodeJson("FleetWorkerEvent", event as never)),
    },
  };
  const targets = ["index", ...subpaths, ...(hasCompileCache ? [CACHED] : [])];
  const cacheDir = join(tmp, "compile-cache");
  mkdirSync(cacheDir, { recursive: true });
  const envOf = (t: string): Record<string, string> => (t === CACHED ? { NODE_COMPILE_CACHE: cacheDir } : {});
  const urlOf = (t: string) => pathToFileURL(join(DIST, `${t === CACHED ? "server" : t}.js`)).href;
  if (hasCompileCache) runChild("import-cost.mjs", ["after-zod", urlOf(CACHED)], envOf(CACHED));
  const zodRuns: number[] = [];
  const alone: Record<string, number[]> = {};
  const after: Record<string, number[]> = {};
  const first: Record<string, number[]> = {};
  for (const t of targets) {
    alone[t] = [];
    after[t] = [];
    first[t] = [];
  }
  const jobs = ["zod", ...targets.flatMap((t) => [`alone:${t}`, `after:${t}`])];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    for (let k = 0; k < jobs.length; k++) {
      const job = jobs[(run + k) % jobs.length] as string;
      if (job === "zod") {
        zodRuns.push(runChild("import-cost.mjs", ["zod"]).zodMs as number);
        continue;
      }
      const [mode, target] = job.split(":") as [string, string];
      const url = urlOf(target);
      if (mode === "alone")
        alone[target]?.push(runChild("import-cost.mjs", ["alone", url], envOf(target)).targetMs as number);
      else {
        const use = firstUse[target];
        const r = runChild(
          "import-cost.mjs",
          ["after-zod", url],
          use === undefined ? envOf(target) : { ...envOf(target), FIRST_USE: JSON.stringify(use) },
        );
        after[target]?.push(r.targetMs as number);
        first[target]?.push(r.firstUseMs as number);
      }
    }
  }
  const zodMs = median(zodRuns);
  const rows: ImportRow[] = targets.map((t) => ({
    target:
      t === "index"
        ? MAIN
        : t === "server"
          ? MAIN_ON_NODE
          : t === CACHED
            ? MAIN_ON_NODE_CACHED
            : `fleetwire/${t}`,
    aloneMs: median(alone[t] as number[]),
    afterZodMs: median(after[t] as number[]),
    firstUseMs: firstUse[t] === undefined ? null : median(first[t] as number[]),
    firstUse:
      firstUse[t] === undefined
        ? ""
        : firstUse[t]?.call === "decodeJson"
          ? "decodeJson(FleetWorkerEvent)"
          : `${firstUse[t]?.export}.safeParse`,
    domain: DOMAINS.has(t),
  }));
  return { runs: IMPORT_RUNS, zodMs, rows };
}

export const importCostGroup: BenchGroup = {
  name: "import",
  needsDist: true,
  run({ tmp, dist }) {
    log("import cost (child processes)...");
    const imports = importCost(tmp, dist.subpaths);
    const goals: Goal[] = [];
    for (const row of imports.rows) {
      const index = row.target === MAIN || row.target === MAIN_ON_NODE;
      if (!index && !row.domain) continue; // a non-domain subpath (e.g. fleetwire/http): shown below, no goal
      goals.push({
        payload: row.target,
        ratio: "import ms over zod",
        value: row.afterZodMs,
        goal: index ? 10 : 3,
        met: false,
      });
    }
    const out: string[] = [];
    out.push(
      "",
      `Import cost (fresh node per run, median of ${imports.runs}; built ESM; import("zod") alone: ${imports.zodMs.toFixed(1)} ms)`,
    );
    out.push(
      table(
        ["module", "after zod (increment)", "alone", "alone − zod", "first use", "first call"],
        imports.rows.map((r) => [
          r.target,
          `${r.afterZodMs.toFixed(1)} ms`,
          `${r.aloneMs.toFixed(1)} ms`,
          `${(r.aloneMs - imports.zodMs).toFixed(1)} ms`,
          r.firstUseMs === null ? "" : `${r.firstUseMs.toFixed(1)} ms`,
          r.firstUse,
        ]),
        [false, true, true, true, true, false],
      ),
    );
    return { sections: out, goals, json: { import: imports } };
  },
};
