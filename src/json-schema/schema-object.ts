/** The one type for a JSON Schema object, emitted or read back, and its guard. */
import { isPlainRecord } from "../serde/describe.js";

/** A JSON Schema object (draft 2020-12) as plain JSON data: keyword to value. */
export type JsonSchema = { [keyword: string]: unknown };

/** A JSON Schema object rather than a boolean schema, an array or a scalar. */
export const isJsonSchema: (value: unknown) => value is JsonSchema = isPlainRecord;
