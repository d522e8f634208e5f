/**
 * The committed unknown-field cases, replayed without Rust: golden lines with
 * an unknown key at every object, and serde's results recorded by the oracle
 * (`npm run fixtures`; `npm run conformance` repeats this live on more lines).
 * "report" lists exactly the keys serde ignored, "reject" refuses exactly the
 * documents that have any, "drop" reads what serde reads.
 */
import { describe, expect, test } from "vitest";
import { wireTypeNames, wireTypes } from "../../src/registry.js";
import type { AnySchema } from "../../src/serde/meta.js";
import { cite } from "../support/rules.js";
import { readUnknownFieldCases } from "./fixtures.js";
import { compareUnknownFields, emptyUnknownFieldsTally, insideTaggedEnum } from "./unknown-fields.js";

const typesWithObjects = wireTypeNames.filter((type) => readUnknownFieldCases(type).length > 0);

describe.each(typesWithObjects)("%s", (type) => {
  test(cite("R5", "report, reject and drop agree with serde on every case"), () => {
    const cases = readUnknownFieldCases(type);
    const tally = emptyUnknownFieldsTally();
    compareUnknownFields(type, cases, tally);
    expect(tally.problems).toEqual([]);
    expect(tally.reportAgrees).toBe(cases.length);
    expect(tally.rejectAgrees).toBe(cases.length);
    expect(tally.dropIdentical).toBe(cases.length);
  });
});

test("the cases cover every place an unknown key can sit", () => {
  const all = wireTypeNames.flatMap((type) => readUnknownFieldCases(type).map((c) => ({ type, ...c })));
  const ignoredAt = (type: string, pattern: RegExp) =>
    all.filter((c) => c.type === type && c.ignored?.some((path) => pattern.test(path))).length;
  expect(typesWithObjects.length).toBeGreaterThanOrEqual(30);
  // At the root, and in nested structs.
  expect(ignoredAt("FleetRun", /^zz_newer_field$/)).toBeGreaterThan(0);
  expect(ignoredAt("FleetRun", /^task_specs\[\d+\]\.retry_policy\.zz_newer_field$/)).toBeGreaterThan(0);
  // Inside a tagged variant (serde_ignored cannot see there; the probes can).
  expect(ignoredAt("FleetTaskSpec", /^scorer\.zz_newer_field$/)).toBeGreaterThan(0);
  expect(ignoredAt("FleetWorkerSpec", /^host\.zz_newer_field$/)).toBeGreaterThan(0);
  // In the flattened FleetWorkerEvent: beside the envelope's fields and the payload's.
  expect(ignoredAt("FleetWorkerEvent", /^zz_newer_field$/)).toBeGreaterThan(0);
  // The closed Runner family, in a nested closed struct too.
  expect(ignoredAt("Runner", /^uiError\.zz_newer_field$/)).toBeGreaterThan(0);
  // Beside a Value, and inside Values and maps, where a key is data: never reported.
  expect(ignoredAt("FleetTaskSpec", /^zz_newer_field$/)).toBeGreaterThan(0);
  const asData = all.filter(
    (c) => c.serde === "accept" && c.input.includes('"zz_newer_field"') && c.ignored?.length === 0,
  );
  expect(asData.length).toBeGreaterThan(50);
  // serde_ignored saw some, and the tagged ones only through the probes.
  expect(all.some((c) => (c.serdeIgnored?.length ?? 0) > 0)).toBe(true);
  const hidden = all.filter((c) =>
    c.ignored?.some((path) => !c.serdeIgnored?.includes(path) && path.includes("zz_newer_field")),
  );
  expect(hidden.length).toBeGreaterThan(0);
  expect(insideTaggedEnum(wireTypes.FleetWorkerEvent.schema as AnySchema, ["zz_newer_field"])).toBe(true);
  expect(insideTaggedEnum(wireTypes.FleetRun.schema as AnySchema, ["zz_newer_field"])).toBe(false);
  // Documents serde refuses (an inserted value a map cannot take) are refused in every mode.
  expect(all.filter((c) => c.serde === "reject").length).toBeGreaterThan(0);
});
