/**
 * The generated writers (./writers.ts), found by schema: the registered wire
 * types, and a `vec` of one (what a list endpoint writes).
 */
import { wireTypeNames, wireTypes } from "../registry.js";
import type { AnySchema } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";
import { finish, vec, type Writer } from "./runtime.js";
import { compiledWriters } from "./writers.js";

let registered: WeakMap<AnySchema, Writer | null> | undefined;

function writerFor(schema: AnySchema): Writer | undefined {
  if (registered === undefined) {
    registered = new WeakMap();
    for (const name of wireTypeNames)
      registered.set(wireTypes[name].schema as AnySchema, compiledWriters[name] ?? null);
  }
  let writer = registered.get(schema);
  if (writer === undefined) {
    writer = null;
    const shape = shapeOf(schema);
    if (shape.kind === "vec") {
      const item = writerFor(shape.item);
      if (item !== undefined) writer = (value, depth) => vec(value, depth + 1, item);
    }
    registered.set(schema, writer);
  }
  return writer ?? undefined;
}

/**
 * serde_json's bytes for `value`, written by the generated writer in one walk,
 * or undefined when the exact path (validate, then write the validated copy)
 * must decide: the value is invalid, not yet canonical, or rare. When both
 * write, they write the same bytes (test/compiled/ checks it on every type).
 */
export function writeCompiled(schema: AnySchema, value: unknown): string | undefined {
  const writer = writerFor(schema);
  if (writer === undefined) return undefined;
  try {
    return finish(writer(value, 0));
  } catch {
    return undefined; // BAIL, or anything a hostile value throws (a getter): the exact path reports it
  }
}
