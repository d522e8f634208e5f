/**
 * A contract with its generated reader installed as zod's fast path
 * (`withParser` of `zod/v4/core`, zod ≥ 4.6): a clone of the schema whose
 * `safeParse` runs the build-time reader and, when it declines, zod's own
 * runtime, which then gives the result and the issues. No `new Function`:
 * works under a strict CSP. On older zod, `z.compile` (≥ 4.5) or the schema
 * itself, as before.
 */
import type { z } from "zod";
import * as core from "zod/v4/core";
import { compiledSchema as zodCompiled, type SchemaOf, type WireTypeName, wireTypes } from "../registry.js";
import { hasCompiled, NOT_READ, readCompiled } from "./index.js";

type WithParser = <T extends z.ZodType>(schema: T, parser: (input: unknown) => unknown) => T;
const api = core as unknown as { withParser?: WithParser; INVALID?: symbol };

const fast = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The same contract, `safeParse` several times faster on valid input, same
 * results and the same issues on invalid input (zod's runtime reports them).
 * Built once per schema and cached.
 */
export function compiledSchema<N extends WireTypeName>(type: N): SchemaOf<N>;
export function compiledSchema<S extends z.ZodType>(schema: S): S;
export function compiledSchema(type: WireTypeName | z.ZodType): z.ZodType {
  const schema = typeof type === "string" ? (wireTypes[type].schema as z.ZodType) : type;
  let compiled = fast.get(schema);
  if (compiled === undefined) {
    const { withParser, INVALID } = api;
    const generated = hasCompiled(schema);
    compiled = zodCompiled(schema);
    if (withParser !== undefined && INVALID !== undefined && generated) {
      try {
        compiled = withParser(schema, (input) => {
          const read = readCompiled(schema, input);
          return read === NOT_READ ? INVALID : read;
        });
      } catch {
        // zod refuses (a reference cycle): z.compile's clone, as on zod < 4.6
      }
    }
    fast.set(schema, compiled);
  }
  return compiled;
}
