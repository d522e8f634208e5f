/**
 * The committed fuzz corpus (test/fixtures/<Type>/fuzz.ndjson): the fixed-seed
 * fuzz cases of every type with real serde's verdicts, replayed by `npm test`
 * without Rust. `npm run fuzz:fixtures` writes it; `--check` fails when serde's
 * verdicts or the cases changed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { wireTypeNames } from "../../src/registry.js";
import { fixturesRoot, readValid } from "./fixtures.js";
import { type FuzzCase, type FuzzRecord, fuzzCases } from "./fuzz.js";
import { check } from "./oracle.js";

export const FUZZ_SEED = 20261130;
/** Grammar mutations per type in the committed corpus (the kind swaps of one golden line come first). */
export const FUZZ_MUTATIONS = 40;

export const fuzzPath = (type: string) => `${fixturesRoot}${type}/fuzz.ndjson`;

/** The shortest golden line: all its kind swaps, kept small. */
export function swapLineOf(lines: readonly string[]): string {
  return lines.reduce((a, b) => (b.length < a.length ? b : a));
}

export function readFuzz(type: string): FuzzRecord[] {
  const path = fuzzPath(type);
  if (!existsSync(path)) throw new Error(`missing fixture ${path}: run npm run fuzz:fixtures`);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as FuzzRecord);
}

/** serde's verdict on each case. */
export function judge(type: string, cases: readonly FuzzCase[]): FuzzRecord[] {
  const verdicts = check(
    type,
    cases.map((c) => c.input),
  );
  return cases.map((c, i) => {
    const verdict = verdicts[i]!;
    return verdict.accept
      ? { name: c.name, input: c.input, serde: "accept", output: verdict.output }
      : { name: c.name, input: c.input, serde: "reject" };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const checkOnly = process.argv.includes("--check");
  let stale = 0;
  let total = 0;
  for (const type of wireTypeNames) {
    const lines = readValid(type);
    const records = judge(type, fuzzCases([swapLineOf(lines)], lines, FUZZ_SEED, FUZZ_MUTATIONS));
    total += records.length;
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join("");
    if (checkOnly) {
      if (!existsSync(fuzzPath(type)) || readFileSync(fuzzPath(type), "utf8") !== text) {
        console.error(`${type}: fuzz corpus out of date (run npm run fuzz:fixtures)`);
        stale++;
      }
    } else writeFileSync(fuzzPath(type), text);
  }
  console.log(
    `fuzz corpus: ${total} cases over ${wireTypeNames.length} types${checkOnly ? ", checked" : ", written"}`,
  );
  if (stale > 0) process.exit(1);
}
