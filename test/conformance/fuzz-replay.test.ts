/**
 * The committed fuzz corpus, replayed without Rust: kind swaps of a golden
 * line of every type (every object and array replaced by each JSON kind) and
 * seeded grammar mutations, each with real serde's verdict. fleetwire agrees,
 * or is stricter by a named Decision. `npm run conformance` runs a fresh seed
 * against the live oracle.
 */
import { describe, expect, test } from "vitest";
import { wireTypeNames } from "../../src/registry.js";
import { readFuzz } from "./fuzz-corpus.js";
import { compareFuzz, emptyFuzzTally } from "./fuzz.js";

describe.each(wireTypeNames)("%s", (type) => {
  test("kind swaps and grammar mutations get serde's verdict, or a Decision's stricter one", () => {
    const tally = emptyFuzzTally();
    const records = readFuzz(type);
    expect(records.filter((r) => r.name.startsWith("swap@")).length).toBeGreaterThanOrEqual(11);
    compareFuzz(type, records, tally);
    expect(tally.problems).toEqual([]);
  });
});

test("the fuzz corpus swaps the root of every type for a float, and serde refuses each", () => {
  for (const type of wireTypeNames) {
    const swaps = readFuzz(type).filter((r) => r.name === "swap@0 1.0");
    expect(swaps.length, type).toBe(1);
    expect(swaps[0]?.serde, type).toBe("reject");
  }
});
