/**
 * The committed conformance corpus: per wire type, golden serde output
 * (`valid.ndjson`) and mutations with serde's recorded verdict
 * (`mutations.ndjson`), in `test/fixtures/<RustName>/`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DecisionId, RuleId } from "../support/rules.js";
import type { UnknownFieldCase } from "./unknown-fields.js";

export const fixturesRoot = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Golden values per type, and the seed they come from. */
export const GOLDEN_COUNT = 60;
export const GOLDEN_SEED = 1;
/** Golden lines the mutations are taken from. */
export const MUTATED_LINES = 20;

export interface MutationRecord {
  /** The rule the mutation probes, by its id in test/support/rules.ts. */
  readonly rule: RuleId;
  readonly name: string;
  readonly decision?: DecisionId;
  readonly input: string;
  readonly serde: "accept" | "reject";
  /** serde's re-encoding, when it accepts. */
  readonly output?: string;
  /** serde's error, when it rejects (informative: its wording changes between versions). */
  readonly error?: string;
}

/** Golden lines the unknown-field cases are built from. */
export const UNKNOWN_FIELD_LINES = 6;

export const validPath = (type: string) => `${fixturesRoot}${type}/valid.ndjson`;
export const mutationsPath = (type: string) => `${fixturesRoot}${type}/mutations.ndjson`;

function readLines(path: string): string[] {
  if (!existsSync(path)) throw new Error(`missing fixture ${path}: run npm run fixtures`);
  const text = readFileSync(path, "utf8");
  return text.split("\n").filter((line) => line !== "");
}

export const unknownFieldsPath = (type: string) => `${fixturesRoot}${type}/unknown-fields.ndjson`;

export const readValid = (type: string): string[] => readLines(validPath(type));
export const readMutations = (type: string): MutationRecord[] =>
  readLines(mutationsPath(type)).map((l) => JSON.parse(l) as MutationRecord);

export const toNdjson = (lines: readonly string[]) => lines.map((l) => `${l}\n`).join("");

export const readUnknownFieldCases = (type: string): UnknownFieldCase[] =>
  existsSync(unknownFieldsPath(type))
    ? readLines(unknownFieldsPath(type)).map((l) => JSON.parse(l) as UnknownFieldCase)
    : [];
