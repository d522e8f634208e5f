/**
 * Every named fleetwire schema compiles itself on its first parse, so the
 * exported `XSchema.safeParse` (what applications call) runs zod's compiled
 * fast path, not its general runtime, with the same results and issues.
 *
 * This is what zod's own opt-in global mode (`import "zod/compile"`) does to
 * every schema an application builds, done here to fleetwire's schemas only:
 * the schema's `_zod.run` is a shim that, on the first synchronous forward
 * parse, replaces itself with a compiled run (zod's generated parser, falling
 * back to the original run on anything it does not accept, so issues come
 * from zod's runtime), as a schema nested in another one is run. Its own
 * `parse` and `safeParse` then call the generated parser directly, as
 * `z.compile`'s copies do, and hand what it declines to a copy of the schema
 * with zod's runtime parser only: one fast attempt and one runtime parse, the
 * error built by zod. The schema object stays the one exported (identity,
 * `.shape`, registries and metadata keyed on it are unchanged), and nothing
 * is compiled before a parse, so importing costs nothing more.
 *
 * Where code generation is unavailable (`z.config({ jitless: true })`, a
 * strict CSP, Cloudflare Workers), or on zod before 4.5 (no `z.compile`), the
 * schema keeps zod's runtime parser: the same results, only slower. With
 * `import "fleetwire/precompiled"`, the first parse installs a parser
 * generated at build time instead (zod 4.6+), code generation or not.
 */
import { z } from "zod";

type Run = (payload: z.core.ParsePayload, ctx?: z.core.ParseContextInternal) => unknown;
type Compile = (schema: z.core.$ZodType, options: { strict: true }) => z.core.$ZodType;

/** `z.compile`, from zod 4.5 on. */
const compile = (z as unknown as { compile?: Compile }).compile;

type Parser = (input: unknown) => unknown;
/** zod's generated parser and its installer (zod 4.6 on); before that, `z.compile`'s run alone. */
const { compileFn, withParser } = z.core as unknown as {
  compileFn?: (schema: z.core.$ZodType) => Parser;
  withParser?: (schema: z.core.$ZodType, parser: Parser) => z.core.$ZodType;
};

/** What a parser returns for "not accepted here: ask the runtime" (zod 4.6's `z.core.INVALID`, a registered symbol). */
export const INVALID: unique symbol = Symbol.for("zod.compile.invalid") as never;

/** Whether this zod can compile a schema at all (4.5 on). */
export const zodCompiles = compile !== undefined;

/**
 * Parsers generated at build time (`fleetwire/precompiled` registers them):
 * where one is given for a schema and zod can install it (4.6's
 * `withParser`), the first parse installs it instead of generating code, so
 * it also runs where zod may not generate code (jitless, CSP, Workers).
 */
type BuildTimeParsers = (schema: z.core.$ZodType) => Parser | undefined;
const buildTimeParsers: BuildTimeParsers[] = [];

/** Whether this zod can install a parser built elsewhere (4.6 on). */
export const zodTakesParsers = withParser !== undefined;

export function useBuildTimeParsers(lookup: BuildTimeParsers): void {
  buildTimeParsers.push(lookup);
}

function buildTimeParserOf(schema: z.core.$ZodType): Parser | undefined {
  for (const lookup of buildTimeParsers) {
    const parser = lookup(schema);
    if (parser !== undefined) return parser;
  }
  return undefined;
}

/** zod's compile unwraps a run past this to the original. */
interface ShimmedRun extends Run {
  __originalRun?: Run;
}

/** Schemas given the first-parse compile (whether or not this environment then lets zod generate code). */
const installed = new WeakSet<z.core.$ZodType>();

/** Whether `schema` compiles (or compiled) on its first parse, where zod can generate code. */
export function compilesOnFirstParse(schema: z.core.$ZodType): boolean {
  return installed.has(schema);
}

/** Installs the first-parse compile on `schema` (where zod can compile) and returns it. */
export function compileOnFirstParse<S extends z.core.$ZodType>(schema: S): S {
  if (compile === undefined || compilesOnFirstParse(schema)) return schema;
  const internals = schema._zod;
  const originalRun = internals.run as Run;
  const shim: ShimmedRun = (payload, ctx) => {
    // Async, encoding and check-skipping parses are the runtime's, as in zod's own shim.
    if (ctx?.async || ctx?.direction === "backward" || ctx?.skipChecks) return originalRun(payload, ctx);
    const prebuilt = buildTimeParserOf(schema);
    if (prebuilt !== undefined && withParser !== undefined)
      install(schema, withParser(schema, prebuilt), prebuilt);
    else if (z.config().jitless) internals.run = originalRun as never;
    else {
      try {
        let parser: Parser | undefined;
        let compiled: z.core.$ZodType;
        if (compileFn !== undefined && withParser !== undefined) {
          parser = compileFn(schema);
          compiled = withParser(schema, parser);
        } else compiled = compile(schema, { strict: true });
        install(schema, compiled, parser);
      } catch {
        // No code generation here (CSP, Workers): zod's runtime, for good.
        internals.run = originalRun as never;
      }
    }
    return (internals.run as Run)(payload, ctx);
  };
  shim.__originalRun = originalRun;
  internals.run = shim as never;
  installed.add(schema);
  return schema;
}

/** The compiled clone's run behind `schema` itself; with the parser, `parse`/`safeParse` call it directly. */
function install(schema: z.core.$ZodType, compiled: z.core.$ZodType, parser: Parser | undefined): void {
  const internals = schema._zod;
  internals.run = compiled._zod.run;
  internals.bag.fallbackRun = compiled._zod.bag.fallbackRun;
  internals.bag.validator = compiled._zod.bag.validator;
  if (parser !== undefined) parseDirectly(schema, parser);
}

type Methods = Pick<z.ZodType, "parse" | "safeParse">;

/** `parse` and `safeParse` through `parser` first, then (declined) zod's runtime on a copy. */
function parseDirectly(schema: z.core.$ZodType, parser: Parser): void {
  const methods = schema as unknown as Methods;
  if (typeof methods.safeParse !== "function") return; // a zod/mini schema: its functions call the run
  const runtime = (schema as z.ZodType).clone() as Methods;
  methods.safeParse = ((data: unknown, params?: object) => {
    const out = parser(data);
    return out === INVALID ? runtime.safeParse(data, params) : { success: true, data: out };
  }) as never;
  methods.parse = ((data: unknown, params?: object) => {
    const out = parser(data);
    return out === INVALID ? runtime.parse(data, params) : out;
  }) as never;
}
