/**
 * The committed serde corpus, replayed without Rust: every golden line
 * decodes and re-encodes to serde's bytes; every mutation gets serde's
 * verdict (and serde's bytes when accepted), or is stricter where a Decision
 * says so. `npm run conformance` repeats this live against the Rust oracle.
 */
import { describe, expect, test } from "vitest";
import { wireTypeNames } from "../../src/registry.js";
import { compareGolden, compareMutations, emptyTally } from "./compare.js";
import { corpusDecisions, type DecisionId } from "../support/rules.js";
import { GOLDEN_COUNT, readMutations, readValid } from "./fixtures.js";

describe.each(wireTypeNames)("%s", (type) => {
  test(`${GOLDEN_COUNT} golden serde lines re-encode byte for byte`, () => {
    const tally = emptyTally();
    const lines = readValid(type);
    expect(lines.length).toBeGreaterThanOrEqual(50);
    compareGolden(type, lines, tally);
    expect(tally.problems).toEqual([]);
    expect(tally.byteIdentical).toBe(lines.length);
  });

  test("mutations get serde's verdict, or a Decision's stricter one", () => {
    const tally = emptyTally();
    const records = readMutations(type);
    expect(records.length).toBeGreaterThan(0);
    compareMutations(type, records, tally);
    expect(tally.problems).toEqual([]);
    expect(tally.agreeing + tally.decisionDifferences).toBe(records.length);
  });
});

test("the corpus has both verdicts and exercises every Decision", () => {
  let accepted = 0;
  let rejected = 0;
  const byDecision: Partial<Record<DecisionId, number>> = {};
  for (const type of wireTypeNames) {
    for (const record of readMutations(type)) {
      if (record.serde === "accept") accepted++;
      else rejected++;
    }
    const tally = emptyTally();
    compareMutations(type, readMutations(type), tally);
    for (const [id, count] of Object.entries(tally.byDecision)) {
      byDecision[id as DecisionId] = (byDecision[id as DecisionId] ?? 0) + count;
    }
  }
  expect(accepted).toBeGreaterThan(1000);
  expect(rejected).toBeGreaterThan(1000);
  for (const id of corpusDecisions) expect(byDecision[id], id).toBeGreaterThan(0);
});
