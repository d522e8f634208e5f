/**
 * The schemas as a consumer reaches them: `fleetwire/schemas/<RustName>.json`
 * through the package's `exports`, by ESM import with `{ type: "json" }` and by
 * require. Node resolves the package by its own name from inside it.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" }).trim();

describe("package exports", () => {
  test('import s from "fleetwire/schemas/FleetRun.json" with { type: "json" }', () => {
    const out = node([
      "--input-type=module",
      "-e",
      'import s from "fleetwire/schemas/FleetRun.json" with { type: "json" }; console.log(s.$id)',
    ]);
    expect(out).toBe("https://fleetwire.dev/schemas/FleetRun.json");
  });

  test('require("fleetwire/schemas/FleetRun.json")', () => {
    expect(node(["-e", 'console.log(require("fleetwire/schemas/FleetRun.json").title)'])).toBe("FleetRun");
  });

  test("the bundle and the index are reachable the same way", () => {
    const out = node([
      "-e",
      'const b = require("fleetwire/schemas/fleetwire.schema.json"); const i = require("fleetwire/schemas/index.json"); console.log(Object.keys(b.$defs).length, Object.keys(i).length, i.FleetRun.domain)',
    ]);
    expect(out).toBe("47 47 fleet");
  });
});
