/**
 * The adversarial growth harness: `npm run hostile`.
 *
 * For each attack family an input is built at size n and 8n and timed in this
 * one process (fastest of several runs, after a warm-up). Linear work grows
 * about 8×, quadratic 64×: a family fails when it grows more than 20×, a
 * margin wide enough for a machine shared with other jobs. Where JSON.parse of
 * the same texts itself grows more than 8× (the garbage collector, with many
 * objects), the growth is judged after taking that excess out. For the 1 MiB
 * inputs it also reports the time as a ratio to `JSON.parse` of the same text
 * (the goal: at most 15×), and for the HTTP and stream cases the heap growth
 * (the goal: a 1 MiB bad-NDJSON request under 50 MB). Prints a table.
 * `HOSTILE_ONLY=<part of a name>` runs only the matching families.
 */
import {
  decodeJson,
  decodeJsonLines,
  encodeJson,
  safeDecodeJson,
  type WireTypeRef,
} from "../../src/codec/index.js";
import { readWireBody } from "../../src/http/fetch.js"; // not the entry, which installs the build-time parsers
import type { WireTypeName } from "../../src/registry.js";
import { FleetWorkerEventSchema } from "../../src/contracts/fleet.js";
import { vec } from "../../src/serde/index.js";

const KIB = 1024;
// n large enough that neither size fits a CPU cache and each run takes milliseconds, so the ratio
// shows the algorithm, not the cache or the timer: between 1 and 4 MiB V8 itself (JSON.parse included)
// moves to large-object allocation and grows some 25× for 8× the text, so plain families start at 4 MiB.
// Families with much work per byte start at 512 KiB.
const SMALL = 4 * 1024 * KIB;
const HEAVY = 512 * KIB;
const REQUEST = 1024 * KIB;
const MAX_GROWTH = 20;
const GOAL_RATIO = 15;
const MAX_HEAP_MB = 50;
const RUNS = Number(process.env.HOSTILE_RUNS ?? 5);

const gc = (globalThis as { gc?: () => void }).gc;

/** Text of about `size` characters. */
type Build = (size: number) => string;

interface Family {
  readonly name: string;
  readonly build: Build;
  /** The work timed on the text (a decode, a request, a stream). */
  readonly run: (text: string) => unknown | Promise<unknown>;
  /** Report heap growth (HTTP and stream cases). */
  readonly heap?: boolean;
  /** n, when the default would make 8n slow (families with much work per byte). */
  readonly n?: number;
}

const record = (fields: Partial<Record<string, string>>) => {
  const f = {
    target_id: '"t"',
    sequence: "1",
    correlation_id: '"c"',
    event_type: '"e"',
    severity: '"s"',
    target_path: '"p"',
    child_id: "null",
    occurred_at_unix_nanos: "1",
    config_version: '"v"',
    payload: "null",
    ...fields,
  };
  return `{${Object.entries(f)
    .map(([k, v]) => `"${k}":${v}`)
    .join(",")}}`;
};
const times = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const decode = (type: WireTypeName) => (text: string) => safeDecodeJson(type, text);
const decodeWithUnknown = (type: WireTypeName, unknownFields: "report" | "reject") => (text: string) =>
  safeDecodeJson(type, text, { unknownFields });
/** An EventRecord led by unknown fields (a newer producer's), about n bytes of them. */
const withUnknownFields = (n: number) =>
  `{${Array.from({ length: Math.floor(n / 16) }, (_, i) => `"newer_${i}":{"v":[${i}]}`).join(",")},${record({}).slice(1)}`;
/** As `withUnknownFields`, each unknown key given twice and repeating a key inside its value: the repeated-key check walks beside report. */
const withRepeatedUnknownFields = (n: number) =>
  `{${Array.from({ length: Math.floor(n / 32) }, (_, i) => `"newer_${i}":{"v":1,"v":[${i}]},"newer_${i}":0`).join(",")},${record({}).slice(1)}`;
const digits = (size: number) => `9${"1".repeat(size - 1)}`;
/** encodeJson of the value the text decodes to (decoded once per text, outside the timing's best run). */
const encode = (type: WireTypeRef) => {
  const values = new Map<string, unknown>();
  return (text: string) => {
    let value = values.get(text);
    if (value === undefined) {
      value = decodeJson(type, text);
      values.set(text, value);
    }
    return encodeJson(type, value as never);
  };
};
/** `Vec<FleetWorkerEvent>`: the one wire type with an f32, in as many heartbeats as n bytes hold. */
const Heartbeats = vec(FleetWorkerEventSchema);
const heartbeats = (n: number, cpu: string) => {
  const one = `{"seq":1,"run_id":"r","worker_id":"w","task_id":"t","timestamp":"2026-05-20T12:00:00Z","state":"heartbeat","cpu_percent":${cpu}}`;
  return `[${Array.from({ length: Math.max(1, Math.floor(n / (one.length + 1))) }, () => one).join(",")}]`;
};

/** A Value object of about n bytes whose keys come in reverse order (the writer sorts them). */
const reversedKeys = (n: number, key: (i: number) => string) => {
  const count = Math.floor(n / 12);
  return `{${Array.from({ length: count }, (_, i) => `"${key(count - i)}":${i}`).join(",")}}`;
};

const ndjsonRequest = (text: string) =>
  readWireBody(
    "FleetRetryPolicy",
    new Request("http://127.0.0.1/", {
      method: "POST",
      body: text,
      headers: { "content-type": "application/x-ndjson" },
    }),
    { lines: true, limit: 64 * 1024 * 1024 },
  );

async function streamLines(text: string): Promise<number> {
  const bytes = new TextEncoder().encode(text);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 16 * KIB) yield bytes.subarray(i, i + 16 * KIB);
  }
  let n = 0;
  for await (const _ of decodeJsonLines("EventRecord", chunks())) n++;
  return n;
}

const families: Family[] = [
  {
    name: "\\n escapes in a string field",
    build: (n) => record({ correlation_id: `"${times("\\n", n)}"` }),
    run: decode("EventRecord"),
  },
  {
    name: "\\n escapes in a Value",
    build: (n) => record({ payload: `{"x":"${times("\\n", n)}"}` }),
    run: decode("EventRecord"),
  },
  {
    name: "\\u00e9 escapes",
    build: (n) => record({ correlation_id: `"${times("\\u00e9", n)}"` }),
    run: decode("EventRecord"),
  },
  {
    name: "\\u escapes with a lone surrogate at the end",
    build: (n) => record({ correlation_id: `"${times("\\u00e9", n)}\\ud800"` }),
    run: decode("EventRecord"),
  },
  { name: "digits: Value", build: (n) => record({ payload: digits(n) }), run: decode("EventRecord") },
  { name: "digits: u64", build: (n) => record({ sequence: digits(n) }), run: decode("EventRecord") },
  {
    name: "digits: u128",
    build: (n) => record({ occurred_at_unix_nanos: digits(n) }),
    run: decode("EventRecord"),
  },
  { name: "digits: f64 fraction", build: (n) => `{"value":0.${"1".repeat(n)}}`, run: decode("FleetScore") },
  {
    name: "digits: f32 exponent",
    build: (n) => `{"state":"heartbeat","cpu_percent":1e${"0".repeat(n)}1}`,
    run: decode("FleetWorkerEventPayload"),
  },
  {
    name: "many keys in a Value",
    n: HEAVY,
    build: (n) =>
      record({
        payload: `{${Array.from({ length: Math.floor(n / 12) }, (_, i) => `"k${i}":${i}`).join(",")}}`,
      }),
    run: decode("EventRecord"),
  },
  {
    // Each put back by its place among the text's numbers (the fast road).
    name: "many exact numbers in a Value",
    n: HEAVY,
    build: (n) => record({ payload: `[${times("12345678901234567890,1.0,", n)}0]` }),
    run: decode("EventRecord"),
  },
  {
    // Keys JS enumerates out of the text's order: the fast road steps aside after its scan.
    name: "many exact numbers under array-index keys",
    n: HEAVY,
    build: (n) =>
      record({
        payload: `{${Array.from({ length: Math.floor(n / 28) }, (_, i) => `"${i}":12345678901234567890`).join(",")}}`,
      }),
    run: decode("EventRecord"),
  },
  {
    name: "many duplicate keys in a Value",
    n: HEAVY,
    build: (n) => record({ payload: `{${times('"a":1,', n)}"a":2}` }),
    run: decode("EventRecord"),
  },
  {
    name: "many duplicate keys in a map",
    n: HEAVY,
    build: (n) => `{"name":"n","labels":{${times('"a":"1",', n)}"a":"2"}}`,
    run: decode("FleetHostSpec"),
  },
  {
    name: "deep nesting in a Value (120 levels, repeated)",
    n: HEAVY,
    build: (n) => record({ payload: `[${times(`${"[".repeat(120)}1${"]".repeat(120)},`, n)}1]` }),
    run: decode("EventRecord"),
  },
  {
    name: "deep nesting in an ignored field",
    n: HEAVY,
    build: (n) => record({ zz: `[${times(`${"[".repeat(120)}1${"]".repeat(120)},`, n)}1]` }),
    run: decode("EventRecord"),
  },
  {
    name: "error under deep nesting",
    n: HEAVY,
    build: (n) =>
      record({ payload: `[${times(`${"[".repeat(120)}1${"]".repeat(120)},`, n)}1]`, sequence: "-1" }),
    run: decode("EventRecord"),
  },
  {
    name: "many unknown fields, reported",
    n: HEAVY,
    build: withUnknownFields,
    run: decodeWithUnknown("EventRecord", "report"),
  },
  {
    name: "many unknown fields, rejected",
    n: HEAVY,
    build: withUnknownFields,
    run: decodeWithUnknown("EventRecord", "reject"),
  },
  {
    name: "many repeated unknown fields, reported",
    n: HEAVY,
    build: withRepeatedUnknownFields,
    run: decodeWithUnknown("EventRecord", "report"),
  },
  {
    name: "bad NDJSON lines through the HTTP helper",
    build: (n) => times("1\n", n),
    run: ndjsonRequest,
    heap: true,
  },
  {
    name: "one long NDJSON line through a stream",
    build: (n) => `${record({ correlation_id: `"${times("x", n)}"` })}\n`,
    run: streamLines,
    heap: true,
  },
  {
    name: "timestamp: long fraction",
    build: (n) =>
      `{"result_id":"r","request_id":"q","exec_id":"e","pc_id":"p","started_at":"2026-01-01T00:00:00.${"1".repeat(n)}Z","manifest_id":"m","version":"v"}`,
    run: decode("EventStarted"),
  },
  {
    name: "encode: many keys in a Value, in reverse order",
    n: HEAVY,
    build: (n) => record({ payload: reversedKeys(n, (i) => `k${i}`) }),
    run: encode("EventRecord"),
  },
  {
    name: "encode: many array-index keys in a Value",
    n: HEAVY,
    build: (n) => record({ payload: reversedKeys(n, (i) => `${i}`) }),
    run: encode("EventRecord"),
  },
  {
    name: "encode: \\n escapes in a string field",
    build: (n) => record({ correlation_id: `"${times("\\n", n)}"` }),
    run: encode("EventRecord"),
  },
  {
    // Each an integer token exactly past an f32 midpoint: the f32 is decided from its digits.
    name: "f32 integer tokens at midpoints",
    n: HEAVY,
    build: (n) => heartbeats(n, "1705462862484340737"),
    run: (text) => safeDecodeJson(Heartbeats, text),
  },
  {
    // Each an exact tie in its shortest digits (1633541.25): written by the exact bigint search.
    name: "encode: f32 ties",
    n: HEAVY,
    build: (n) => heartbeats(n, "1633541.25"),
    run: encode(Heartbeats),
  },
  {
    name: "timestamp: long fraction, bad end",
    build: (n) =>
      `{"result_id":"r","request_id":"q","exec_id":"e","pc_id":"p","started_at":"2026-01-01T00:00:00.${"1".repeat(n)}X","manifest_id":"m","version":"v"}`,
    run: decode("EventStarted"),
  },
];

/**
 * The fastest of several runs: on a machine shared with other jobs, noise only
 * ever adds time, so the minimum is the steadiest estimate of the work itself.
 */
async function fastest(fn: () => unknown | Promise<unknown>): Promise<number> {
  gc?.();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function heapGrowth(fn: () => unknown | Promise<unknown>): Promise<number | undefined> {
  if (gc === undefined) return undefined;
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  // Sampled while the work awaits (HTTP reading, stream chunks), and once at its end, before any collection.
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 1);
  const kept = await fn();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  void kept;
  return (peak - before) / (1024 * 1024);
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** NDJSON as one JSON array, for JSON.parse to read the same values. */
const asArray = (ndjson: string) => `[${ndjson.trim().split("\n").join(",")}]`;

interface Row {
  family: string;
  n: number;
  small: number;
  large: number;
  growth: number;
  engineGrowth: number;
  /** Growth with the engine's own excess over 8× taken out: what the limit applies to. */
  judged: number;
  request: number;
  jsonParse: number;
  heapMb: number | undefined;
}

/** `--precompiled`: every family again with the build-time parsers in effect, as on a server (installed before any parse). */
const precompiled = process.argv.includes("--precompiled");
if (precompiled) await import("../../src/precompiled/index.js");

/** `HOSTILE_ONLY=text`: only the families whose name holds it (while working on one). */
const only = process.env.HOSTILE_ONLY;
const rows: Row[] = [];
for (const family of families.filter((f) => only === undefined || f.name.includes(only))) {
  const n = family.n ?? SMALL;
  const small = family.build(n);
  const large = family.build(8 * n);
  await family.run(small); // warm-up
  const tSmall = await fastest(() => family.run(small));
  const tLarge = await fastest(() => family.run(large));
  // JSON.parse of the same texts: where the engine itself grows faster than 8× (many objects make
  // the garbage collector work harder as the heap grows), fleetwire is judged against that growth.
  const jsonSmall = await fastest(() => tryParse(family.heap ? asArray(small) : small));
  const jsonLarge = await fastest(() => tryParse(family.heap ? asArray(large) : large));
  const engineGrowth = jsonLarge / Math.max(jsonSmall, 0.01);
  const request = family.build(REQUEST);
  const tRequest = await fastest(() => family.run(request));
  const asJson = family.heap ? asArray(request) : request;
  const tParse = await fastest(() => tryParse(asJson));
  const heapMb = family.heap ? await heapGrowth(() => family.run(request)) : undefined;
  rows.push({
    family: family.name,
    n,
    small: tSmall,
    large: tLarge,
    growth: tLarge / Math.max(tSmall, 0.01),
    engineGrowth,
    judged: (tLarge / Math.max(tSmall, 0.01)) * (8 / Math.max(8, engineGrowth)),
    request: tRequest,
    jsonParse: tRequest / Math.max(tParse, 0.01),
    heapMb,
  });
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
console.log(
  `\nHostile input${precompiled ? ", with the build-time parsers (what servers run)" : ""}: time at size n and 8n, and for one 1 MiB request (fastest of ${RUNS} runs), in one process\n`,
);
console.log(
  "| attack family | n | time at n (ms) | at 8n (ms) | growth (8n/n) | JSON.parse growth | judged growth | 1 MiB (ms) | 1 MiB vs JSON.parse | heap growth, 1 MiB |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.family} | ${r.n / KIB} KiB | ${fmt(r.small)} | ${fmt(r.large)} | ${r.growth.toFixed(1)}× | ${r.engineGrowth.toFixed(1)}× | ${r.judged.toFixed(1)}× | ${fmt(r.request)} | ${r.jsonParse.toFixed(1)}× | ${r.heapMb === undefined ? "" : `${r.heapMb.toFixed(1)} MB`} |`,
  );
}
const tooSteep = rows.filter((r) => r.judged > MAX_GROWTH);
const tooHeavy = rows.filter((r) => r.heapMb !== undefined && r.heapMb > MAX_HEAP_MB);
const overGoal = rows.filter((r) => r.jsonParse > GOAL_RATIO);
console.log(
  `\ngrowth over ${MAX_GROWTH}×: ${tooSteep.length}; heap over ${MAX_HEAP_MB} MB: ${tooHeavy.length}; over ${GOAL_RATIO}× JSON.parse at 1 MiB (goal, reported): ${overGoal.map((r) => r.family).join(", ") || "none"}`,
);
if (gc === undefined) console.log("(heap not measured: run with node --expose-gc, as npm run hostile does)");
if (tooSteep.length > 0 || tooHeavy.length > 0) {
  console.error("hostile: FAILED");
  process.exit(1);
}
console.log("hostile: every family grows linearly");
