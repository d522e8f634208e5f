/**
 * The live differential run against real serde: `npm run conformance`.
 *
 * - serde → fleetwire: committed and freshly generated golden lines decode and
 *   re-encode to serde's bytes;
 * - the committed mutation verdicts still match serde, and fleetwire agrees
 *   with them (or is stricter where a Decision says so);
 * - fleetwire → serde: values drawn from the schemas (seeded) are encoded by
 *   fleetwire; serde must accept each and write the same bytes back;
 * - floats (./floats.ts): random f32s and f64s written by fleetwire, which
 *   serde must write back byte for byte, and hard decimal texts both read.
 *
 * Prints a per-type table and exits non-zero on any disagreement.
 */
import fc from "fast-check";
import { encodeJson } from "../../src/codec/index.js";
import { wireTypeNames } from "../../src/registry.js";
import { arbitraryForType } from "../support/arbitraries.js";
import { compareGolden, compareMutations, emptyTally, type Tally } from "./compare.js";
import { cite, corpusDecisions, decisionRules } from "../support/rules.js";
import { readMutations, readValid } from "./fixtures.js";
import { check, generate } from "./oracle.js";
import { compareFuzz, emptyFuzzTally, fuzzCases } from "./fuzz.js";
import { FUZZ_MUTATIONS, judge, readFuzz, swapLineOf } from "./fuzz-corpus.js";

// A fresh fuzz seed per run (printed, so a failure can be replayed with FLEETWIRE_FUZZ_SEED).
const FUZZ_FRESH_SEED = Number(process.env.FLEETWIRE_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FUZZ_FRESH_MUTATIONS = 200;
console.log(`fuzz: fresh seed ${FUZZ_FRESH_SEED} (replay with FLEETWIRE_FUZZ_SEED=${FUZZ_FRESH_SEED})`);
const fuzzCommitted = emptyFuzzTally();
const fuzzFresh = emptyFuzzTally();
import { reportUnknownFields } from "./unknown-fields-run.js";
import { compareFloatReading, compareFloats } from "./floats.js";

const FRESH_GOLDEN = 200;
const FRESH_SEED = 7;
const FROM_TYPESCRIPT = 100;
const TYPESCRIPT_SEED = 20261123;

interface Row extends Tally {
  type: string;
  fromTypeScript: number;
  fromTypeScriptIdentical: number;
}

const rows: Row[] = [];
for (const type of wireTypeNames) {
  const row: Row = { ...emptyTally(), type, fromTypeScript: 0, fromTypeScriptIdentical: 0 };

  compareGolden(type, readValid(type), row);
  compareGolden(type, generate(type, FRESH_GOLDEN, FRESH_SEED), row);

  const records = readMutations(type);
  const live = check(
    type,
    records.map((r) => r.input),
  );
  records.forEach((record, i) => {
    const verdict = live[i]!;
    const same = verdict.accept
      ? record.serde === "accept" && record.output === verdict.output
      : record.serde === "reject";
    if (!same)
      row.problems.push(`fixture out of date (run npm run fixtures): ${cite(record.rule)} / ${record.name}`);
  });
  compareMutations(type, records, row);

  // Fuzz: the committed corpus against live serde, then a fresh seed (kind swaps of 3 more golden lines).
  const committed = readFuzz(type);
  const liveFuzz = judge(type, committed);
  liveFuzz.forEach((verdict, i) => {
    const record = committed[i]!;
    if (verdict.serde !== record.serde || verdict.output !== record.output)
      row.problems.push(`fuzz corpus out of date (run npm run fuzz:fixtures): ${record.name}`);
  });
  const before = fuzzCommitted.problems.length + fuzzFresh.problems.length;
  compareFuzz(type, committed, fuzzCommitted);
  const golden = readValid(type);
  const swapLines = [0, 1, 2].map((k) => golden[(FUZZ_FRESH_SEED + k * 17) % golden.length]!);
  const fresh = judge(type, fuzzCases(swapLines, golden, FUZZ_FRESH_SEED, FUZZ_FRESH_MUTATIONS));
  compareFuzz(type, fresh, fuzzFresh);
  for (const p of [...fuzzCommitted.problems, ...fuzzFresh.problems].slice(before))
    if (row.problems.length < 40) row.problems.push(`fuzz: ${p}`);

  const values = fc.sample(arbitraryForType(type), { seed: TYPESCRIPT_SEED, numRuns: FROM_TYPESCRIPT });
  const encoded = values.map((value) => encodeJson(type, value as never));
  check(type, encoded).forEach((verdict, i) => {
    row.fromTypeScript++;
    if (verdict.accept && verdict.output === encoded[i]) row.fromTypeScriptIdentical++;
    else if (row.problems.length < 20) {
      const seen = verdict.accept
        ? `serde wrote ${verdict.output.slice(0, 200)}`
        : `serde rejected: ${verdict.error}`;
      row.problems.push(`fleetwire → serde: ${encoded[i]!.slice(0, 200)}\n    ${seen}`);
    }
  });
  rows.push(row);
}

const header =
  "| type | golden | byte-identical | mutations | same verdict | Decision | TS → serde | identical | disagreements |";
console.log(header);
console.log(header.replace(/[^|]+/g, " --- "));
const sum = (pick: (r: Row) => number) => rows.reduce((total, r) => total + pick(r), 0);
for (const r of rows) {
  console.log(
    `| ${r.type} | ${r.golden} | ${r.byteIdentical} | ${r.mutations} | ${r.agreeing} | ${r.decisionDifferences} | ${r.fromTypeScript} | ${r.fromTypeScriptIdentical} | ${r.problems.length} |`,
  );
}
console.log(
  `| **all ${rows.length}** | ${sum((r) => r.golden)} | ${sum((r) => r.byteIdentical)} | ${sum((r) => r.mutations)} | ${sum((r) => r.agreeing)} | ${sum((r) => r.decisionDifferences)} | ${sum((r) => r.fromTypeScript)} | ${sum((r) => r.fromTypeScriptIdentical)} | ${sum((r) => r.problems.length)} |`,
);

console.log("\nWhere fleetwire is stricter than serde, by Decision (cases in the mutation corpus):");
for (const id of corpusDecisions) {
  const count = sum((r) => r.byDecision[id] ?? 0);
  console.log(`  ${String(count).padStart(5)}  ${cite(id)}: ${decisionRules[id].text}`);
}

console.log("\nDifferential fuzzing (kind swaps of every object and array, grammar mutations):");
for (const [label, tally] of [
  ["committed corpus (seed fixed)", fuzzCommitted],
  [`fresh seed ${FUZZ_FRESH_SEED}`, fuzzFresh],
] as const) {
  const decisions = Object.entries(tally.byDecision)
    .map(([id, n]) => `${id} ${n}`)
    .join(", ");
  console.log(
    `  ${label}: ${tally.cases} cases, serde accepts ${tally.accepted}, same verdict ${tally.agreeing}, stricter by Decision ${tally.cases - tally.agreeing - tally.problems.length}${decisions ? ` (${decisions})` : ""}, disagreements ${tally.problems.length}`,
  );
}
void FUZZ_MUTATIONS;
void swapLineOf;
const unknownFieldsFailing = reportUnknownFields(FRESH_SEED);

const written = compareFloats(FUZZ_FRESH_SEED);
const read = compareFloatReading(FUZZ_FRESH_SEED);
const floats = { problems: [...written.problems, ...read.problems] };
console.log(
  `\nFloats (f32 and f64, seed ${FUZZ_FRESH_SEED}): ${written.compared} written from random bit patterns and decimal values, ${written.problems.length} disagreements; ${read.compared} hard decimal texts read (midpoints, 25 digits), ${read.problems.length} disagreements`,
);
for (const p of floats.problems) console.error(`  ${p}`);

const failing = rows.filter((r) => r.problems.length > 0);
for (const r of failing) console.error(`\n${r.type}:\n  ${r.problems.join("\n  ")}`);
if (failing.length > 0 || unknownFieldsFailing > 0 || floats.problems.length > 0) {
  console.error(
    `\nconformance: ${failing.length + unknownFieldsFailing} type(s) and ${floats.problems.length} float(s) disagree with serde`,
  );
  process.exit(1);
}
console.log(`\nconformance: ${rows.length} types, 0 disagreements with serde`);
