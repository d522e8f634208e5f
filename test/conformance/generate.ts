/**
 * Regenerates test/fixtures from the serde oracle: `npm run fixtures`.
 * With `--check`, writes nothing and fails if the committed corpus differs.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { wireTypeNames, wireTypes } from "../../src/registry.js";
import {
  GOLDEN_COUNT,
  GOLDEN_SEED,
  MUTATED_LINES,
  type MutationRecord,
  mutationsPath,
  toNdjson,
  UNKNOWN_FIELD_LINES,
  unknownFieldsPath,
  validPath,
} from "./fixtures.js";
import { mutate } from "./mutations.js";
import { check, generate } from "./oracle.js";
import { unknownFieldCases } from "./unknown-fields.js";

const checkOnly = process.argv.includes("--check");
const stale: string[] = [];

function emit(path: string, content: string): void {
  if (checkOnly) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== content) stale.push(path);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

for (const type of wireTypeNames) {
  const golden = generate(type, GOLDEN_COUNT, GOLDEN_SEED);
  const mutations = mutate(wireTypes[type].schema, golden.slice(0, MUTATED_LINES));
  const verdicts = check(
    type,
    mutations.map((m) => m.input),
  );
  const records: MutationRecord[] = mutations.map((m, i) => {
    const verdict = verdicts[i]!;
    return verdict.accept
      ? { ...m, serde: "accept", output: verdict.output }
      : { ...m, serde: "reject", error: verdict.error };
  });
  emit(validPath(type), toNdjson(golden));
  emit(mutationsPath(type), toNdjson(records.map((r) => JSON.stringify(r))));
  const unknown = unknownFieldCases(type, golden.slice(0, UNKNOWN_FIELD_LINES), true);
  emit(unknownFieldsPath(type), toNdjson(unknown.map((c) => JSON.stringify(c))));
  if (!checkOnly) console.log(`${type}: ${golden.length} golden, ${records.length} mutations`);
}

if (checkOnly) {
  if (stale.length > 0) {
    console.error(
      `Fixtures differ from a fresh generation (run npm run fixtures):\n${stale.map((p) => `  ${p}`).join("\n")}`,
    );
    process.exit(1);
  }
  console.log(`fixtures up to date (${wireTypeNames.length} types)`);
}
