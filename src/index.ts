/**
 * fleetwire: the JSON messages Rust (serde) and TypeScript fleet services
 * exchange, as zod 4 schemas with inferred types.
 */
export * from "./contracts/runners.js";
export * from "./contracts/events.js";
export * from "./contracts/jobtail.js";
export * from "./contracts/dashboard.js";
export * from "./contracts/fleet.js";
export {
  compiledSchema,
  domains,
  isWireTypeName,
  wireTypeNames,
  wireTypes,
  type Domain,
  type SchemaOf,
  type WireInput,
  type WireType,
  type WireTypeName,
  type WireValue,
} from "./registry.js";
export type { JsonValue } from "./serde/json-value.js";
export * from "./codec/index.js";
export {
  addOpenApiMetadata,
  jsonSchema,
  type JsonSchemaDocument,
  type OpenApiMetadataOptions,
  type OpenApiSchemaObject,
  openApiComponents,
  SCHEMA_BASE_URI,
} from "./json-schema/index.js";
export { type WireCodec, type WireCodecOptions, wireCodec } from "./zod-codec/index.js";
