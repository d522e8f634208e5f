/**
 * A second validator in another language: Python's `jsonschema` (Debian's
 * python3-jsonschema, draft 2020-12) gives the serde corpus the same verdicts
 * as ajv and fleetwire (./corpus.ts). `npm run schemas:python`; it needs
 * /usr/bin/python3 with jsonschema, which `.ci/run` installs, so it is kept out
 * of `npm test` (which needs nothing beyond `npm ci`) and run by CI beside the
 * serde conformance run.
 *
 * It also measures what a Python user is shown: on every rejected case, the
 * path of `best_match`'s error (for a missing field, the field it names) beside
 * the path of fleetwire's first error, and fails below 90% the same; and how
 * many FleetWorkerEvents a second `is_valid` checks. The README's numbers come
 * from this script, run on schemas/ and on the 0.1.0 layout
 * (`npx tsx test/json-schema/python-jsonschema.ts test/compat/baseline`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type WirePath, safeDecodeJson } from "../../src/index.js";
import { corpus } from "./corpus.js";

const PYTHON = "/usr/bin/python3";
const script = fileURLToPath(new URL("./validate_with_jsonschema.py", import.meta.url));
// Another schemas directory (an older layout, to compare) may be given as the first argument.
const schemas = process.argv[2] ?? fileURLToPath(new URL("../../schemas", import.meta.url));

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
  const { jsonschema, verdicts, best_paths, events_per_second } = JSON.parse(out) as {
    jsonschema: string;
    verdicts: boolean[];
    best_paths: (WirePath | null)[];
    events_per_second: number | null;
  };
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
  // Where Python points: `best_match`'s path beside the path of fleetwire's first error, on every rejected case.
  let rejected = 0;
  let same = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    if (c.valid) return;
    const decoded = safeDecodeJson(c.type, c.text);
    if (decoded.ok) throw new Error(`fleetwire accepts a case it must refuse: ${c.label}`);
    rejected++;
    const ours = JSON.stringify(decoded.error.issues[0]?.path ?? decoded.error.path);
    const theirs = JSON.stringify(best_paths[i]);
    if (ours === theirs) same++;
    else misses.push(`${c.type} fleetwire ${ours} python ${theirs}: ${c.label.slice(0, 100)}`);
  });
  const share = ((100 * same) / rejected).toFixed(1);
  console.log(
    `Python best_match points where fleetwire does on ${same} of ${rejected} rejected cases (${share}%); ` +
      `is_valid: ${events_per_second} FleetWorkerEvents/s`,
  );
  if (process.env.SHOW_MISSES) console.log(misses.join("\n"));
  // Tagged unions select their variant by the tag so that Python points at the field (README: JSON Schema).
  if (process.argv[2] === undefined && same / rejected < 0.9) {
    console.error(`Python best_match points at fleetwire's path on only ${share}% (goal: at least 90%)`);
    process.exit(1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
