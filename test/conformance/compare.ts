/**
 * fleetwire against serde's verdicts: the one comparison used by the fast
 * replay test (committed fixtures) and the live differential run.
 */
import { encodeJson, safeDecodeJson } from "../../src/codec/index.js";
import type { WireTypeName } from "../../src/registry.js";
import type { DecisionId } from "../support/rules.js";
import type { MutationRecord } from "./fixtures.js";

export interface Tally {
  golden: number;
  byteIdentical: number;
  mutations: number;
  agreeing: number;
  decisionDifferences: number;
  byDecision: Partial<Record<DecisionId, number>>;
  problems: string[];
}

export const emptyTally = (): Tally => ({
  golden: 0,
  byteIdentical: 0,
  mutations: 0,
  agreeing: 0,
  decisionDifferences: 0,
  byDecision: {},
  problems: [],
});

const MAX_PROBLEMS = 20;
const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

function problem(tally: Tally, text: string): void {
  if (tally.problems.length < MAX_PROBLEMS) tally.problems.push(clip(text));
  else if (tally.problems.length === MAX_PROBLEMS) tally.problems.push("…");
}

/** serde's output decodes and re-encodes to the same bytes. */
export function compareGolden(type: WireTypeName, lines: readonly string[], tally: Tally): void {
  for (const line of lines) {
    tally.golden++;
    const result = safeDecodeJson(type, line);
    if (!result.ok) {
      problem(tally, `golden rejected: ${result.error.message} in ${line}`);
      continue;
    }
    const again = encodeJson(type, result.value as never);
    if (again === line) tally.byteIdentical++;
    else
      problem(tally, `re-encoded differently:\n    serde:     ${clip(line)}\n    fleetwire: ${clip(again)}`);
  }
}

/** Same verdict as serde, or stricter where a Decision says so; same bytes when both accept. */
export function compareMutations(type: WireTypeName, records: readonly MutationRecord[], tally: Tally): void {
  for (const record of records) {
    tally.mutations++;
    const result = safeDecodeJson(type, record.input);
    const label = `${record.rule} / ${record.name}`;
    if (result.ok && record.serde === "accept") {
      const bytes = encodeJson(type, result.value as never);
      if (bytes === record.output) tally.agreeing++;
      else
        problem(
          tally,
          `${label}: both accept, output differs\n    serde:     ${clip(record.output ?? "")}\n    fleetwire: ${clip(bytes)}\n    input:     ${clip(record.input)}`,
        );
    } else if (!result.ok && record.serde === "reject") {
      tally.agreeing++;
    } else if (!result.ok && record.decision !== undefined) {
      tally.decisionDifferences++;
      tally.byDecision[record.decision] = (tally.byDecision[record.decision] ?? 0) + 1;
    } else {
      const ours = result.ok ? "accepts" : `rejects (${result.error.message})`;
      problem(
        tally,
        `${label}: serde ${record.serde}s${record.error ? ` (${record.error})` : ""}, fleetwire ${ours}\n    input: ${clip(record.input)}`,
      );
    }
  }
}
