/**
 * The generated wire copies (./writers.ts), found by schema: the registered
 * wire types, and a `vec` of one (what a list endpoint writes).
 */
import { wireTypeNames, wireTypes } from "../registry.js";
import type { AnySchema } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";
import { isObjectPrototypePolluted } from "../serde/json-value.js";
import { type WireCopy, wireVec, writeCopy } from "./runtime.js";
import { compiledCopies } from "./writers.js";

let registered: WeakMap<AnySchema, WireCopy | null> | undefined;

/** By schema: the registered wire types, then any `vec` of one met since. */
function copyFor(schema: AnySchema): WireCopy | undefined {
  if (registered === undefined) {
    registered = new WeakMap();
    for (const name of wireTypeNames) {
      const copy = compiledCopies[name];
      if (copy !== undefined) registered.set(wireTypes[name].schema as AnySchema, copy);
    }
  }
  let known = registered.get(schema);
  if (known === undefined) {
    known = null;
    const shape = shapeOf(schema);
    if (shape.kind === "vec") {
      const item = copyFor(shape.item);
      if (item !== undefined) known = (value, depth, raw) => wireVec(value, depth + 1, raw, item);
    }
    registered.set(schema, known);
  }
  return known ?? undefined;
}

/**
 * serde_json's bytes for `value`, or undefined when the exact path (copy,
 * validate, write the validated copy) must decide: the value is invalid, not
 * yet canonical, or rare. The generated copy reads each property of `value`
 * once and checks it as it goes; `JSON.stringify` then writes that copy,
 * fleetwire's own objects, never the caller's. The bytes are the exact
 * path's (test/compiled/writers.test.ts holds every wire type to it).
 */
export function writeCompiled(schema: AnySchema, value: unknown): string | undefined {
  const copy = copyFor(schema);
  if (copy === undefined || isObjectPrototypePolluted()) return undefined;
  try {
    return writeCopy(copy, value);
  } catch {
    // BAIL, or anything a hostile value throws (a getter): the exact path reads again and reports.
    return undefined;
  }
}
