/**
 * The layering of src/, enforced: each file imports only its own folder and
 * the layers below it (test/architecture/layers.ts states the order once).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { LAYERS, layerOrderText, layerViolations } from "./layers.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/upward", import.meta.url));

describe("the layers of src/", () => {
  test("no file of src/ imports upward or sideways, and every entry of src/ is in a layer", () => {
    expect(layerViolations(root)).toEqual([]);
  });

  test("the check fails on a tree that imports upward, sideways, or has a folder no layer names", () => {
    expect(layerViolations(fixture)).toEqual([
      { file: "src/plugins", specifier: "", reason: "is in no layer: add it to LAYERS" },
      {
        file: "src/cli/report.ts",
        specifier: "../http/pointer.js",
        reason: "imports its sibling src/http in the same layer",
      },
      {
        file: "src/serde/number.ts",
        specifier: "../codec/encode.js",
        reason: "imports upward, into src/codec (codec and JSON Schema)",
      },
    ]);
  });

  test("every member is named once", () => {
    const members = LAYERS.flatMap((layer) => layer.members);
    expect(new Set(members).size).toBe(members.length);
  });

  test("README.md prints the order as the table states it", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(layerOrderText());
  });
});
