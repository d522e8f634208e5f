/**
 * `npm run check:compat`: compares the committed bundle
 * (`schemas/fleetwire.schema.json`) with the baseline of the last released
 * contract (`test/compat/baseline/`), prints every change in plain words, and
 * exits 1 on a breaking change unless the package version or
 * FLEET_PROTOCOL_VERSION is bumped for it. A maintainers' tool, run from the
 * repository root; not part of the package's API.
 *
 *   node dist/check-compat.js [--baseline DIR] [--current FILE]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FLEET_PROTOCOL_VERSION } from "../contracts/fleet.js";
import { compareBundles, compatVerdict, type ContractVersions, type JsonSchema } from "../json-schema/compat.js";

function option(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const value = args[i + 1];
  if (value === undefined) {
    process.stderr.write(`check-compat: ${name} needs a value\n`);
    process.exit(2);
  }
  return value;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as JsonSchema;

const args = process.argv.slice(2);
const baselineDir = option(args, "--baseline", "test/compat/baseline");
const currentFile = option(args, "--current", "schemas/fleetwire.schema.json");

const baselineVersions = readJson(join(baselineDir, "versions.json")) as unknown as ContractVersions;
const current: ContractVersions = {
  package: (readJson("package.json") as { version?: string }).version ?? "0.0.0",
  protocol: FLEET_PROTOCOL_VERSION,
};
const changes = compareBundles(readJson(join(baselineDir, "fleetwire.schema.json")), readJson(currentFile));
const verdict = compatVerdict(changes, baselineVersions, current);
process.stdout.write(`check-compat: ${currentFile} against ${baselineDir}\n${verdict.report}\n`);
process.exitCode = verdict.ok ? 0 : 1;
