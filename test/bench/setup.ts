/**
 * What every bench group shares: the command-line options, paths, the
 * private build of src/ the child processes load, and small helpers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Options } from "tsup";
import tsupConfig from "../../tsup.config.js";

export const args = new Set(process.argv.slice(2));
export const QUICK = args.has("--quick");
export const ROUNDS = QUICK ? 3 : 15;
export const WARMUP = QUICK ? 1 : 3;
export const ROUND_MS = QUICK ? 8 : 40;
export const IMPORT_RUNS = QUICK ? 3 : 11;
export const MEMORY_MB = QUICK ? 5 : 50;

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = join(ROOT, "test/bench/.dist");
export const RESULTS = join(ROOT, "test/bench/results");
export const log = (line: string) => process.stderr.write(`${line}\n`);

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(`bench payload check failed: ${message()}`);
}

/** Runs a script of test/bench/children/ in a fresh node and returns the JSON it prints. */
export function runChild(
  script: string,
  argv: string[],
  env: Record<string, string> = {},
): Record<string, number | null> {
  const result = spawnSync(process.execPath, [join(ROOT, "test/bench/children", script), ...argv], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`${script} ${argv.join(" ")} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, number | null>;
}

export interface PrivateDist {
  readonly note: string;
  readonly subpaths: string[];
}

/**
 * The import-cost and memory children load a private ESM build of src/ in
 * test/bench/.dist/, made with the project's tsup config (same entries,
 * target, splitting, zod external) minus type declarations. Private, so a
 * concurrent `npm run build` (which cleans dist/) cannot pull files away
 * mid-measurement, and always current with src/.
 */
export async function buildPrivateDist(): Promise<PrivateDist> {
  const t0 = performance.now();
  const config = tsupConfig as Options;
  const entries = (config.entry ?? {}) as Record<string, string>;
  // The public subpaths, from package.json "exports" (`./fleet` → dist/fleet.js).
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  const exported = Object.keys(pkg.exports)
    .filter((k) => /^\.\/[\w-]+$/.test(k) && k !== "./package.json")
    .map((k) => k.slice(2));
  // "server": what `fleetwire` resolves to on Node (the "node" export condition).
  const wanted = ["index", "server", ...exported];
  const entry: Record<string, string> = {};
  const skipped: string[] = [];
  for (const name of wanted) {
    const source = entries[name];
    if (source !== undefined && existsSync(join(ROOT, source))) entry[name] = source;
    else skipped.push(name);
  }
  if (entry.index === undefined) throw new Error("tsup.config.ts has no buildable `index` entry");
  await build({ ...config, entry, outDir: DIST, format: ["esm"], dts: false, silent: true, config: false });
  const note =
    `src/ built to test/bench/.dist/ with the tsup config (ESM, no .d.ts, entries ${Object.keys(entry).join(", ")}) ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s${skipped.length > 0 ? `; not built (no source yet): ${skipped.join(", ")}` : ""}`;
  return { note, subpaths: Object.keys(entry).filter((n) => n !== "index") };
}

/** What a group of measurements is given. */
export interface BenchContext {
  /** A temporary folder, removed after the run. */
  readonly tmp: string;
  /** The private build of src/ (test/bench/.dist/), for groups that load it in child processes. */
  readonly dist: PrivateDist;
}

/** What a group of measurements gives back for the printed report and results JSON. */
export interface GroupReport {
  /** Printed in group order, after the header. */
  readonly sections: readonly string[];
  /** Judged in the goals table (`met` is computed there). */
  readonly goals: readonly import("./report.js").Goal[];
  /** Merged into results/*.json (keys must not collide between groups). */
  readonly json: Readonly<Record<string, unknown>>;
}

/**
 * One group of measurements (speed, import cost, memory, ...). To add one,
 * write a module exporting a BenchGroup and add it to the list in run.ts.
 */
export interface BenchGroup {
  /** Its name; `--no-<name>` skips it. */
  readonly name: string;
  /** Whether it loads the private build of src/ (built once, only when a group needs it). */
  readonly needsDist: boolean;
  run(context: BenchContext): GroupReport | Promise<GroupReport>;
}

/** An operation the bench times: `iterations` calls (sized by `measureRounds`) make one round. */
export interface TimedOp {
  readonly run: () => unknown;
  iterations?: number;
  samples?: number[];
}

/** The last result of every timed call stays reachable, so the optimiser cannot drop the call. */
const kept: { last: unknown } = { last: undefined };

/**
 * Mean ms per call over `iterations` calls. No forced GC between loops: tried
 * (node --expose-gc, gc() before each loop) and it made fleetwire's
 * allocation-heavy operations 2–4× slower (a full GC shrinks the young
 * generation, so the next loop scavenges far more often), which no
 * steady-state service sees. Garbage left by one operation is spread over the
 * others by the rotating order instead.
 */
function timeOnce(op: TimedOp, iterations: number): number {
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) kept.last = op.run();
  return (performance.now() - t0) / iterations;
}

/**
 * Calibrates each op (grow the loop until it is measurable, then size a round
 * to ROUND_MS), then runs WARMUP + ROUNDS rounds of all of them in rotating
 * order; `samples` gets the ms per call of each round after the warm-up.
 */
export function measureRounds(ops: readonly TimedOp[]): void {
  for (const op of ops) {
    timeOnce(op, 1);
    let n = 1;
    let per = timeOnce(op, n);
    while (per * n < 5) {
      n *= 4;
      per = timeOnce(op, n);
    }
    op.iterations = Math.max(1, Math.ceil(ROUND_MS / per));
    op.samples = [];
  }
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (let k = 0; k < ops.length; k++) {
      const op = ops[(round + k) % ops.length] as TimedOp;
      const t = timeOnce(op, op.iterations as number);
      if (round >= WARMUP) op.samples?.push(t);
    }
  }
  kept.last = undefined;
}
