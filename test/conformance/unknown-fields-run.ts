/**
 * The live unknown-fields part of `npm run conformance`: the committed golden
 * lines and fresh ones, an unknown key inserted at every object, serde's
 * results from the oracle (serde_ignored and probes) against fleetwire's
 * "report", "reject" and "drop". Prints a table; returns the number of types that disagree.
 */
import { wireTypeNames } from "../../src/registry.js";
import { readValid } from "./fixtures.js";
import { generate } from "./oracle.js";
import {
  compareUnknownFields,
  emptyUnknownFieldsTally,
  type UnknownFieldsTally,
  unknownFieldCases,
} from "./unknown-fields.js";

const FRESH_LINES = 20;

export function reportUnknownFields(seed: number): number {
  const rows: (UnknownFieldsTally & { type: string })[] = [];
  for (const type of wireTypeNames) {
    const tally = emptyUnknownFieldsTally();
    const lines = [...readValid(type), ...generate(type, FRESH_LINES, seed)];
    compareUnknownFields(type, unknownFieldCases(type, lines), tally);
    if (tally.documents > 0) rows.push({ type, ...tally });
  }
  const header =
    "| type | documents | serde accepts | with unknown | keys serde ignored | seen by serde_ignored | serde_ignored cannot read (u128) | report exact | reject exact | drop = serde | disagreements |";
  console.log(`\nUnknown fields: an unknown key at every object of the golden lines\n\n${header}`);
  console.log(header.replace(/[^|]+/g, " --- "));
  const cells = (r: UnknownFieldsTally) =>
    [
      r.documents,
      r.serdeAccepted,
      r.withUnknown,
      r.ignoredKeys,
      r.seenBySerdeIgnored,
      r.serdeIgnoredUnreadable,
      r.reportAgrees,
      r.rejectAgrees,
      r.dropIdentical,
      r.problems.length,
    ].join(" | ");
  for (const r of rows) console.log(`| ${r.type} | ${cells(r)} |`);
  const total = emptyUnknownFieldsTally();
  for (const r of rows)
    for (const key of Object.keys(total) as (keyof UnknownFieldsTally)[])
      if (key === "problems") total.problems.push(...r.problems);
      else total[key] += r[key];
  console.log(`| **all ${rows.length}** | ${cells(total)} |`);
  const failing = rows.filter((r) => r.problems.length > 0);
  for (const r of failing) console.error(`\n${r.type} (unknown fields):\n  ${r.problems.join("\n  ")}`);
  return failing.length;
}
