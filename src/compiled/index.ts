/**
 * The generated writers and checks (./writers.ts), found by schema: the
 * registered wire types, and a `vec` of one (what a list endpoint writes).
 */
import { wireTypeNames, wireTypes } from "../registry.js";
import type { AnySchema } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";
import {
  BAIL,
  type Check,
  finish,
  fromWire,
  okVec,
  type Raw,
  type Reader,
  readVec,
  vec,
  type WireCopy,
  type Writer,
  wireVec,
} from "./runtime.js";
import { compiledChecks, compiledCopies, compiledReaders, compiledWriters } from "./writers.js";

interface Compiled {
  readonly write: Writer;
  readonly check: Check;
  readonly copy: WireCopy;
}

/** By schema: the registered wire types, then any `vec` of one met since. */
function lookup<T>(
  table: () => Readonly<Record<string, T>>,
  ofVec: (item: T) => T,
): (schema: AnySchema) => T | undefined {
  let registered: WeakMap<AnySchema, T | null> | undefined;
  const find = (schema: AnySchema): T | undefined => {
    if (registered === undefined) {
      registered = new WeakMap();
      const byName = table();
      for (const name of wireTypeNames) {
        const found = byName[name];
        if (found !== undefined) registered.set(wireTypes[name].schema as AnySchema, found);
      }
    }
    let known = registered.get(schema);
    if (known === undefined) {
      known = null;
      const shape = shapeOf(schema);
      if (shape.kind === "vec") {
        const item = find(shape.item);
        if (item !== undefined) known = ofVec(item);
      }
      registered.set(schema, known);
    }
    return known ?? undefined;
  };
  return find;
}

// Writing and reading are looked up apart, so a bundle that only decodes can leave the writers out.
const compiledFor = /* @__PURE__ */ lookup<Compiled>(
  () =>
    Object.fromEntries(
      Object.keys(compiledWriters).map((name) => [
        name,
        {
          write: compiledWriters[name] as Writer,
          check: compiledChecks[name] as Check,
          copy: compiledCopies[name] as WireCopy,
        },
      ]),
    ),
  (item) => ({
    write: (value, depth) => vec(value, depth + 1, item.write),
    check: (value, depth) => okVec(value, depth + 1, item.check),
    copy: (value, depth, raw) => wireVec(value, depth + 1, raw, item.copy),
  }),
);

const readerFor = /* @__PURE__ */ lookup<Reader>(
  () => compiledReaders,
  (item) => (value, depth) => readVec(value, depth + 1, item),
);

/**
 * serde_json's bytes for `value`, or undefined when the exact path (validate,
 * then write the validated copy) must decide: the value is invalid, not yet
 * canonical, or rare. Three roads, fastest first: a value whose check passes
 * (fleetwire's own decoded values do) is written by JSON.stringify itself;
 * otherwise its wire copy (declaration order, sorted maps, markers for
 * bigints and `1.0`) is; a map with array-index keys (which no JS object
 * enumerates in UTF-8 order) is written by the generated string writer.
 * Whichever writes, the bytes are the exact path's (test/compiled/ checks it).
 */
export function writeCompiled(schema: AnySchema, value: unknown): string | undefined {
  const compiled = compiledFor(schema);
  if (compiled === undefined) return undefined;
  try {
    if (compiled.check(value, 0)) return finish(JSON.stringify(value));
    const raw: Raw = [];
    return fromWire(compiled.copy(value, 0, raw), raw);
  } catch (error) {
    if (error !== BAIL) return undefined; // anything a hostile value throws (a getter): the exact path reports it
  }
  try {
    return finish(compiled.write(value, 0));
  } catch {
    return undefined;
  }
}

/** The generated string writer alone (tests compare every road with the exact path). */
export function writeWithStringWriter(schema: AnySchema, value: unknown): string | undefined {
  try {
    const compiled = compiledFor(schema);
    return compiled === undefined ? undefined : finish(compiled.write(value, 0));
  } catch {
    return undefined;
  }
}

/**
 * The value zod's runtime would build from `parsed` (a JSON.parse result with
 * the scan's exact numbers), built by the generated reader; `NOT_READ` when
 * zod must decide (invalid input, or rare: its issues are the error).
 */
export function readCompiled(schema: AnySchema, parsed: unknown): unknown {
  const read = readerFor(schema);
  if (read === undefined) return NOT_READ;
  try {
    return read(parsed, 0);
  } catch {
    return NOT_READ;
  }
}

export const NOT_READ: unique symbol = Symbol("fleetwire: read by zod");

/** Whether `schema` has generated code (a registered wire type, or a vec of one). */
export function hasCompiled(schema: AnySchema): boolean {
  return readerFor(schema) !== undefined;
}
