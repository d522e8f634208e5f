import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { wireTypeNames, wireTypes } from "../../src/index.js";
import { namedMetaOf } from "../../src/serde/meta.js";

const seedsReadme = readFileSync(new URL("../../../shared/seeds/README.md", import.meta.url), "utf8");

/** The names under "All wire types" in the seeds' README, in order. */
function namesInSeedsReadme(): string[] {
  const section = seedsReadme.split("## All wire types")[1]?.split("\nAlso from")[0] ?? "";
  return section
    .split(/\n- /)
    .slice(1)
    .flatMap((item) => item.slice(item.indexOf(":") + 1).split(","))
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

describe("wireTypes", () => {
  test("has exactly the 47 Rust names of the seeds' README, in its order", () => {
    const expected = namesInSeedsReadme();
    expect(expected).toHaveLength(47);
    expect(wireTypeNames).toEqual(expected);
  });

  test("each entry's key is the name its schema was declared with", () => {
    for (const name of wireTypeNames) {
      expect(namedMetaOf(wireTypes[name].schema)?.name).toBe(name);
    }
  });
});
