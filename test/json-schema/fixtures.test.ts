/**
 * The serde corpus (`test/fixtures/<RustName>/`, generated from real serde by
 * test/conformance) against the committed JSON Schemas, through ajv:
 * - every golden line (serde's own output) is valid;
 * - every mutation fleetwire rejects is invalid, unless JSON.parse already
 *   refuses the text (not a schema question) or a NOT_EXPRESSIBLE row covers
 *   its rule (skipped by construction, counted);
 * - every mutation fleetwire accepts is valid: the schema is never stricter.
 *
 * fleetwire's verdict is serde's, or a rejection where the mutation names a
 * Decision (test/conformance/replay.test.ts proves the codec gives exactly that).
 * The test fails if the corpus is missing: it never passes on zero fixtures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { type WireTypeName, wireTypeNames } from "../../src/index.js";
import { compiledValidators } from "./ajv.js";
import { type FixtureMutation, NOT_EXPRESSIBLE } from "./not-expressible.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);

interface Mutation extends FixtureMutation {
  readonly input: string;
  readonly serde: "accept" | "reject";
  readonly decision?: string;
}

const lines = (type: string, file: string) =>
  readFileSync(new URL(`${type}/${file}`, FIXTURES), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const { byType } = compiledValidators();
const validate = (type: WireTypeName, value: unknown) => (byType.get(type) as (v: unknown) => boolean)(value);
const skipped = new Map<string, number>();
let rejectionsChecked = 0;

describe("the serde corpus against the JSON Schemas (ajv)", () => {
  test("there is a corpus for every wire type", () => {
    expect(existsSync(FIXTURES), "test/fixtures/ is missing").toBe(true);
    const present = readdirSync(FIXTURES).filter((name) => existsSync(new URL(`${name}/valid.ndjson`, FIXTURES)));
    expect(present.sort()).toEqual([...wireTypeNames].sort());
  });

  describe.each(wireTypeNames)("%s", (type) => {
    test("every golden line is valid", () => {
      const golden = lines(type, "valid.ndjson");
      expect(golden.length).toBeGreaterThan(0);
      for (const line of golden) expect(validate(type, JSON.parse(line)), line.slice(0, 200)).toBe(true);
    });

    test("every mutation gets fleetwire's verdict, except rules JSON Schema cannot express", () => {
      const mutations = lines(type, "mutations.ndjson").map((line) => JSON.parse(line) as Mutation);
      expect(mutations.length).toBeGreaterThan(0);
      let checked = 0;
      for (const m of mutations) {
        const fleetwire = m.decision !== undefined ? "reject" : m.serde;
        const parsed = parse(m.input);
        const label = `${m.rule} / ${m.name}: ${m.input.slice(0, 160)}`;
        if (!parsed.ok) {
          expect(fleetwire, `JSON.parse refuses what fleetwire accepts: ${label}`).toBe("reject");
          skipped.set("text JSON.parse refuses", (skipped.get("text JSON.parse refuses") ?? 0) + 1);
          continue;
        }
        if (fleetwire === "reject") {
          const gap = NOT_EXPRESSIBLE.find((row) => row.fixtures?.(m));
          if (gap !== undefined) {
            skipped.set(gap.rule, (skipped.get(gap.rule) ?? 0) + 1);
            continue;
          }
        }
        expect(validate(type, parsed.value) ? "accept" : "reject", label).toBe(fleetwire);
        checked++;
        if (fleetwire === "reject") rejectionsChecked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  });

  test("each corpus row of the table covers real mutations, and most rejections are checked", () => {
    expect(rejectionsChecked).toBeGreaterThan(1000);
    for (const row of NOT_EXPRESSIBLE.filter((r) => r.fixtures !== undefined)) {
      expect(skipped.get(row.rule) ?? 0, row.rule).toBeGreaterThan(0);
    }
  });
});
