/** The lossless text codec: serde_json's reading and writing, for JSON text. */
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
