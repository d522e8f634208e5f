/**
 * The cost of `unknownFields: "report"` over `"drop"` (and over the default,
 * which skips the walk): the same text read each way in one process, rounds
 * interleaved with the order rotating, medians of per-iteration times.
 * "with unknown" inserts a newer field into every task (FleetRun) or every
 * event (NDJSON), so report has something to list; "repeated" gives one of them
 * twice, so the repeated-key check (R6) has to walk the document too. Run alone with
 * `npx tsx test/bench/unknown-fields.ts [--quick]`; `npm run bench` prints it too
 * (and judges report ÷ drop ≤ 1.5× with newer fields present).
 */
import { decodeJson, decodeJsonLines } from "../../src/codec/index.js";
import type { UnknownFieldsMode } from "../../src/codec/unknown-fields.js";
import { buildPayloads } from "./payloads.js";
import type { Goal } from "./report.js";
import { type BenchGroup, log, median, ROUND_MS, ROUNDS, WARMUP } from "./setup.js";

export interface UnknownFieldsRow {
  readonly payload: string;
  readonly defaultMs: number;
  readonly dropMs: number;
  readonly reportMs: number;
  /** report ÷ drop, median of the per-round ratios. */
  readonly reportOverDrop: number;
  /** drop ÷ default: what the walk alone costs. */
  readonly dropOverDefault: number;
  readonly unknownPerDocument: number;
}

interface Payload {
  readonly name: string;
  readonly read: (mode: UnknownFieldsMode | undefined) => number;
}

function documentPayload(name: string, type: "FleetRun", text: string): Payload {
  return {
    name,
    read: (mode) => {
      let unknown = 0;
      decodeJson(
        type,
        text,
        mode === undefined
          ? undefined
          : { unknownFields: mode, onUnknownFields: (p) => (unknown = p.length) },
      );
      return unknown;
    },
  };
}

function linesPayload(name: string, text: string): Payload {
  return {
    name,
    read: (mode) => {
      let unknown = 0;
      for (const line of decodeJsonLines(
        "FleetWorkerEvent",
        text,
        mode === undefined ? undefined : { unknownFields: mode },
      ))
        if (line.ok) unknown += line.unknownFields?.length ?? 0;
        else throw line.error;
      return unknown;
    },
  };
}

function measure(payload: Payload, rounds: number, roundMs: number, warmup: number): UnknownFieldsRow {
  const modes = [undefined, "drop", "report"] as const;
  const unknown = payload.read("report");
  const t0 = performance.now();
  payload.read(undefined);
  const iterations = Math.max(1, Math.ceil(roundMs / Math.max(0.01, performance.now() - t0)));
  const samples = modes.map((): number[] => []);
  const ratios: number[] = [];
  const walk: number[] = [];
  for (let round = 0; round < rounds + warmup; round++) {
    const times: number[] = [];
    for (let k = 0; k < modes.length; k++) {
      const m = (k + round) % modes.length;
      const start = performance.now();
      for (let i = 0; i < iterations; i++) payload.read(modes[m]);
      times[m] = (performance.now() - start) / iterations;
    }
    if (round < warmup) continue;
    times.forEach((t, m) => {
      samples[m]?.push(t);
    });
    ratios.push((times[2] as number) / (times[1] as number));
    walk.push((times[1] as number) / (times[0] as number));
  }
  return {
    payload: payload.name,
    defaultMs: median(samples[0] as number[]),
    dropMs: median(samples[1] as number[]),
    reportMs: median(samples[2] as number[]),
    reportOverDrop: median(ratios),
    dropOverDefault: median(walk),
    unknownPerDocument: unknown,
  };
}

/**
 * The newer fields the issue names, inserted into every task of a FleetRun and every line of the NDJSON;
 * with `repeated`, one of them given twice (serde keeps the last of a repeated unknown key).
 */
function withNewerFields(fleetRunText: string, ndjson: string, repeated = false) {
  const worker = repeated ? '"worker":"w-6","worker":"w-7"' : '"worker":"w-7"';
  const route = repeated
    ? '"resolved_route":"eu-west/1","resolved_route":"eu-west/2"'
    : '"resolved_route":"eu-west/2"';
  return {
    fleetRun: fleetRunText.replace(/"instructions":/g, `"budget":{"usd":12.5},${worker},"instructions":`),
    ndjson: ndjson.replace(/"timestamp":/g, `${route},"timestamp":`),
  };
}

export function measureUnknownFields(
  fleetRunText: string,
  workerEventsNdjson: string,
  options: { rounds: number; roundMs: number; warmup: number },
): UnknownFieldsRow[] {
  const newer = withNewerFields(fleetRunText, workerEventsNdjson);
  const repeated = withNewerFields(fleetRunText, workerEventsNdjson, true);
  const payloads = [
    documentPayload("FleetRun", "FleetRun", fleetRunText),
    documentPayload("FleetRun, with unknown", "FleetRun", newer.fleetRun),
    documentPayload("FleetRun, with unknown, repeated", "FleetRun", repeated.fleetRun),
    linesPayload("FleetWorkerEvent ×10k NDJSON", workerEventsNdjson),
    linesPayload("FleetWorkerEvent ×10k NDJSON, with unknown", newer.ndjson),
    linesPayload("FleetWorkerEvent ×10k NDJSON, with unknown, repeated", repeated.ndjson),
  ];
  return payloads.map((p) => measure(p, options.rounds, options.roundMs, options.warmup));
}

const fmt = (ms: number) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

export function unknownFieldsTable(rows: readonly UnknownFieldsRow[]): string {
  const header = [
    "payload",
    "default",
    "drop",
    "report",
    "report ÷ drop",
    "drop ÷ default",
    "unknown listed",
  ];
  const body = rows.map((r) => [
    r.payload,
    fmt(r.defaultMs),
    fmt(r.dropMs),
    fmt(r.reportMs),
    `${r.reportOverDrop.toFixed(2)}×`,
    `${r.dropOverDefault.toFixed(2)}×`,
    String(r.unknownPerDocument),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join("  ");
  return [
    'unknownFields: "report" against "drop" and the default (medians; report ÷ drop is the median of per-round ratios)',
    line(header),
    ...body.map(line),
  ].join("\n");
}

/** The bench group (`npm run bench`; `--no-unknown-fields` skips it). */
export const unknownFieldsGroup: BenchGroup = {
  name: "unknown-fields",
  needsDist: false,
  run() {
    log('unknownFields: "report" against "drop"...');
    const p = buildPayloads();
    const rows = measureUnknownFields(p.fleetRun.text, p.workerEvents.ndjson, {
      rounds: ROUNDS,
      roundMs: ROUND_MS,
      warmup: WARMUP,
    });
    const goals: Goal[] = rows
      .filter((r) => r.payload.endsWith("with unknown"))
      .map((r) => ({
        payload: r.payload,
        ratio: 'unknownFields "report" ÷ "drop"',
        value: r.reportMs / r.dropMs,
        paired: r.reportOverDrop,
        goal: 1.5,
        met: false,
      }));
    return { sections: ["", unknownFieldsTable(rows)], goals, json: { unknownFields: rows } };
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await unknownFieldsGroup.run({} as never);
  console.log(report.sections.join("\n"));
}
