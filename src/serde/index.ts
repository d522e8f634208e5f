/**
 * serde's building blocks, written once: every contract module builds its
 * types from these and nothing else.
 */
export { bool, pathBuf, string } from "./primitives.js";
export { f32, f64, i32, u128, u16, u32, u64, usize } from "./numbers.js";
export { dateTimeUtc } from "./timestamp.js";
export { jsonValue, type JsonValue } from "./json-value.js";
export { btreeMap, vec } from "./collections.js";
export { defaultSkipIfEmpty, option, optionSkipIfNone, withDefault } from "./option.js";
export { closedStruct, type Named, newtypeString, struct } from "./structs.js";
export { flattenedStruct, openEnum, taggedEnum, unitEnum, type Variant } from "./enums.js";
