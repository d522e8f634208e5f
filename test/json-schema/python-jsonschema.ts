/**
 * A second validator in another language: Python's `jsonschema` (Debian's
 * python3-jsonschema, draft 2020-12) gives the serde corpus the same verdicts
 * as ajv and fleetwire (./corpus.ts). `npm run schemas:python`; it needs
 * /usr/bin/python3 with jsonschema, which `.ci/run` installs, so it is kept out
 * of `npm test` (which needs nothing beyond `npm ci`) and run by CI beside the
 * serde conformance run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "./corpus.js";

const PYTHON = "/usr/bin/python3";
const script = fileURLToPath(new URL("./validate_with_jsonschema.py", import.meta.url));
const schemas = fileURLToPath(new URL("../../schemas", import.meta.url));

const { cases } = corpus();
if (cases.length < 1000) throw new Error(`the corpus has only ${cases.length} cases`);
const dir = mkdtempSync(join(tmpdir(), "fleetwire-py-"));
try {
  const file = join(dir, "cases.ndjson");
  writeFileSync(file, cases.map((c) => JSON.stringify({ type: c.type, text: c.text })).join("\n"));
  const out = execFileSync(PYTHON, [script, schemas, file], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const { jsonschema, verdicts } = JSON.parse(out) as { jsonschema: string; verdicts: boolean[] };
  if (verdicts.length !== cases.length)
    throw new Error(`${verdicts.length} verdicts for ${cases.length} cases`);
  const wrong = cases.flatMap((c, i) =>
    verdicts[i] === c.valid ? [] : [`${c.type} ${c.valid ? "valid" : "invalid"} expected: ${c.label}`],
  );
  if (wrong.length > 0) {
    console.error(
      `Python jsonschema ${jsonschema} disagrees on ${wrong.length} of ${cases.length} cases:\n  ${wrong.slice(0, 20).join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log(
    `Python jsonschema ${jsonschema}: same verdicts as fleetwire and ajv on all ${cases.length} corpus cases`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
