/**
 * OpenAPI 3.1: every wire type as `components.schemas` (its `$ref`s point at
 * `#/components/schemas/<RustName>`), a whole document for `fleetwire openapi`,
 * and the metadata `@asteasolutions/zod-to-openapi` needs to print fleetwire's
 * schemas instead of walking (and refusing) their transforms.
 */
import type { z } from "zod";
import { type WireTypeName, wireTypeNames, wireTypes } from "../registry.js";
import type { JsonSchema } from "./schema-object.js";
import { classicUnions } from "./union-layout.js";
import { inlineRefs } from "./zod-hooks.js";

/** An OpenAPI 3.1 Schema Object (a JSON Schema 2020-12 schema), as plain JSON data. */
export type OpenApiSchemaObject = { readonly [keyword: string]: unknown };

export const COMPONENTS_PREFIX = "#/components/schemas/";

/** A copy of `schema` whose `#/$defs/<Name>` references point at `#/components/schemas/<Name>`. */
function toComponentRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toComponentRefs);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    const moved =
      key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")
        ? `${COMPONENTS_PREFIX}${value.slice("#/$defs/".length)}`
        : toComponentRefs(value);
    Object.defineProperty(out, key, { value: moved, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Every wire type as an OpenAPI 3.1 `components` object: `{ schemas: { FleetRun: {...}, ... } }`, the same
 * schemas as `schemas/fleetwire.schema.json` with `$ref`s into `#/components/schemas/`, tagged unions as
 * `oneOf` + `discriminator` (what OpenAPI code generators read). Merge it into a
 * document's `components` and refer to a type as `{ $ref: "#/components/schemas/FleetRun" }`.
 */
export function openApiComponents(definitions: Readonly<Record<WireTypeName, JsonSchema>>): {
  schemas: Record<WireTypeName, OpenApiSchemaObject>;
} {
  const schemas = {} as Record<WireTypeName, OpenApiSchemaObject>;
  for (const name of wireTypeNames)
    schemas[name] = toComponentRefs(classicUnions(definitions[name])) as OpenApiSchemaObject;
  return { schemas };
}

/**
 * A whole OpenAPI 3.1 document holding every wire type under `components.schemas` and no paths: what
 * `fleetwire openapi` prints, for code generators that read OpenAPI rather than JSON Schema.
 */
export function openApiDocument(
  definitions: Readonly<Record<WireTypeName, JsonSchema>>,
  version: string,
): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "fleetwire",
      version,
      description:
        "The JSON wire types that Rust (serde) services and fleetwire exchange, as OpenAPI 3.1 components.",
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    paths: {},
    components: openApiComponents(definitions),
  };
}

export interface OpenApiMetadataOptions {
  /**
   * Each type becomes a component named by its Rust name, used through `$ref` (zod-to-openapi's
   * `_internal.refId`, what its `.openapi("Name")` sets). `false` writes every use inline. Default `true`.
   */
  readonly components?: boolean;
}

/**
 * Writes each wire type's schema (every type it uses inlined) into `registry` as metadata, keyed by the
 * contract's zod schema. `@asteasolutions/zod-to-openapi` reads its metadata from such a registry: pass its
 * `zodToOpenAPIRegistry` and it prints fleetwire's schemas, docs and formats included, for request bodies and
 * responses, each type once under `components.schemas`. Nothing is written to zod's `globalRegistry` unless
 * you pass it.
 */
export function addOpenApiMetadata(
  registry: z.core.$ZodRegistry<Record<string, unknown>>,
  definitions: Readonly<Record<WireTypeName, JsonSchema>>,
  options: OpenApiMetadataOptions = {},
): void {
  for (const name of wireTypeNames) {
    const schema = wireTypes[name].schema as z.core.$ZodType;
    // Metadata already there (the user's own `.openapi({...})` on this schema) wins, except the component name.
    const { _internal, ...current } = registry.get(schema) ?? {};
    const { refId: _, ...internal } = (_internal ?? {}) as Record<string, unknown>;
    const metadata: Record<string, unknown> = {
      ...(classicUnions(inlineRefs(definitions[name], definitions)) as JsonSchema),
      ...current,
    };
    if (options.components !== false) internal.refId = name;
    if (Object.keys(internal).length > 0) metadata._internal = internal;
    registry.remove(schema);
    registry.add(schema, metadata);
  }
}
