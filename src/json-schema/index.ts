/**
 * JSON Schema for the wire types, for validators and code generators in other
 * languages. The committed files in `schemas/` are exactly `jsonSchemaFiles()`.
 */
import type { z } from "zod";
import { type WireTypeName, isWireTypeName, wireTypeNames } from "../registry.js";
import {
  BUNDLE_FILE,
  bundleDocument,
  canonical,
  documentText,
  emitDefinitions,
  INDEX_FILE,
  indexDocument,
  schemaFileName,
  toJsonSchema,
  typeDocument,
} from "./emit.js";
import type { JsonSchema } from "./schema-object.js";
import {
  addOpenApiMetadata as addMetadata,
  openApiComponents as buildComponents,
  openApiDocument as buildDocument,
  type OpenApiMetadataOptions,
  type OpenApiSchemaObject,
} from "./openapi.js";
import { installZodJsonSchemaHooks, withoutHooks } from "./zod-hooks.js";

export { SCHEMA_BASE_URI } from "./emit.js";
export type { OpenApiMetadataOptions, OpenApiSchemaObject } from "./openapi.js";

/** A JSON Schema document (draft 2020-12), as plain JSON data. */
export type JsonSchemaDocument = Readonly<JsonSchema>;

let definitions: Readonly<Record<WireTypeName, JsonSchema>> | undefined;
const documents = new Map<WireTypeName, JsonSchemaDocument>();

function defs(): Readonly<Record<WireTypeName, JsonSchema>> {
  definitions ??= withoutHooks(emitDefinitions);
  return definitions;
}

// `z.toJSONSchema(FleetRunSchema)`, `~standard.jsonSchema` and zod-openapi answer with the published schema.
installZodJsonSchemaHooks({ definitions: defs, emit: (schema) => canonical(toJsonSchema(schema)) });

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The self-contained JSON Schema of one wire type (`$id`
 * `https://fleetwire.dev/schemas/<RustName>.json`), the same document as
 * `fleetwire/schemas/<RustName>.json`. Built on first use, then cached; the
 * returned object is frozen and the same on every call.
 */
export function jsonSchema(name: WireTypeName): JsonSchemaDocument {
  if (!isWireTypeName(name)) throw new TypeError(`fleetwire: no wire type named ${JSON.stringify(name)}`);
  let doc = documents.get(name);
  if (doc === undefined) {
    doc = deepFreeze(typeDocument(name, defs()));
    documents.set(name, doc);
  }
  return doc;
}

/**
 * Every file of `schemas/`, file name → its exact text: one per type, the
 * bundle `fleetwire.schema.json` and `index.json`. A pure function of the
 * contracts: the same text on every call and every machine.
 */
export function jsonSchemaFiles(): Readonly<Record<string, string>> {
  const all = defs();
  const files: Record<string, string> = {};
  for (const name of wireTypeNames) files[schemaFileName(name)] = documentText(jsonSchema(name));
  files[BUNDLE_FILE] = documentText(bundleDocument(all));
  files[INDEX_FILE] = documentText(indexDocument(all));
  return files;
}

/**
 * Every wire type as OpenAPI 3.1 `components` (`{ schemas: { FleetRun: ..., ... } }`), `$ref`s pointing at
 * `#/components/schemas/<RustName>`. A fresh copy on every call: merge it into your document.
 */
export function openApiComponents(): { schemas: Record<WireTypeName, OpenApiSchemaObject> } {
  return buildComponents(defs());
}

/** A whole OpenAPI 3.1 document with every wire type under `components.schemas` (`fleetwire openapi`). */
export function openApiDocument(version: string): Record<string, unknown> {
  return buildDocument(defs(), version);
}

/**
 * For `@asteasolutions/zod-to-openapi`, which walks zod schemas itself: writes every contract's JSON Schema as
 * metadata into the registry it reads, so request bodies and responses print fleetwire's schemas, each type a
 * component: `addOpenApiMetadata(zodToOpenAPIRegistry)`, once, anywhere before generating. No `.openapi()` or
 * `registry.register` call is needed on fleetwire's schemas (zod-to-openapi's `.openapi()` exists only on
 * schemas made after `extendZodWithOpenApi(z)`, and fleetwire's exist from import).
 */
export function addOpenApiMetadata(
  registry: z.core.$ZodRegistry<Record<string, unknown>>,
  options?: OpenApiMetadataOptions,
): void {
  addMetadata(registry, defs(), options);
}
