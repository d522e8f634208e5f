/**
 * A second validator in another language: Python's `jsonschema` (Debian's
 * python3-jsonschema, draft 2020-12) gives the serde corpus the same verdicts
 * as ajv and fleetwire (./corpus.ts). Needs /usr/bin/python3 with jsonschema
 * (.ci/run installs it); fails, not skips, without it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { corpus } from "./corpus.js";

const PYTHON = "/usr/bin/python3";
const script = fileURLToPath(new URL("./validate_with_jsonschema.py", import.meta.url));
const schemas = fileURLToPath(new URL("../../schemas", import.meta.url));

test("Python jsonschema agrees with fleetwire on every golden line and schema-expressible mutation", { timeout: 120_000 }, () => {
  const { cases } = corpus();
  expect(cases.length).toBeGreaterThan(1000);
  const dir = mkdtempSync(join(tmpdir(), "fleetwire-py-"));
  try {
    const file = join(dir, "cases.ndjson");
    writeFileSync(file, cases.map((c) => JSON.stringify({ type: c.type, text: c.text })).join("\n"));
    const out = execFileSync(PYTHON, [script, schemas, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const { verdicts } = JSON.parse(out) as { jsonschema: string; verdicts: boolean[] };
    expect(verdicts).toHaveLength(cases.length);
    const wrong = cases.flatMap((c, i) => (verdicts[i] === c.valid ? [] : [`${c.type} ${c.valid ? "valid" : "invalid"} expected: ${c.label}`]));
    expect(wrong.slice(0, 20)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
