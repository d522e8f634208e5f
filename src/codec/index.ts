/**
 * The lossless text codec: serde_json's reading and writing, for JSON text.
 * The public face of src/codec for src/index.ts (and tests). Modules inside
 * src/ import the module that defines a name instead: a barrel imported from
 * both sides of a chunk boundary makes Rollup warn of a re-export cycle.
 */
export {
  decodeJson,
  encodeJson,
  safeDecodeJson,
  type DecodeOptions,
  type DecodedValue,
  type DecodeResult,
  type EncodableValue,
  type WireTypeRef,
} from "./decode.js";
export { decodeJsonLines, type DecodedLine, type LineSource } from "./lines.js";
export { formatPath, WireError, type WireIssue, type WirePath } from "./wire-error.js";
export {
  isUnknownFieldsMode,
  UNKNOWN_FIELDS_MODES,
  type UnknownFieldsMode,
  type UnknownFieldsOptions,
} from "./unknown-fields.js";
