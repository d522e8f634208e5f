/**
 * The serde corpus against the committed JSON Schemas, through ajv: every
 * golden line valid, every mutation with fleetwire's verdict (the schema is
 * never stricter, and refuses every rejection JSON Schema can express). What
 * is skipped and why: ./corpus.ts and ./not-expressible.ts. Fails if the
 * corpus is missing: it never passes on zero fixtures.
 */
import { describe, expect, test } from "vitest";
import { type WireTypeName, wireTypeNames } from "../../src/index.js";
import { compiledValidators } from "./ajv.js";
import { corpus } from "./corpus.js";
import { NOT_EXPRESSIBLE } from "./not-expressible.js";

const { byType } = compiledValidators();
const validate = (type: WireTypeName, value: unknown) => (byType.get(type) as (v: unknown) => boolean)(value);

describe("the serde corpus against the JSON Schemas (ajv)", () => {
  const { types, cases, skipped, problems } = corpus();

  test("there is a corpus for every wire type, and JSON.parse reads all that fleetwire accepts", () => {
    expect([...types].sort()).toEqual([...wireTypeNames].sort());
    expect(problems).toEqual([]);
  });

  test.each(wireTypeNames)("%s: golden lines valid, mutations with fleetwire's verdict", (type) => {
    const mine = cases.filter((c) => c.type === type);
    expect(mine.filter((c) => c.valid).length).toBeGreaterThan(0);
    expect(mine.filter((c) => !c.valid).length).toBeGreaterThan(0);
    for (const c of mine) expect(validate(type, c.value), c.label).toBe(c.valid);
  });

  test("most rejections are checked, and each corpus row of the table covers real mutations", () => {
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(1000);
    for (const row of NOT_EXPRESSIBLE.filter((r) => r.fixtures !== undefined))
      expect(skipped.get(row.rule) ?? 0, row.rule).toBeGreaterThan(0);
  });
});
