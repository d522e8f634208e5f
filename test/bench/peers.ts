/**
 * What a user would pick instead of fleetwire, measured in the same process
 * and rounds as fleetwire's own paths, on the same text:
 *
 * - reading, end to end (text in, validated value out), as a multiple of
 *   `JSON.parse` of that text: `JSON.parse` + ajv on fleetwire's committed
 *   schema (lossy: a u128 beyond 2^53 is rounded and ajv cannot tell),
 *   `JSON.parse` + the exported zod schema, lossless-json + zod, json-bigint + zod;
 * - writing, as a multiple of `JSON.stringify` of the same value:
 *   fast-json-stringify compiled from fleetwire's committed schema (it
 *   leaves out `null` Options, where serde writes `null`: less work, fewer bytes).
 *
 * Each peer is checked once before timing: it must accept the payload (and
 * fast-json-stringify must write text that `JSON.parse` reads back as the
 * same value), so no peer is timed on a shortcut such as an early rejection.
 */
import type { ValidateFunction } from "ajv";
import fastJson from "fast-json-stringify";
import JSONbig from "json-bigint";
import { isInteger, isSafeNumber, parse as losslessParse } from "lossless-json";
import type { z } from "zod";
import { classicUnions } from "../../src/json-schema/union-layout.js";
import { committedSchemas, dateTime, FORMATS } from "../json-schema/ajv.js";

/** How an operation's time is reported: against JSON.parse of the text, or JSON.stringify of the value. */
export type Baseline = "parse" | "stringify";

export interface PeerOp {
  readonly key: string;
  readonly label: string;
  readonly baseline: Baseline;
  readonly run: () => unknown;
}

/** Integers beyond 2^53 as bigint (what fleetwire's u128 accepts), everything else as a number. */
const losslessNumber = (token: string): number | bigint =>
  isInteger(token) && !isSafeNumber(token) ? BigInt(token) : Number(token);

const jsonBigint = JSONbig({ useNativeBigInt: true });

const BASE = "https://fleetwire.dev/schemas/";

let fjsRefs: Record<string, unknown> | undefined;

/** fast-json-stringify for a committed per-type schema, or for an array of it. */
export function fastJsonStringify(typeName: string, array = false): (value: unknown) => string {
  if (fjsRefs === undefined) {
    fjsRefs = {};
    // Tagged unions as oneOf + discriminator: fast-json-stringify cannot merge the
    // tag-selecting if/then layout the published schemas use for better errors.
    for (const [file, schema] of Object.entries(committedSchemas()))
      if (file !== "index.json" && file !== "fleetwire.schema.json")
        fjsRefs[`${BASE}${file}`] = classicUnions(schema);
  }
  const own = fjsRefs[`${BASE}${typeName}.json`];
  if (own === undefined) throw new Error(`no committed schema for ${typeName}`);
  const schema = array ? { type: "array", items: { $ref: `${BASE}${typeName}.json` } } : own;
  // The schemars formats registered, as for ajv (fast-json-stringify validates anyOf/if branches with ajv).
  const formats: Record<string, unknown> = { "date-time": { type: "string", validate: dateTime } };
  for (const [name, validate] of Object.entries(FORMATS)) formats[name] = { type: "number", validate };
  return fastJson(schema as never, { schema: fjsRefs as never, ajv: { formats } as never }) as (
    value: unknown,
  ) => string;
}

function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(`bench peer check failed: ${message()}`);
}

/**
 * fast-json-stringify may leave out a `null` Option (serde writes `null`), so
 * its output is held to what the schema allows, not to JSON.stringify's bytes.
 */
const writesValid = (validate: ValidateFunction, text: string) => validate(JSON.parse(text)) === true;

export interface DocumentPeerInput {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly validate: ValidateFunction;
  /** The wire text. */
  readonly text: string;
  /** Text every lossy peer can read without rounding (DashboardState: µs nanos), for plain zod. */
  readonly safeText: string;
  /** `JSON.parse(text)`: what JSON.stringify and fast-json-stringify write. */
  readonly parsed: unknown;
  readonly stringify: (value: unknown) => string;
}

/** The peers of one JSON document. */
export function documentPeers(p: DocumentPeerInput): PeerOp[] {
  const { schema, validate, text, safeText } = p;
  const zodOk = (value: unknown) => schema.safeParse(value).success;
  check(validate(JSON.parse(text)) === true, () => `${p.name}: JSON.parse + ajv rejects the payload`);
  check(zodOk(JSON.parse(safeText)), () => `${p.name}: JSON.parse + zod rejects the payload`);
  check(zodOk(losslessParse(text, null, losslessNumber)), () => `${p.name}: lossless-json + zod rejects`);
  check(zodOk(jsonBigint.parse(text)), () => `${p.name}: json-bigint + zod rejects`);
  check(
    writesValid(validate, p.stringify(p.parsed)),
    () => `${p.name}: fast-json-stringify writes invalid JSON`,
  );
  const unsafe = safeText !== text;
  return [
    {
      key: "peerAjv",
      label: "JSON.parse + ajv (lossy)",
      baseline: "parse",
      run: () => validate(JSON.parse(text)),
    },
    {
      key: "peerZod",
      label: `JSON.parse + zod Schema.safeParse${unsafe ? " (µs-nanos text)" : ""}`,
      baseline: "parse",
      run: () => schema.safeParse(JSON.parse(safeText)),
    },
    {
      key: "peerLossless",
      label: "lossless-json parse + zod",
      baseline: "parse",
      run: () => schema.safeParse(losslessParse(text, null, losslessNumber)),
    },
    {
      key: "peerJsonBigint",
      label: "json-bigint parse + zod",
      baseline: "parse",
      run: () => schema.safeParse(jsonBigint.parse(text)),
    },
    {
      key: "peerFjs",
      label: "fast-json-stringify(parsed)",
      baseline: "stringify",
      run: () => p.stringify(p.parsed),
    },
  ];
}

export interface LinePeerInput {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly validate: ValidateFunction;
  readonly ndjson: string;
  /** `JSON.parse` of every line. */
  readonly parsed: readonly unknown[];
  readonly stringify: (value: unknown) => string;
}

/** Each line of an NDJSON text, cut as the JSON.parse baseline cuts it. */
function eachLine(ndjson: string, read: (line: string) => boolean): number {
  let n = 0;
  let start = 0;
  for (;;) {
    const end = ndjson.indexOf("\n", start);
    if (end === -1) break;
    if (read(ndjson.slice(start, end))) n++;
    start = end + 1;
  }
  return n;
}

/** The peers of an NDJSON text, per line. */
export function linePeers(p: LinePeerInput): PeerOp[] {
  const { schema, validate, ndjson, parsed } = p;
  const lines = parsed.length;
  const ops: PeerOp[] = [
    {
      key: "peerAjv",
      label: "JSON.parse + ajv per line (lossy)",
      baseline: "parse",
      run: () => eachLine(ndjson, (line) => validate(JSON.parse(line)) === true),
    },
    {
      key: "peerZod",
      label: "JSON.parse + zod per line",
      baseline: "parse",
      run: () => eachLine(ndjson, (line) => schema.safeParse(JSON.parse(line)).success),
    },
    {
      key: "peerLossless",
      label: "lossless-json + zod per line",
      baseline: "parse",
      run: () =>
        eachLine(ndjson, (line) => schema.safeParse(losslessParse(line, null, losslessNumber)).success),
    },
    {
      key: "peerJsonBigint",
      label: "json-bigint + zod per line",
      baseline: "parse",
      run: () => eachLine(ndjson, (line) => schema.safeParse(jsonBigint.parse(line)).success),
    },
    {
      key: "peerFjs",
      label: "fast-json-stringify per element",
      baseline: "stringify",
      run: () => parsed.map((v) => p.stringify(v)).join("\n"),
    },
  ];
  for (const op of ops.slice(0, 4))
    check(op.run() === lines, () => `${p.name}: ${op.label} does not accept every line`);
  check(
    writesValid(validate, p.stringify(parsed[0])),
    () => `${p.name}: fast-json-stringify writes invalid JSON`,
  );
  return ops;
}

// ---------------------------------------------------------------- the peers table

export interface MeasuredCase {
  readonly name: string;
  readonly ops: readonly { readonly key: string; readonly samples?: number[] }[];
}

/** The columns of the peers table: [op key, header, baseline]. */
const COLUMNS: readonly (readonly [string, string, Baseline | "ajv"])[] = [
  ["decode", "fleetwire decode", "parse"],
  ["peerAjv", "parse+ajv", "parse"],
  ["peerZod", "parse+zod", "parse"],
  ["peerLossless", "lossless+zod", "parse"],
  ["peerJsonBigint", "json-bigint+zod", "parse"],
  ["encode", "fleetwire encode", "stringify"],
  ["encodeDecoded", "fleetwire encode (decoded)", "stringify"],
  ["peerFjs", "fast-json-stringify", "stringify"],
  ["safeParse", "Schema.safeParse", "ajv"],
  ["safeParsePre", "Schema.safeParse, precompiled", "ajv"],
];

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * One line per payload: reading columns × JSON.parse, writing columns ×
 * JSON.stringify, validation columns × ajv (on an already parsed value).
 */
export function peersTable(cases: readonly MeasuredCase[]): { text: string; json: unknown[] } {
  const header = ["payload", ...COLUMNS.map(([, h, base]) => `${h} ×${base === "ajv" ? "ajv" : base}`)];
  const rows: string[][] = [];
  const json: unknown[] = [];
  for (const c of cases) {
    const med = (key: string) => {
      const samples = c.ops.find((o) => o.key === key)?.samples;
      return samples === undefined || samples.length === 0 ? Number.NaN : median(samples);
    };
    const ratios: Record<string, number> = {};
    for (const [key, , base] of COLUMNS) ratios[key] = med(key) / med(base);
    rows.push([c.name, ...COLUMNS.map(([key]) => `${(ratios[key] as number).toFixed(2)}×`)]);
    json.push({ payload: c.name, ratios });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)));
  const text = [
    line(header).join("  "),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((r) => line(r).join("  ")),
  ].join("\n");
  return { text, json };
}
