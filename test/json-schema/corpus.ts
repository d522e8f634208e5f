/**
 * The serde corpus (`test/fixtures/<RustName>/`, generated from real serde by
 * test/conformance) as schema-validation cases, with the verdict a JSON
 * Schema validator must give:
 * - a golden line (serde's own output) is valid;
 * - a mutation gets fleetwire's verdict: serde's, or a rejection where the
 *   mutation names a Decision (test/conformance/replay.test.ts proves the
 *   codec gives exactly that);
 * - skipped by construction: text JSON.parse refuses (not a schema question),
 *   and rejections a NOT_EXPRESSIBLE row covers.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { type WireTypeName, wireTypeNames } from "../../src/index.js";
import { type DecisionId, cite } from "../support/rules.js";
import { type FixtureMutation, NOT_EXPRESSIBLE } from "./not-expressible.js";

export const FIXTURES = new URL("../fixtures/", import.meta.url);

interface Mutation extends FixtureMutation {
  readonly input: string;
  readonly serde: "accept" | "reject";
  readonly decision?: DecisionId;
}

export interface CorpusCase {
  readonly type: WireTypeName;
  readonly text: string;
  readonly value: unknown;
  /** Whether a validator must accept it. */
  readonly valid: boolean;
  readonly label: string;
}

export interface Corpus {
  /** Types with a corpus folder. */
  readonly types: readonly string[];
  readonly cases: readonly CorpusCase[];
  /** Skipped cases, by the reason (a NOT_EXPRESSIBLE row, or text JSON.parse refuses). */
  readonly skipped: ReadonlyMap<string, number>;
  /** Problems with the corpus itself (JSON.parse refusing what fleetwire accepts). */
  readonly problems: readonly string[];
}

export const TEXT_REFUSED = "text JSON.parse refuses";

const lines = (type: string, file: string) =>
  readFileSync(new URL(`${type}/${file}`, FIXTURES), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

let cached: Corpus | undefined;

export function corpus(): Corpus {
  if (cached !== undefined) return cached;
  const types = existsSync(FIXTURES)
    ? readdirSync(FIXTURES).filter((name) => existsSync(new URL(`${name}/valid.ndjson`, FIXTURES)))
    : [];
  const cases: CorpusCase[] = [];
  const skipped = new Map<string, number>();
  const problems: string[] = [];
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
  for (const type of wireTypeNames.filter((t) => types.includes(t))) {
    for (const text of lines(type, "valid.ndjson"))
      cases.push({
        type,
        text,
        value: JSON.parse(text),
        valid: true,
        label: `golden: ${text.slice(0, 160)}`,
      });
    for (const m of lines(type, "mutations.ndjson").map((line) => JSON.parse(line) as Mutation)) {
      const fleetwire = m.decision !== undefined ? "reject" : m.serde;
      const label = `${cite(m.rule)} / ${m.name}: ${m.input.slice(0, 160)}`;
      const parsed = parse(m.input);
      if (!parsed.ok) {
        if (fleetwire === "accept") problems.push(`JSON.parse refuses what fleetwire accepts: ${label}`);
        skip(TEXT_REFUSED);
        continue;
      }
      const gap = fleetwire === "reject" ? NOT_EXPRESSIBLE.find((row) => row.fixtures?.(m)) : undefined;
      if (gap !== undefined) {
        skip(gap.rule);
        continue;
      }
      cases.push({ type, text: m.input, value: parsed.value, valid: fleetwire === "accept", label });
    }
  }
  cached = { types, cases, skipped, problems };
  return cached;
}
