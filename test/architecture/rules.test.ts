/**
 * The rules table (test/support/rules.ts) is the one place rule ids are
 * defined, and each id is used: cited by a test title (`cite("R6", …)`) or
 * tagged on a conformance mutation in test/fixtures.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { isRuleId, ruleIds } from "../support/rules.js";

const testRoot = fileURLToPath(new URL("..", import.meta.url));

function files(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "rust-oracle" ? [] : files(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

/** Ids cited in test sources, and ids tagged on fixture mutations. */
function usedIds(): Set<string> {
  const used = new Set<string>();
  for (const file of files(testRoot, ".ts"))
    for (const [, id] of readFileSync(file, "utf8").matchAll(/\bcite\("([RWD]\d+)"/g)) used.add(id as string);
  for (const file of files(join(testRoot, "fixtures"), "mutations.ndjson"))
    for (const [, rule, decision] of readFileSync(file, "utf8").matchAll(
      /"rule":"([^"]+)"(?:,"name":"(?:[^"\\]|\\.)*","decision":"([^"]+)")?/g,
    )) {
      used.add(rule as string);
      if (decision !== undefined) used.add(decision);
    }
  return used;
}

test("every rule id is cited by a test or a conformance mutation, and every id used is defined", () => {
  const used = usedIds();
  expect(ruleIds.filter((id) => !used.has(id))).toEqual([]);
  expect([...used].filter((id) => !isRuleId(id))).toEqual([]);
});
