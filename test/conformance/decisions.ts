/**
 * The places where fleetwire is deliberately stricter than serde
 * (WIRE-RULES.md, "Decision"). A mutation that probes one names it; a verdict
 * difference is allowed only there, and only in the stricter direction.
 */
export const decisions = {
  closedStructs: "rule 5: unknown fields are an error on Runner, RunnerUiError and RunnerCrash",
  u64AboveSafe: "rule 7: u64/usize above 2^53−1 are refused (a JS number cannot hold them exactly)",
  f32Infinite: "rule 8: an f32 whose rounding is infinite is refused",
  timestampShape:
    "rule 9: timestamps outside RFC 3339 as fleetwire reads it are refused (chrono 0.4.23 takes oddities)",
  valueIntegerRange:
    "rule 12 + no silent rounding: an integer outside −2^63..2^64−1 in a JSON value is refused, not rounded",
  depthEverywhere:
    "rule 12 + stack safety: the 127-level limit holds for the whole document, also inside a field serde ignores (serde skips those without a limit)",
  positionalStruct: "rule 13: a struct given as a positional array is refused",
  externalUnitVariant: 'rule 13: a unit variant given as {"Variant": null} is refused',
} as const;

export type DecisionId = keyof typeof decisions;
