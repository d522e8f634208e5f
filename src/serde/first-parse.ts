/**
 * Every named fleetwire schema compiles itself on its first parse, so the
 * exported `XSchema.safeParse` (what applications call) runs zod's compiled
 * fast path, not its general runtime: 2–7× faster on the bench payloads, with
 * the same results and issues.
 *
 * This is what zod's own opt-in global mode (`import "zod/compile"`) does to
 * every schema an application builds, done here to fleetwire's schemas only:
 * the schema's `_zod.run` is a shim that, on the first synchronous forward
 * parse, replaces itself with `z.compile`'s run (which falls back to the
 * original run on anything it does not accept, so issues come from zod's
 * runtime). The schema object stays the one exported (identity, `.shape`,
 * registries and metadata keyed on it are unchanged), and nothing is compiled
 * before a parse, so importing costs nothing more.
 *
 * Where code generation is unavailable (`z.config({ jitless: true })`, a
 * strict CSP, Cloudflare Workers), or on zod before 4.5 (no `z.compile`), the
 * schema keeps zod's runtime parser: the same results, only slower.
 */
import { z } from "zod";

type Run = (payload: z.core.ParsePayload, ctx?: z.core.ParseContextInternal) => unknown;
type Compile = (schema: z.core.$ZodType, options: { strict: true }) => z.core.$ZodType;

/** `z.compile`, from zod 4.5 on. */
const compile = (z as unknown as { compile?: Compile }).compile;

/** Whether this zod can compile a schema at all (4.5 on). */
export const zodCompiles = compile !== undefined;

/** Set on a run whose schema compiles (or compiled) on first parse; zod's compile unwraps past it. */
interface ShimmedRun extends Run {
  __originalRun?: Run;
}

/** Whether `schema` already runs zod's compiled fast path, or will from its first parse. */
export function compilesOnFirstParse(schema: z.core.$ZodType): boolean {
  return (schema._zod.run as ShimmedRun).__originalRun !== undefined;
}

/** Installs the first-parse compile on `schema` (where zod can compile) and returns it. */
export function compileOnFirstParse<S extends z.core.$ZodType>(schema: S): S {
  if (compile === undefined || compilesOnFirstParse(schema)) return schema;
  const internals = schema._zod;
  const originalRun = internals.run as Run;
  const shim: ShimmedRun = (payload, ctx) => {
    // Async, encoding and check-skipping parses are the runtime's, as in zod's own shim.
    if (ctx?.async || ctx?.direction === "backward" || ctx?.skipChecks) return originalRun(payload, ctx);
    if (z.config().jitless) internals.run = originalRun as never;
    else {
      try {
        const compiled = compile(schema, { strict: true })._zod;
        internals.run = compiled.run;
        internals.bag.fallbackRun = compiled.bag.fallbackRun;
        internals.bag.validator = compiled.bag.validator;
      } catch {
        // No code generation here (CSP, Workers): zod's runtime, for good.
        internals.run = originalRun as never;
      }
    }
    return (internals.run as Run)(payload, ctx);
  };
  shim.__originalRun = originalRun;
  internals.run = shim as never;
  return schema;
}
