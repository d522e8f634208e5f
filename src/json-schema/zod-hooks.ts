/**
 * fleetwire's schemas answer zod's own JSON Schema machinery with fleetwire's
 * JSON Schema: `z.toJSONSchema(FleetRunSchema)` (either `io`), the Standard
 * JSON Schema hook `FleetRunSchema["~standard"].jsonSchema.input()` and tools
 * built on them (zod-openapi) get the published schema: descriptions, integer
 * formats and ranges, u128 as an integer, defaults, closed structs,
 * discriminators. Both `io` modes get the same document: it describes the
 * JSON on the wire, which is what fleetwire reads and what it writes.
 *
 * A named type answers with its published definition, every type it uses
 * inlined (a document zod embeds has no `$defs` of ours to point into); a
 * leaf (u64, u128, f32, timestamp, Value, map, Option) with the fragment the
 * published schema has for it. Tagged unions come as `oneOf` + `discriminator`
 * (`classicUnion`), the layout OpenAPI tools expect and zod-openapi rewrites
 * its discriminated unions into; `schemas/` selects the variant by its tag.
 */
import type { z } from "zod";
import { answerJsonSchemaWith, metaOf } from "../serde/meta.js";
import type { JsonSchema } from "./schema-object.js";
import { classicUnions } from "./union-layout.js";

type AnySchema = z.core.$ZodType;
type Definitions = Readonly<Record<string, JsonSchema>>;

export interface HookSources {
  /** Every wire type's definition, by Rust name (`$ref`s point at `#/$defs/<Name>`). */
  readonly definitions: () => Definitions;
  /** One schema emitted by fleetwire's emitter, its named types as `$ref`s. */
  readonly emit: (schema: AnySchema) => JsonSchema;
}

const DEFS_PREFIX = "#/$defs/";
let busy = 0;

/** Runs the emitter with the hooks off: it calls `z.toJSONSchema` itself and must see zod's own walk. */
export function withoutHooks<T>(emit: () => T): T {
  busy++;
  try {
    return emit();
  } finally {
    busy--;
  }
}

/** A copy of `schema` with every `$ref` into `$defs` replaced by the definition itself. */
export function inlineRefs(schema: unknown, defs: Definitions): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, defs));
  if (typeof schema !== "object" || schema === null) return schema;
  const { $ref, ...rest } = schema as JsonSchema;
  const out: JsonSchema = {};
  if (typeof $ref === "string" && $ref.startsWith(DEFS_PREFIX)) {
    const name = $ref.slice(DEFS_PREFIX.length);
    const body = defs[name];
    if (body === undefined) throw new Error(`fleetwire JSON Schema: no definition ${name}`);
    Object.assign(out, inlineRefs(body, defs));
  } else if ($ref !== undefined) out.$ref = $ref;
  for (const [key, value] of Object.entries(rest)) {
    // A property's own description (the field's doc) wins over its type's.
    out[key] = key === "properties" || key === "$defs" ? mapInline(value, defs) : inlineRefs(value, defs);
  }
  return out;
}

function mapInline(map: unknown, defs: Definitions): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(map as JsonSchema))
    Object.defineProperty(out, key, {
      value: inlineRefs(value, defs),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

const answers = new WeakMap<AnySchema, JsonSchema>();

function answer(sources: HookSources, schema: AnySchema): JsonSchema | undefined {
  if (busy > 0) return undefined;
  const meta = metaOf(schema);
  // Strings and booleans zod says well itself; a schema without fleetwire metadata is zod's to walk.
  if (meta === undefined || meta.kind === "string" || meta.kind === "bool") return undefined;
  let json = answers.get(schema);
  if (json === undefined) {
    const defs = withoutHooks(sources.definitions);
    const own =
      meta.kind === "named"
        ? { $ref: `${DEFS_PREFIX}${meta.name}` }
        : (({ $schema: _s, $defs: _d, ...rest }) => rest)(withoutHooks(() => sources.emit(schema)));
    // OpenAPI tools built on these hooks expect a tagged union as `oneOf` + `discriminator`.
    json = classicUnions(inlineRefs(own, defs)) as JsonSchema;
    answers.set(schema, json);
  }
  // zod and the tools after it edit the schemas they are given.
  return structuredClone(json);
}

/** Installs the answers (the main entry does, once). */
export function installZodJsonSchemaHooks(sources: HookSources): void {
  answerJsonSchemaWith((schema) => answer(sources, schema));
}
