import { describe, expect, test } from "vitest";
import { wireTypeNames } from "../../src/index.js";
import { committedSchemas, compiledValidators, newAjv } from "./ajv.js";

describe("ajv 2020 in strict mode", () => {
  const files = committedSchemas();

  test("schemas/ holds one file per wire type, the bundle and the index", () => {
    expect(Object.keys(files).sort()).toEqual(
      [...wireTypeNames.map((n) => `${n}.json`), "fleetwire.schema.json", "index.json"].sort(),
    );
  });

  test.each(wireTypeNames)("compiles %s.json on its own", (name) => {
    const schema = files[`${name}.json`] as Record<string, unknown>;
    expect(() => newAjv().compile(schema)).not.toThrow();
    expect(schema.$id).toBe(`https://fleetwire.dev/schemas/${name}.json`);
    expect(schema.title).toBe(name);
    expect(typeof schema.description).toBe("string");
  });

  test("compiles the bundle, every $defs entry reachable", () => {
    const ajv = newAjv();
    ajv.addSchema(files["fleetwire.schema.json"] as object);
    for (const name of wireTypeNames) {
      expect(
        ajv.getSchema(`https://fleetwire.dev/schemas/fleetwire.schema.json#/$defs/${name}`),
        name,
      ).toBeTypeOf("function");
    }
  });

  test("compiles all 47 files and the bundle in one instance (distinct $ids)", () => {
    const { byType, byBundle } = compiledValidators();
    expect(byType.size).toBe(47);
    expect(byBundle.size).toBe(47);
  });
});
