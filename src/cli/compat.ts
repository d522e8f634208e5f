/**
 * `fleetwire compat BASELINE CURRENT`: the breaking-change guard (`npm run
 * check:compat`). Compares two fleetwire bundles (`fleetwire.schema.json`),
 * prints every change in plain words, and exits 1 on a breaking change
 * unless the package version or FLEET_PROTOCOL_VERSION is bumped for it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { FLEET_PROTOCOL_VERSION } from "../contracts/fleet.js";
import { compareBundles, compatVerdict, type ContractVersions } from "../json-schema/compat.js";
import type { JsonSchema } from "../json-schema/schema-object.js";
import { CliError, type Command, EXIT_FAILED, EXIT_OK, UsageError } from "./command.js";
import { argsOrUsageError } from "./options.js";
import { VERSION } from "./version.js";

const BUNDLE = "fleetwire.schema.json";
const VERSIONS = "versions.json";

const USAGE = `Usage: fleetwire compat BASELINE CURRENT

Compare the contract CURRENT with the released contract BASELINE, print every
change in plain words ("BREAKING  FleetRun.name: removed field \`name\`"), and
exit 1 on a breaking change unless the version is bumped for it: the package's
(0.1.x → 0.2.0, 1.x → 2.0.0) or FLEET_PROTOCOL_VERSION's.

BASELINE and CURRENT are each a bundle file (${BUNDLE}) or a directory
holding one, with ${VERSIONS} beside it: {"package": "0.1.0", "protocol": "0.1.0"}.
BASELINE needs its ${VERSIONS}; without one beside CURRENT, CURRENT's
versions are this fleetwire's (package ${VERSION}, protocol ${FLEET_PROTOCOL_VERSION}).

  fleetwire compat test/compat/baseline schemas   (npm run check:compat)

Exit codes: 0 no breaking change (or a bumped version), 1 a breaking change
without a bump, 2 usage error or unreadable input.
`;

function bundleFile(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, BUNDLE) : path;
  } catch {
    throw new CliError(`cannot read ${path}: no such file or directory`);
  }
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(
      `cannot read ${what} ${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} ${path} is not JSON: ${(error as Error).message}`);
  }
}

function readBundle(path: string): JsonSchema {
  const bundle = readJson(path, "bundle");
  const defs = (bundle as { $defs?: unknown } | null)?.$defs;
  if (typeof defs !== "object" || defs === null)
    throw new CliError(`${path} is not a fleetwire bundle: it has no $defs`);
  return bundle as JsonSchema;
}

const VERSION_PATTERN = /^\d+\.\d+\.\d+/;

function readVersions(path: string): ContractVersions {
  const versions = readJson(path, "versions") as Partial<ContractVersions> | null;
  if (
    typeof versions?.package !== "string" ||
    typeof versions.protocol !== "string" ||
    !VERSION_PATTERN.test(versions.package) ||
    !VERSION_PATTERN.test(versions.protocol)
  ) {
    throw new CliError(`${path} should be {"package": "x.y.z", "protocol": "x.y.z"}`);
  }
  return { package: versions.package, protocol: versions.protocol };
}

export const compatCommand: Command = {
  summary: "compare a contract with a released baseline; exit 1 on a breaking change",
  usage: USAGE,
  run(args, io) {
    const { positionals } = argsOrUsageError(() =>
      parseArgs({ args: [...args], options: {}, allowPositionals: true, strict: true }),
    );
    if (positionals.length !== 2)
      throw new UsageError(
        positionals.length < 2
          ? "give BASELINE and CURRENT"
          : `too many arguments: ${positionals.slice(2).join(" ")}`,
      );
    const [baselinePath, currentPath] = positionals as [string, string];
    const baselineFile = bundleFile(baselinePath);
    const currentFile = bundleFile(currentPath);
    const baselineVersionsFile = join(dirname(baselineFile), VERSIONS);
    if (!existsSync(baselineVersionsFile)) {
      throw new CliError(
        `no ${VERSIONS} beside the baseline ${baselineFile}: a released contract names its versions ({"package": "x.y.z", "protocol": "x.y.z"})`,
      );
    }
    const baselineVersions = readVersions(baselineVersionsFile);
    const currentVersionsFile = join(dirname(currentFile), VERSIONS);
    const currentVersions: ContractVersions = existsSync(currentVersionsFile)
      ? readVersions(currentVersionsFile)
      : { package: VERSION, protocol: FLEET_PROTOCOL_VERSION };
    const changes = compareBundles(readBundle(baselineFile), readBundle(currentFile));
    const verdict = compatVerdict(changes, baselineVersions, currentVersions);
    io.out(`fleetwire compat: ${currentFile} against ${baselineFile}\n${verdict.report}\n`);
    return verdict.ok ? EXIT_OK : EXIT_FAILED;
  },
};
