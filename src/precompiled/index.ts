/**
 * `import "fleetwire/precompiled"`: every fleetwire schema parses with a
 * parser generated at build time (src/compiled/parsers.ts) instead of zod's
 * code generated at its first parse, as `import "zod/compile"` does for
 * zod's own. Faster (`npm run bench`), no first-use cost, and no
 * `new Function`: the fast path also on Cloudflare Workers, Deno Deploy,
 * strict-CSP pages and under `z.config({ jitless: true })`.
 *
 * Results and errors stay zod's: a parser returns exactly what zod's runtime
 * builds for a valid value, or gives up and the runtime decides
 * (test/compiled/parsers.test.ts holds every type to it). Needs zod 4.6+
 * (`withParser`); on older zod, and for a schema already parsed before the
 * import, nothing changes. Kept out of the main entry: it adds about 5 KB
 * gzip to a page.
 */
import { type Parser, vecParser } from "../compiled/parse-runtime.js";
import { compiledParsers } from "../compiled/parsers.js";
import { wireTypeNames, wireTypes } from "../registry.js";
import type { AnySchema } from "../serde/meta.js";
import { useBuildTimeParsers, zodTakesParsers } from "../serde/first-parse.js";

const bySchema = new WeakMap<AnySchema, Parser>();
for (const name of wireTypeNames) {
  const parser = compiledParsers[name];
  if (parser !== undefined) bySchema.set(wireTypes[name].schema as AnySchema, parser);
}

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
useBuildTimeParsers(parserOf);

/** Whether this zod takes the build-time parsers (4.6 on); before that, schemas keep what they had. */
export const precompiled: boolean = zodTakesParsers;
