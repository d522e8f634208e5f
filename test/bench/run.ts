/**
 * `npm run bench`: fleetwire against JSON.parse, JSON.stringify and ajv, on
 * the deterministic payloads of ./payloads.ts. Prints a table of medians and
 * ratios with the goals of issue 7, and writes the same to
 * test/bench/results/latest.json (on Node 20; latest-node24.json on Node 24:
 * `node --import tsx test/bench/run.ts` with that Node).
 *
 * Method
 * - Speed is measured in this one process. For each payload: calibration
 *   (iterations per round so that one round of an operation takes ≥ ROUND_MS),
 *   WARMUP unrecorded rounds, then ROUNDS recorded rounds; each round runs every
 *   operation once (its iterations in a loop), and the order of operations
 *   rotates by one each round. The figure is the median over rounds of the
 *   time per iteration.
 * - fleetwire runs from src/ (through tsx, which compiles with esbuild as the
 *   build does); ajv compiles the committed schemas/ with the setup of
 *   test/json-schema/ajv.ts, `newAjv()` (draft 2020-12, strict,
 *   `discriminator: true`, `allErrors: true`, the schemars/fleetwire formats
 *   registered). `allErrors` makes no measurable difference on valid data here
 *   (checked: DashboardState and 10k FleetWorkerEvents within noise).
 * - Validation (fleetwire `safeParse`, ajv) runs on `JSON.parse` output. That
 *   cannot carry a u128 beyond 2^53: JSON.parse has rounded it, fleetwire
 *   refuses it, ajv cannot tell. So for DashboardState, validators compare on
 *   a variant whose `*_unix_nanos` are microseconds (16 digits, exact as
 *   doubles; otherwise identical, 3 bytes shorter per timestamp).
 *   `safeParse` of the decoded value (bigint nanos) is shown too, without a goal.
 *   Every other payload has no u128 and uses the same text throughout.
 * - `JSON.stringify` is timed on the `JSON.parse` output (no replacer needed;
 *   same bytes as encodeJson except the rounded nanos). For DashboardState,
 *   `JSON.stringify` of the application value needs a replacer for bigint
 *   (`v => typeof v === "bigint" ? v.toString() : v`, which writes the nanos as
 *   strings, not what serde writes); it is shown without a goal.
 * - The array payloads (10,000 FleetWorkerEvents, 1,000 Runners) are one
 *   document each, read as `vec(Schema)`: decodeJson with a `vec` schema,
 *   ajv with `{ type: "array", items: { $ref } }`. The NDJSON payload is
 *   10,000 documents: decodeJsonLines on the whole text against JSON.parse of
 *   each line (lines cut the same way, with indexOf), validators per element.
 * - Import cost and memory run in child processes (test/bench/children/) on
 *   a private build of src/ (see buildPrivateDist); schemas/ is read as committed.
 *
 * No test asserts a time; this prints numbers and writes JSON, nothing else.
 *
 * Layout: each group of measurements is a module (measurement.ts: speed;
 * import-cost.ts; memory.ts; bundle-size.ts; wire-codec.ts) exporting a BenchGroup; run.ts runs the list
 * below and prints and writes what they report (report.ts: tables and goals;
 * setup.ts: options, paths, the private build). A new group is a new module
 * and one line in GROUPS.
 *
 * Options: --quick (fewer, shorter rounds; a smoke run, numbers not for keeps),
 * --no-<group> to skip one (--no-speed, --no-codec, --no-unknown-fields, --no-import, --no-memory, --no-bundle),
 * --precompiled to measure with the build-time parsers in effect, as `fleetwire` runs on Node and Workers
 * (and a page with `import "fleetwire/precompiled"`); results in latest-precompiled.json. Without it the
 * exported schemas run zod's generated code, as in a browser bundle, the build-time parsers in a column beside.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { bundleSizeGroup } from "./bundle-size.js";
import { importCostGroup } from "./import-cost.js";
import { speed } from "./measurement.js";
import { memoryGroup } from "./memory.js";
import { unknownFieldsGroup } from "./unknown-fields.js";
import { codecGroup } from "./wire-codec.js";
import { type Goal, goalsTable, versionOf } from "./report.js";
import {
  args,
  type BenchGroup,
  buildPrivateDist,
  type GroupReport,
  QUICK,
  RESULTS,
  ROUND_MS,
  ROUNDS,
  WARMUP,
} from "./setup.js";

/** The groups of measurements, in the order they run and print. */
const GROUPS: readonly BenchGroup[] = [
  speed,
  codecGroup,
  unknownFieldsGroup,
  importCostGroup,
  memoryGroup,
  bundleSizeGroup,
];

/** `--precompiled`: every measurement with `import "fleetwire/precompiled"` in effect. */
const PRECOMPILED = args.has("--precompiled");

async function main(): Promise<void> {
  if (PRECOMPILED) await import("../../src/precompiled/index.js");
  const started = new Date();
  const load0 = loadavg();
  const groups = GROUPS.filter((group) => !args.has(`--no-${group.name}`));
  const dist = groups.some((group) => group.needsDist)
    ? await buildPrivateDist()
    : { note: "no build needed", subpaths: [] };

  const tmp = mkdtempSync(join(tmpdir(), "fleetwire-bench-"));
  const reports: GroupReport[] = [];
  try {
    for (const group of groups) reports.push(await group.run({ tmp, dist }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const out: string[] = [];
  const cpu = cpus()[0]?.model.trim() ?? "unknown";
  const machine = {
    node: process.version,
    cpu,
    cores: cpus().length,
    platform: `${platform()} ${arch()}`,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
  };
  out.push(
    `fleetwire bench, ${started.toISOString()}: Node ${machine.node}, ${machine.cpu}, ${machine.cores} cores; ` +
      `${ROUNDS} rounds (+${WARMUP} warm-up) of ≥ ${ROUND_MS} ms per operation, medians; load average ${load0.map((l) => l.toFixed(2)).join(" ")}${QUICK ? "; --quick (smoke run)" : ""}${PRECOMPILED ? '; with import "fleetwire/precompiled"' : ""}`,
  );
  for (const report of reports) out.push(...report.sections);

  const checkedGoals: Goal[] = reports
    .flatMap((report) => report.goals)
    .map((g) => ({ ...g, met: g.value <= g.goal }));
  out.push(
    "",
    "Goals (issue 7): value = ratio of medians (judged); paired = median of the per-round ratios; of mins = ratio of the fastest rounds (both noise checks)",
    goalsTable(checkedGoals),
  );

  const load1 = loadavg();
  out.push(
    "",
    `load average at the end: ${load1.map((l) => l.toFixed(2)).join(" ")} (2 cores, shared machine: expect ±15% between runs); ${dist.note}`,
  );
  console.log(out.join("\n"));

  mkdirSync(RESULTS, { recursive: true });
  const json = {
    date: started.toISOString(),
    command: `npm run bench${QUICK ? " -- --quick" : ""}`,
    machine: { ...machine, loadAverageStart: load0, loadAverageEnd: load1 },
    versions: { zod: versionOf("zod"), ajv: versionOf("ajv") },
    method: {
      rounds: ROUNDS,
      warmupRounds: WARMUP,
      minRoundMs: ROUND_MS,
      orderRotatesEachRound: true,
      forcedGc: false,
      ajv: "newAjv() of test/json-schema/ajv.ts: draft 2020-12, strict, discriminator, allErrors, registered formats",
      dist: dist.note,
    },
    ...Object.assign({}, ...reports.map((report) => report.json)),
    goals: checkedGoals,
  };
  // Node 20 (the machines' Node) writes latest.json; any other writes latest-node<major>.json beside it.
  const major = process.versions.node.split(".")[0];
  const suffix = PRECOMPILED ? "-precompiled" : "";
  const file = join(
    RESULTS,
    QUICK ? "quick.json" : major === "20" ? `latest${suffix}.json` : `latest-node${major}${suffix}.json`,
  );
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
}

await main();
