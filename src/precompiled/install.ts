/**
 * The build-time parsers (src/compiled/parsers.ts) behind every fleetwire
 * schema: `fleetwire/precompiled` (./index.ts), the server build of
 * `fleetwire` (src/server.ts), the server subpaths and the CLI call this. A
 * function, not a side effect of importing this module, because the bundler
 * shares this module between entries in a chunk that package.json does not
 * declare as having side effects.
 */
import { type Parser, vecParser } from "../compiled/parse-runtime.js";
import { compiledParsers } from "../compiled/parsers.js";
import { wireTypeNames, wireTypes } from "../registry.js";
import type { AnySchema } from "../serde/meta.js";
import { useBuildTimeParsers, zodTakesParsers } from "../serde/first-parse.js";

const bySchema = new WeakMap<AnySchema, Parser>();

/** A wire type's parser; for a plain array of one (a list endpoint's `vec(T)`, `compiledSchema`'s copy), zod's array of it. */
function parserOf(schema: AnySchema): Parser | undefined {
  let parser = bySchema.get(schema);
  if (parser === undefined) {
    const def = schema._zod.def as { type: string; element?: AnySchema; checks?: readonly unknown[] };
    const item =
      def.type === "array" && !def.checks?.length && def.element ? bySchema.get(def.element) : undefined;
    if (item === undefined) return undefined;
    parser = vecParser(item);
    bySchema.set(schema, parser);
  }
  return parser;
}
let installed = false;

/**
 * Hands every wire type's build-time parser to the first-parse hook (once):
 * a schema not parsed yet takes its parser at its first parse. Returns whether
 * this zod takes them (4.6 on); before that, schemas keep what they had.
 */
export function installPrecompiledParsers(): boolean {
  if (!installed) {
    installed = true;
    for (const name of wireTypeNames) {
      const parser = compiledParsers[name];
      if (parser !== undefined) bySchema.set(wireTypes[name].schema as AnySchema, parser);
    }
    useBuildTimeParsers(parserOf);
  }
  return zodTakesParsers;
}
