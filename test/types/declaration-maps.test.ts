/** The declaration maps written after tsup: a name maps to its one declaration in src/, or to nothing. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { declarationMap } from "./declaration-maps.js";

const dir = mkdtempSync(join(tmpdir(), "fleetwire-dmap-"));
const dts = join(dir, "fleet.d.ts");
writeFileSync(
  dts,
  [
    "interface FleetRun {",
    "    name: string;",
    "}",
    "declare const FleetRunSchema: unknown;",
    "type Options$1 = {};",
    "type Twice = {};",
    "type Nowhere = {};",
    "",
  ].join("\n"),
);
const source = join(dir, "src", "contracts", "fleet.ts");
const place = (line: number, character: number) => ({ file: source, line, character });
const index = new Map([
  ["type:FleetRun", place(10, 17)],
  ["member:FleetRun.name", place(11, 2)],
  ["value:FleetRunSchema", place(20, 13)],
  ["type:Options", place(30, 12)],
  // Declared in two source modules: no single answer.
  ["type:Twice", null],
]);

test("each declared name maps to its source place; a renamed clash to the name the source spells", () => {
  const { map, mapped, unmapped } = declarationMap(dts, index);
  const parsed = JSON.parse(map) as { sources: string[]; mappings: string; file: string };
  expect(parsed.file).toBe("fleet.d.ts");
  expect(parsed.sources).toEqual(["src/contracts/fleet.ts"]);
  expect(mapped).toBe(4);
  // `FleetRun` at line 0 col 10 → source line 10 col 17 ("UAUiB"); `name` at col 4 → line 11 col 2 ("IACf").
  expect(parsed.mappings.split(";").slice(0, 2)).toEqual(["UAUiB", "IACf"]);
  expect(unmapped).toBe(2);
});

test("a name declared twice in src/, or not at all, maps to no source", () => {
  const { map } = declarationMap(dts, index);
  const lines = (JSON.parse(map) as { mappings: string }).mappings.split(";");
  // One-field segments (a generated column only): the editor stays in the declaration file.
  expect(lines[5]).toBe("K");
  expect(lines[6]).toBe("K");
});
