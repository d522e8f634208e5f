/** fleetwire's version, for `fleetwire --version` and `fleetwire compat`. */
import { readFileSync } from "node:fs";

// Replaced by the build (tsup `define`) with package.json's version.
declare const __FLEETWIRE_VERSION__: string | undefined;

function fromPackageJson(): string {
  // Running from source (tsx, vitest) in the repository: its package.json.
  try {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { name?: string; version?: string };
    if (pkg.name === "fleetwire" && typeof pkg.version === "string") return pkg.version;
  } catch {
    // not in the repository
  }
  return "0.0.0-dev";
}

export const VERSION: string =
  typeof __FLEETWIRE_VERSION__ === "string" ? __FLEETWIRE_VERSION__ : fromPackageJson();
