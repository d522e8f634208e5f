/**
 * wireCodec (issue 13): the zod codec's decode and encode beside decodeJson
 * and encodeJson on the same payloads, and beside what a codec built the
 * obvious way would cost (decodeJson, then the contract run again by zod:
 * `compiledSchema(T).safeParse` of the decoded value). The codec validates
 * once, inside decodeJson, so its decode should cost decodeJson plus zod's
 * small per-call overhead. Same method as the speed group: rounds with a
 * rotating order, medians of the time per iteration.
 */
import type { z } from "zod";
import { decodeJson, encodeJson } from "../../src/codec/index.js";
import { DashboardStateSchema } from "../../src/contracts/dashboard.js";
import { FleetRunSchema } from "../../src/contracts/fleet.js";
import { JobTailReplySchema } from "../../src/contracts/jobtail.js";
import { compiledSchema } from "../../src/registry.js";
import { wireCodec } from "../../src/zod-codec/index.js";
import { buildPayloads, RunnerVecSchema } from "./payloads.js";
import { fmtMs, fmtX, table } from "./report.js";
import { type BenchGroup, check, log, measureRounds, median } from "./setup.js";

interface CodecOp {
  readonly label: string;
  readonly run: () => unknown;
  iterations: number;
  samples: number[];
}

function opsFor(schema: z.ZodType, text: string, value: unknown): CodecOp[] {
  const codec = wireCodec(schema);
  const compiled = compiledSchema(schema);
  check(
    codec.encode(codec.decode(text)) === encodeJson(schema, decodeJson(schema, text) as never),
    () => "wireCodec.decode differs from decodeJson",
  );
  check(codec.encode(value as never) === text, () => "wireCodec.encode is not the payload text");
  const op = (label: string, run: () => unknown): CodecOp => ({ label, run, iterations: 1, samples: [] });
  return [
    op("JSON.parse(text)", () => JSON.parse(text)),
    op("decodeJson(text)", () => decodeJson(schema, text)),
    op("wireCodec(T).decode(text)", () => codec.decode(text)),
    op("decodeJson, then compiledSchema(T).safeParse again", () =>
      compiled.safeParse(decodeJson(schema, text)),
    ),
    op("encodeJson(value)", () => encodeJson(schema, value as never)),
    op("wireCodec(T).encode(value)", () => codec.encode(value as never)),
  ];
}

export const codecGroup: BenchGroup = {
  name: "codec",
  needsDist: false,
  run() {
    const p = buildPayloads();
    const cases: [string, CodecOp[]][] = [
      ["DashboardState", opsFor(DashboardStateSchema, p.dashboard.text, p.dashboard.value)],
      ["FleetRun", opsFor(FleetRunSchema, p.fleetRun.text, p.fleetRun.value)],
      ["JobTailReply 1 MB", opsFor(JobTailReplySchema, p.jobTail.text, p.jobTail.value)],
      ["Runner ×1000 array", opsFor(RunnerVecSchema, p.runners.text, p.runners.values)],
    ];
    const rows: string[][] = [];
    const json: Record<string, Record<string, number>> = {};
    for (const [name, ops] of cases) {
      const t0 = performance.now();
      measureRounds(ops);
      log(`measured wireCodec on ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      const parse = median((ops[0] as CodecOp).samples);
      const decode = median((ops[1] as CodecOp).samples);
      json[name] = {};
      for (const op of ops) {
        const m = median(op.samples);
        rows.push([name, op.label, fmtMs(m), fmtX(m / parse), fmtX(m / decode)]);
        (json[name] as Record<string, number>)[op.label] = m;
      }
    }
    return {
      sections: [
        "",
        "wireCodec (zod codec of JSON text) beside decodeJson/encodeJson: validated once, not twice",
        table(["payload", "operation", "median ms", "× JSON.parse", "× decodeJson"], rows, [
          false,
          false,
          true,
          true,
          true,
        ]),
      ],
      goals: [],
      json: { wireCodec: json },
    };
  },
};
