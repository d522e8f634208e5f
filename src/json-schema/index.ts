/**
 * JSON Schema for the wire types, for validators and code generators in other
 * languages. The committed files in `schemas/` are exactly `jsonSchemaFiles()`.
 */
import { type WireTypeName, isWireTypeName, wireTypeNames } from "../registry.js";
import {
  BUNDLE_FILE,
  bundleDocument,
  documentText,
  emitDefinitions,
  INDEX_FILE,
  indexDocument,
  schemaFileName,
  typeDocument,
} from "./emit.js";
import type { JsonSchema } from "./schema-object.js";

export { SCHEMA_BASE_URI } from "./emit.js";

/** A JSON Schema document (draft 2020-12), as plain JSON data. */
export type JsonSchemaDocument = Readonly<JsonSchema>;

let definitions: Readonly<Record<WireTypeName, JsonSchema>> | undefined;
const documents = new Map<WireTypeName, JsonSchemaDocument>();

function defs(): Readonly<Record<WireTypeName, JsonSchema>> {
  definitions ??= emitDefinitions();
  return definitions;
}

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
