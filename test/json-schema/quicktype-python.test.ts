/**
 * A code generator consumes the schemas: quicktype generates Python from the
 * bundle (`fleetwire.schema.json#/$defs/<RustName>` for every type), and the
 * generated readers, which assert every field's type, read every golden
 * fixture line. Needs /usr/bin/python3 (.ci/run's machine has it).
 *
 * `--no-date-times` keeps the timestamp a `str`: quicktype would otherwise
 * parse it with python-dateutil, which is neither needed nor installed, and
 * a `datetime` would lose the nanoseconds fleetwire keeps.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { wireTypeNames } from "../../src/index.js";
import { FIXTURES } from "./corpus.js";

const require = createRequire(import.meta.url);
const quicktypePackage = require.resolve("quicktype/package.json");
const quicktype = join(
  dirname(quicktypePackage),
  (JSON.parse(readFileSync(quicktypePackage, "utf8")) as { bin: string }).bin,
);
const bundle = fileURLToPath(new URL("../../schemas/fleetwire.schema.json", import.meta.url));
const reader = fileURLToPath(new URL("./read_fixtures_with_generated.py", import.meta.url));

test("quicktype's Python, generated from the bundle, reads every golden fixture line", {
  timeout: 120_000,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), "fleetwire-quicktype-"));
  try {
    const sources = wireTypeNames.map((name) => `--src=${bundle}#/$defs/${name}`);
    const args = [
      quicktype,
      "--src-lang",
      "schema",
      "--lang",
      "python",
      "--python-version",
      "3.7",
      "--no-date-times",
    ];
    execFileSync(process.execPath, [...args, "-o", join(dir, "fleetwire_types.py"), ...sources], {
      stdio: "pipe",
    });
    const generated = readFileSync(join(dir, "fleetwire_types.py"), "utf8");
    expect(generated).toMatch(/^class FleetWorkerEvent:/m);
    expect(generated).toMatch(/^class RunnerStatus\(Enum\):/m);

    const out = execFileSync("/usr/bin/python3", [reader, dir, fileURLToPath(FIXTURES)], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    const summary = JSON.parse(out) as {
      read: Record<string, number>;
      missing_readers: string[];
      failures: string[];
    };
    expect(summary.missing_readers).toEqual([]);
    expect(summary.failures.slice(0, 10)).toEqual([]);
    expect(Object.keys(summary.read).sort()).toEqual([...wireTypeNames].sort());
    for (const name of wireTypeNames) {
      const golden = readFileSync(new URL(`${name}/valid.ndjson`, FIXTURES), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "");
      expect(summary.read[name], name).toBe(golden.length);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
