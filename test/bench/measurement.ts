/**
 * Speed: each payload's operations (JSON.parse, JSON.stringify, Schema.safeParse,
 * ajv, decodeJson, encodeJson) timed in this one process, in
 * rounds with a rotating order; the figure is the median time per iteration.
 */
import type { ValidateFunction } from "ajv";
import { z } from "zod";
import { compiledParsers } from "../../src/compiled/parsers.js";
import { compileOnFirstParse, useBuildTimeParsers } from "../../src/serde/first-parse.js";
import { type AnySchema, namedMetaOf } from "../../src/serde/meta.js";
import { shapeOf } from "../../src/serde/shape.js";
import { decodeJson, decodeJsonLines, encodeJson } from "../../src/codec/index.js";
import { DashboardStateSchema } from "../../src/contracts/dashboard.js";
import { FleetRunSchema, FleetWorkerEventSchema } from "../../src/contracts/fleet.js";
import { JobTailReplySchema } from "../../src/contracts/jobtail.js";
import { committedSchemas, newAjv } from "../json-schema/ajv.js";
import { buildPayloads, FleetWorkerEventVecSchema, RunnerVecSchema } from "./payloads.js";
import {
  type Baseline,
  documentPeers,
  fastJsonStringify,
  linePeers,
  type PeerOp,
  peersTable,
} from "./peers.js";
import { fmtMs, fmtX, type Goal, table } from "./report.js";
import { type BenchGroup, check, log, measureRounds, median } from "./setup.js";

function ajvValidators() {
  const ajv = newAjv();
  const files = committedSchemas();
  for (const [file, schema] of Object.entries(files))
    if (file !== "index.json" && file !== "fleetwire.schema.json") ajv.addSchema(schema);
  const byType = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`https://fleetwire.dev/schemas/${name}.json`);
    if (validate === undefined) throw new Error(`schemas/${name}.json did not compile`);
    return validate;
  };
  const arrayOf = (name: string) =>
    ajv.compile({ type: "array", items: { $ref: `https://fleetwire.dev/schemas/${name}.json` } });
  return { byType, arrayOf };
}

/**
 * What `import "fleetwire/precompiled"` makes of `schema`, on a copy, so the
 * exported schemas keep zod's generated code for the other columns: the
 * same first-parse install, given the build-time parser (a `vec` stays
 * zod's array, its items precompiled, as the exported `vec` is).
 */
const prebuilt = new WeakMap<AnySchema, (input: unknown) => unknown>();
useBuildTimeParsers((schema) => prebuilt.get(schema));
function precompiledCopy(schema: z.ZodType): z.ZodType {
  const shape = shapeOf(schema);
  if (shape.kind === "vec") return z.array(precompiledCopy(shape.item as z.ZodType));
  const copy = compileOnFirstParse(schema.clone());
  prebuilt.set(copy, compiledParsers[namedMetaOf(schema)?.name ?? ""] as (input: unknown) => unknown);
  return copy;
}

/** After its first parse, the copy runs the build-time parser, not zod's generated code. */
function checkPrecompiled(schema: z.ZodType, what: string): void {
  const item = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : schema;
  const validator = (item._zod.bag as { validator?: unknown }).validator;
  check(
    Object.values(compiledParsers).includes(validator as never),
    () => `${what}: the precompiled copy does not run its build-time parser`,
  );
}

// ---------------------------------------------------------------- cases

type OpKey =
  | "parse"
  | "stringify"
  | "stringifyBigint"
  | "safeParse"
  | "safeParseDecoded"
  | "safeParsePre"
  | "ajv"
  | "decode"
  | "decodeBytes"
  | "encode"
  | "encodeDecoded"
  | PeerOp["key"];

interface Op {
  readonly key: OpKey;
  readonly label: string;
  /** What the "×" column divides by (default JSON.parse of the same text). */
  readonly baseline?: Baseline;
  readonly run: () => unknown;
  iterations?: number;
  samples?: number[];
}

interface Case {
  readonly name: string;
  readonly bytes: number;
  readonly ops: Op[];
}

let sink: unknown;

function checkAjv(validate: ValidateFunction, value: unknown, what: string): void {
  check(
    validate(value) === true,
    () => `ajv rejects ${what}: ${JSON.stringify(validate.errors?.slice(0, 3))}`,
  );
}

function checkZod(schema: z.ZodType, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  check(
    result.success,
    () => `safeParse rejects ${what}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`,
  );
}

/** Both validators must refuse the payload with one deep field spoilt: proof that they look all the way down. */
function checkRejects(
  schema: z.ZodType,
  validate: ValidateFunction,
  parsed: unknown,
  corrupt: (parsed: any) => void,
  what: string,
): void {
  const spoilt = structuredClone(parsed);
  corrupt(spoilt);
  check(!schema.safeParse(spoilt).success, () => `safeParse accepts a spoilt ${what}`);
  check(validate(spoilt) === false, () => `ajv accepts a spoilt ${what}`);
}

const bigintReplacer = (_key: string, value: unknown) =>
  typeof value === "bigint" ? value.toString() : value;

/** One JSON document: parse, stringify, the two validators, decodeJson, encodeJson. */
function documentCase(
  name: string,
  schema: z.ZodType,
  validate: ValidateFunction,
  text: string,
  value: unknown,
  corrupt: (parsed: any) => void,
  safeText: string,
  fjs: (value: unknown) => string,
): Case {
  const parsed = JSON.parse(text) as unknown;
  const parsedSafe = JSON.parse(safeText) as unknown;
  const precompiled = precompiledCopy(schema);
  checkZod(schema, parsedSafe, `${name} (JSON.parse output)`);
  checkZod(precompiled, parsedSafe, `${name} (JSON.parse output, precompiled)`);
  checkPrecompiled(precompiled, name);
  checkAjv(validate, parsedSafe, name);
  checkRejects(schema, validate, parsedSafe, corrupt, name);
  const decoded = decodeJson(schema, text);
  check(
    encodeJson(schema, decoded as never) === text,
    () => `${name}: decodeJson then encodeJson is not the original text`,
  );
  check(
    encodeJson(schema, value as never) === text,
    () => `${name}: encodeJson(value) is not the payload text`,
  );
  const ops: Op[] = [
    { key: "parse", label: "JSON.parse(text)", run: () => JSON.parse(text) },
    { key: "stringify", label: "JSON.stringify(parsed)", run: () => JSON.stringify(parsed) },
    {
      key: "safeParse",
      label: "fleetwire Schema.safeParse(parsed)",
      run: () => schema.safeParse(parsedSafe),
    },
    {
      key: "safeParsePre",
      label: "fleetwire Schema.safeParse(parsed), precompiled",
      run: () => precompiled.safeParse(parsedSafe),
    },

    { key: "ajv", label: "ajv validate(parsed)", run: () => validate(parsedSafe) },
    { key: "decode", label: "fleetwire decodeJson(text)", run: () => decodeJson(schema, text) },
    {
      key: "encode",
      label: "fleetwire encodeJson(value)",
      run: () => encodeJson(schema, value as never),
      baseline: "stringify",
    },
    {
      // The value as decodeJson gave it (a service passing on what it read): the same flat,
      // one-byte strings JSON.stringify gets from JSON.parse, where the application's value has
      // the strings its code concatenated.
      key: "encodeDecoded",
      label: "fleetwire encodeJson(decoded)",
      run: () => encodeJson(schema, decoded as never),
      baseline: "stringify",
    },
  ];
  if (safeText !== text) {
    ops.push(
      {
        key: "safeParseDecoded",
        label: "fleetwire safeParse(decoded, bigint nanos)",
        run: () => schema.safeParse(decoded),
      },
      {
        key: "stringifyBigint",
        label: "JSON.stringify(value, bigint replacer)",
        run: () => JSON.stringify(value, bigintReplacer),
        baseline: "stringify",
      },
    );
  }
  ops.push(...documentPeers({ name, schema, validate, text, safeText, parsed, stringify: fjs }));
  return { name, bytes: Buffer.byteLength(text), ops };
}

/** How many of `values` the schema accepts. */
function countValid(schema: z.ZodType, values: readonly unknown[]): number {
  let n = 0;
  for (const v of values) if (schema.safeParse(v).success) n++;
  return n;
}

/** NDJSON: 10,000 documents, one per line. */
function linesCase(
  name: string,
  ndjson: string,
  values: readonly unknown[],
  validate: ValidateFunction,
  fjs: (value: unknown) => string,
): Case {
  const bytes = Buffer.from(ndjson);
  const precompiled = precompiledCopy(FleetWorkerEventSchema);
  const parsed = ndjson
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
  for (const [i, item] of parsed.entries()) {
    checkZod(FleetWorkerEventSchema, item, `${name} line ${i + 1}`);
    checkZod(precompiled, item, `${name} line ${i + 1}, precompiled`);
    checkAjv(validate, item, `${name} line ${i + 1}`);
  }
  checkRejects(FleetWorkerEventSchema, validate, parsed.at(-1), (e) => (e.worker_id = 5), name);
  let decodedCount = 0;
  const decodedValues: unknown[] = [];
  for (const item of decodeJsonLines("FleetWorkerEvent", ndjson)) {
    check(item.ok, () => `decodeJsonLines: line ${item.line}: ${item.ok ? "" : item.error.message}`);
    if (item.ok) decodedValues.push(item.value);
    decodedCount++;
  }
  check(
    decodedCount === values.length,
    () => `decodeJsonLines read ${decodedCount} lines, expected ${values.length}`,
  );
  const consume = (input: string | Uint8Array) => {
    let n = 0;
    for (const item of decodeJsonLines("FleetWorkerEvent", input)) if (item.ok) n++;
    return n;
  };
  const ops: Op[] = [
    {
      key: "parse",
      label: "JSON.parse per line",
      run: () => {
        let n = 0;
        let start = 0;
        for (;;) {
          const end = ndjson.indexOf("\n", start);
          if (end === -1) break;
          sink = JSON.parse(ndjson.slice(start, end));
          n++;
          start = end + 1;
        }
        return n;
      },
    },
    {
      key: "stringify",
      label: "JSON.stringify per element",
      run: () => parsed.map((v) => JSON.stringify(v)).join("\n"),
    },
    {
      key: "safeParse",
      label: "fleetwire safeParse per element",
      run: () => countValid(FleetWorkerEventSchema, parsed),
    },
    {
      key: "safeParsePre",
      label: "fleetwire safeParse per element, precompiled",
      run: () => countValid(precompiled, parsed),
    },

    {
      key: "ajv",
      label: "ajv validate per element",
      run: () => {
        let n = 0;
        for (const v of parsed) if (validate(v)) n++;
        return n;
      },
    },
    { key: "decode", label: "fleetwire decodeJsonLines(string)", run: () => consume(ndjson) },
    { key: "decodeBytes", label: "fleetwire decodeJsonLines(bytes)", run: () => consume(bytes) },
    {
      key: "encode",
      label: "fleetwire encodeJson per element",
      run: () => values.map((v) => encodeJson("FleetWorkerEvent", v as never)).join("\n"),
      baseline: "stringify",
    },
    {
      key: "encodeDecoded",
      label: "fleetwire encodeJson per decoded element",
      run: () => decodedValues.map((v) => encodeJson("FleetWorkerEvent", v as never)).join("\n"),
      baseline: "stringify",
    },
  ];
  ops.push(...linePeers({ name, schema: FleetWorkerEventSchema, validate, ndjson, parsed, stringify: fjs }));
  return { name, bytes: bytes.length, ops };
}

export const speed: BenchGroup = {
  name: "speed",
  needsDist: false,
  run() {
    log("building payloads...");
    const p = buildPayloads();
    const ajv = ajvValidators();
    const cases: Case[] = [
      documentCase(
        "DashboardState",
        DashboardStateSchema,
        ajv.byType("DashboardState"),
        p.dashboard.text,
        p.dashboard.value,
        (d) => (d.recent_logs.at(-1).fields.child = 5),
        p.dashboard.safeText,
        fastJsonStringify("DashboardState"),
      ),
      documentCase(
        "FleetRun",
        FleetRunSchema,
        ajv.byType("FleetRun"),
        p.fleetRun.text,
        p.fleetRun.value,
        (r) => (r.task_specs.at(-1).scorer.kind = "unknown_scorer"),
        p.fleetRun.text,
        fastJsonStringify("FleetRun"),
      ),
      linesCase(
        "FleetWorkerEvent ×10k NDJSON",
        p.workerEvents.ndjson,
        p.workerEvents.values,
        ajv.byType("FleetWorkerEvent"),
        fastJsonStringify("FleetWorkerEvent"),
      ),
      documentCase(
        "FleetWorkerEvent ×10k array",
        FleetWorkerEventVecSchema,
        ajv.arrayOf("FleetWorkerEvent"),
        p.workerEvents.arrayText,
        p.workerEvents.values,
        (a) => (a.at(-1).worker_id = 5),
        p.workerEvents.arrayText,
        fastJsonStringify("FleetWorkerEvent", true),
      ),
      documentCase(
        "JobTailReply 1 MB",
        JobTailReplySchema,
        ajv.byType("JobTailReply"),
        p.jobTail.text,
        p.jobTail.value,
        (t) => (t.stderr = 5),
        p.jobTail.text,
        fastJsonStringify("JobTailReply"),
      ),
      documentCase(
        "Runner ×1000 array",
        RunnerVecSchema,
        ajv.arrayOf("Runner"),
        p.runners.text,
        p.runners.values,
        (a) => (a.at(-1).createdAt = 5),
        p.runners.text,
        fastJsonStringify("Runner", true),
      ),
    ];

    for (const c of cases) {
      const t0 = performance.now();
      measureRounds(c.ops);
      log(`measured ${c.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }

    const speedRows: string[][] = [];
    const payloadJson = [];
    const goals: Goal[] = [];
    for (const c of cases) {
      const med = (key: OpKey) => {
        const op = c.ops.find((o) => o.key === key);
        return op === undefined ? NaN : median(op.samples as number[]);
      };
      const parse = med("parse");
      const samples = (key: OpKey): number[] => c.ops.find((o) => o.key === key)?.samples ?? [];
      const paired = (a: OpKey, b: OpKey) => {
        const x = samples(a);
        const y = samples(b);
        return median(x.map((v, i) => v / (y[i] as number)));
      };
      const mins = (a: OpKey, b: OpKey) => Math.min(...samples(a)) / Math.min(...samples(b));
      const opsJson: Record<string, unknown> = {};
      for (const op of c.ops) {
        const m = median(op.samples as number[]);
        const mbs = c.bytes / 1e6 / (m / 1000);
        speedRows.push([
          c.name,
          op.label,
          fmtMs(m),
          fmtMs(Math.min(...(op.samples as number[]))),
          mbs.toFixed(0),
          `${fmtX(m / (op.baseline === "stringify" ? med("stringify") : parse))} ${op.baseline ?? "parse"}`,
        ]);
        opsJson[op.key] = {
          label: op.label,
          medianMs: m,
          minMs: Math.min(...(op.samples as number[])),
          maxMs: Math.max(...(op.samples as number[])),
          mbPerSec: mbs,
          xJsonParse: m / parse,
          baseline: op.baseline ?? "parse",
          xBaseline: m / (op.baseline === "stringify" ? med("stringify") : parse),
          iterationsPerRound: op.iterations,
          samplesMs: op.samples,
        };
      }
      payloadJson.push({ name: c.name, bytes: c.bytes, ops: opsJson });
      const lines = c.name.includes("NDJSON");
      const tiny =
        med("ajv") < 0.001
          ? "both validators under 1 µs: strings are not scanned, the ratio is of overheads"
          : undefined;
      goals.push(
        {
          payload: c.name,
          ratio: "safeParse / ajv",
          value: med("safeParse") / med("ajv"),
          paired: paired("safeParse", "ajv"),
          ofMins: mins("safeParse", "ajv"),
          goal: 1.0,
          met: false,
          note: tiny,
        },
        {
          payload: c.name,
          ratio: "safeParse precompiled / ajv",
          value: med("safeParsePre") / med("ajv"),
          paired: paired("safeParsePre", "ajv"),
          ofMins: mins("safeParsePre", "ajv"),
          goal: 1.0,
          met: false,
          note: tiny,
        },
        {
          payload: c.name,
          ratio: lines ? "decodeJsonLines / JSON.parse per line" : "decodeJson / JSON.parse",
          value: med("decode") / parse,
          paired: paired("decode", "parse"),
          ofMins: mins("decode", "parse"),
          goal: 1.5,
          met: false,
        },
        {
          payload: c.name,
          ratio: "encodeJson / JSON.stringify",
          value: med("encode") / med("stringify"),
          paired: paired("encode", "stringify"),
          ofMins: mins("encode", "stringify"),
          goal: 1.5,
          met: false,
        },
      );
      if (lines) {
        goals.push({
          payload: c.name,
          ratio: "decodeJsonLines(bytes) / JSON.parse per line",
          value: med("decodeBytes") / parse,
          paired: paired("decodeBytes", "parse"),
          ofMins: mins("decodeBytes", "parse"),
          goal: 1.5,
          met: false,
        });
      }
    }
    const sections = [
      "",
      "Speed (median ms per operation; MB/s of wire text; × = multiple of JSON.parse of the same text, or of JSON.stringify of the same value)",
      table(["payload", "operation", "median ms", "min ms", "MB/s", "× baseline"], speedRows, [
        false,
        false,
        true,
        true,
        true,
        true,
      ]),
    ];
    const peers = peersTable(cases);
    sections.push(
      "",
      "Against the peers (ratio of medians, same process and rounds): reading end to end × JSON.parse, writing × JSON.stringify, validating a parsed value × ajv",
      peers.text,
    );
    void sink;
    return { sections, goals, json: { payloads: payloadJson, peers: peers.json } };
  },
};
