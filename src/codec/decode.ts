/**
 * JSON text in, typed value out, exactly as the Rust side would read it;
 * typed value in, serde_json's bytes out.
 */
import type { z } from "zod";
import { writeCompiled } from "../compiled/index.js";
import { isObjectPrototypePolluted } from "../serde/json-value.js";
import { namedMetaOf } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";
import {
  compiledSchema,
  isWireTypeName,
  type SchemaOf,
  wireTypeNames,
  wireTypes,
  type WireTypeName,
} from "../registry.js";
import { EncodeProblem, encoderFor, NeedsPreciseWriter, snapshotOf } from "./encoder.js";
import { markTransferFor } from "./float-marks.js";
import { fastParseJsonText } from "./fast-parse.js";
import { locatePath, type ParsedText, parseJsonText, TextSyntaxError } from "./text-parser.js";
import { type ShapePath, type ShapeVisitor, walkShape } from "./shape-walk.js";
import {
  findUnknownFields,
  listUnknownField,
  reachesClosedStruct,
  type UnknownField,
  type UnknownFieldsFound,
  type UnknownFieldsOptions,
  unknownFieldMessage,
  unknownFieldsModeOf,
} from "./unknown-fields.js";
import { formatPath, positionIn, WireError, type WireErrorDetails, type WireIssue } from "./wire-error.js";

/** A wire type: its Rust name, or its schema. */
export type WireTypeRef = WireTypeName | z.ZodType;

/** The value a wire type reads into. */
export type DecodedValue<T extends WireTypeRef> = T extends WireTypeName
  ? z.output<SchemaOf<T>>
  : T extends z.ZodType
    ? z.output<T>
    : never;

/** The value a wire type accepts for writing. */
export type EncodableValue<T extends WireTypeRef> = T extends WireTypeName
  ? z.input<SchemaOf<T>>
  : T extends z.ZodType
    ? z.input<T>
    : never;

/** Options of the reading entry points. */
export interface DecodeOptions extends UnknownFieldsOptions {}

export type DecodeResult<V> =
  | {
      readonly ok: true;
      readonly value: V;
      /** With `unknownFields: "report"`: the path of every key serde ignored (`tasks[2].budget`), in document order. */
      readonly unknownFields?: readonly string[];
    }
  | { readonly ok: false; readonly error: WireError };

export function resolveWireType(type: WireTypeRef): { schema: z.ZodType; typeName: string } {
  if (typeof type === "string") {
    if (!isWireTypeName(type)) {
      throw new TypeError(
        `fleetwire has no wire type named ${JSON.stringify(String(type).slice(0, 60))}; known: ${wireTypeNames.join(", ")}`,
      );
    }
    return { schema: wireTypes[type].schema as z.ZodType, typeName: type };
  }
  return { schema: type, typeName: namedMetaOf(type)?.name ?? "value" };
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The longest input read: 2^29 − 24 bytes (just under 512 MiB), the longest
 * string a JavaScript engine (V8) can hold. Longer input is an ordinary
 * `WireError` that names the limit, never an engine error.
 */
export const MAX_INPUT_LENGTH = 2 ** 29 - 24;

function tooLarge(typeName: string, length: number, unit: string): WireError {
  return lightError({
    typeName,
    path: [],
    expected:
      `input too large: ${length} ${unit}; fleetwire reads at most ${MAX_INPUT_LENGTH} ` +
      "(512 MiB, the longest string JavaScript holds)",
  });
}

/**
 * A `WireError` without a stack trace: errors that are returned (safeDecodeJson,
 * a bad NDJSON line) are data, and capturing a stack for each of thousands of
 * bad lines costs time and memory. `decodeJson` adds the stack when it throws.
 */
export function lightError(details: WireErrorDetails): WireError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new WireError(details);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function textOf(input: string | Uint8Array, typeName: string): string {
  if (typeof input === "string") return input;
  if (input.length > MAX_INPUT_LENGTH) throw tooLarge(typeName, input.length, "bytes");
  try {
    return utf8.decode(input);
  } catch {
    const offset = firstInvalidUtf8(input);
    // Line and column from the valid text before the bad byte; `offset` in the error is in UTF-16 units, as for text.
    const before = utf8.decode(input.subarray(0, offset));
    throw errorAt(before, before.length, typeName, [], `invalid UTF-8 at byte ${offset}`);
  }
}

/**
 * Byte offset of the first invalid UTF-8 sequence (only called once decoding
 * has failed): a forward scan, since validity of a prefix is not monotone
 * (a cut inside a multi-byte character is invalid too).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes needed, and the range of the first one (overlongs, surrogates, > U+10FFFF excluded).
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, min] = [2, 0xa0];
    else if (b === 0xed) [need, max] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, min] = [3, 0x90];
    else if (b === 0xf4) [need, max] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else return i;
    if (i + need >= n) return i;
    const first = bytes[i + 1] as number;
    if (first < min || first > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

function errorAt(
  text: string,
  offset: number,
  typeName: string,
  path: readonly (string | number)[],
  expected: string,
  issues?: WireIssue[],
) {
  const { line, column, excerpt } = positionIn(text, offset);
  return lightError({ typeName, path, expected, line, column, offset, excerpt, issues });
}

/**
 * The one walk of the parsed value before zod reads it: serde refuses a
 * repeated struct field (a repeated key in a map or JSON value keeps the last),
 * and with `findUnknown` the keys serde ignores are listed and taken out of
 * closed structs. Walks nothing when there is neither to look for.
 */
function walkParsed(
  schema: z.ZodType,
  parsed: ParsedText,
  text: string,
  typeName: string,
  findUnknown: boolean,
): UnknownField[] | undefined {
  if (parsed.duplicates.length === 0)
    return findUnknown ? findUnknownFields(schema, parsed.value, true) : undefined;
  const holders = new Set<object>();
  for (const duplicate of parsed.duplicates) holders.add(duplicate.container);
  const state: RepeatedKeys & UnknownFieldsFound = {
    holders,
    structs: new Map(),
    unknownFields: [],
    removeUnknown: findUnknown,
  };
  walkShape(schema, parsed.value, findUnknown ? repeatedAndUnknown : repeatedOnly, state);
  for (const duplicate of parsed.duplicates) {
    const struct = state.structs.get(duplicate.container);
    if (struct?.fields.has(duplicate.key)) {
      throw errorAt(
        text,
        duplicate.offset,
        typeName,
        [...struct.path, duplicate.key],
        `duplicate field \`${duplicate.key}\``,
      );
    }
  }
  return findUnknown ? state.unknownFields : undefined;
}

/** Of the objects holding a repeated key (`holders`), those the schema reads as a struct: path and field names. */
interface RepeatedKeys {
  readonly holders: ReadonlySet<object>;
  readonly structs: Map<object, { readonly path: ShapePath; readonly fields: { has(key: string): boolean } }>;
}

const noteStruct: ShapeVisitor<RepeatedKeys>["struct"] = (state, object, fields, path) => {
  if (state.holders.has(object)) state.structs.set(object, { path: [...path], fields });
};

// An unknown variant: every field name of every variant counts, so a repeated tag is still caught.
const noteUnknownVariant: ShapeVisitor<RepeatedKeys>["unknownVariant"] = (state, object, tagged, path) => {
  if (state.holders.has(object)) {
    const fields = [...tagged.variants.values()].flatMap((variant) => {
      const shape = shapeOf(variant);
      return shape.kind === "struct" ? shape.fields.map(([key]) => key) : [];
    });
    state.structs.set(object, { path: [...path], fields: new Set(fields) });
  }
};

const repeatedOnly: ShapeVisitor<RepeatedKeys> = { struct: noteStruct, unknownVariant: noteUnknownVariant };
const repeatedAndUnknown: ShapeVisitor<RepeatedKeys & UnknownFieldsFound> = {
  ...repeatedOnly,
  unknownKey: listUnknownField,
};

/** The most issues one error keeps: a body with 100,000 bad items does not become 100,000 issue objects. */
export const MAX_ISSUES = 100;

function errorFromIssues(error: z.ZodError, text: string | undefined, typeName: string): WireError {
  const issues: WireIssue[] = error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path as (string | number)[],
    message: issue.message,
  }));
  const first = issues[0] as WireIssue;
  if (text === undefined) return lightError({ typeName, path: first.path, expected: first.message, issues });
  return errorAt(text, locatePath(text, first.path), typeName, first.path, first.message, issues);
}

function decodeText<T extends WireTypeRef>(
  type: T,
  input: string | Uint8Array,
  options?: DecodeOptions,
): DecodeResult<DecodedValue<T>> {
  const { schema, typeName } = resolveWireType(type);
  const mode = unknownFieldsModeOf(options);
  let text: string;
  let parsed: ParsedText;
  let unknown: UnknownField[] | undefined;
  try {
    text = textOf(input, typeName);
    try {
      // Polluted: the text is read into objects without a prototype, so no verdict changes.
      const polluted = isObjectPrototypePolluted();
      parsed =
        (polluted ? undefined : fastParseJsonText(text)) ?? parseJsonText(text, { nullPrototype: polluted });
    } catch (error) {
      if (error instanceof TextSyntaxError) throw errorAt(text, error.offset, typeName, [], error.message);
      throw error;
    }
    // Any mode given explicitly: unknown keys are found and taken out before zod reads (closed structs then accept them).
    // ("drop" where no closed struct can be met has nothing to do: zod leaves unknown keys out itself.)
    unknown = walkParsed(
      schema,
      parsed,
      text,
      typeName,
      mode !== undefined && (mode !== "drop" || reachesClosedStruct(schema)),
    );
  } catch (error) {
    if (error instanceof WireError) return { ok: false, error };
    // The engine's own limits (a string or array too long to build) are the input's fault, not a crash.
    if (error instanceof RangeError)
      return { ok: false, error: tooLarge(typeName, input.length, "characters") };
    throw error;
  }
  const result = compiledSchema(schema).safeParse(parsed.value);
  if (!result.success) return { ok: false, error: errorFromIssues(result.error, text, typeName) };
  if (parsed.hasIntegralFloats) markTransferFor(schema)?.(parsed.value, result.data);
  const value = result.data as DecodedValue<T>;
  if (unknown === undefined || mode === "drop") return { ok: true, value };
  if (mode === "reject" && unknown.length > 0) {
    const issues = unknown.map((field) => ({ path: field.path, message: unknownFieldMessage(field) }));
    const first = issues[0] as WireIssue;
    return {
      ok: false,
      error: errorAt(text, locatePath(text, first.path), typeName, first.path, first.message, issues),
    };
  }
  if (mode !== "report") return { ok: true, value };
  const unknownFields = unknown.map((field) => formatPath(field.path));
  if (unknownFields.length > 0) options?.onUnknownFields?.(unknownFields);
  return { ok: true, value, unknownFields };
}

/**
 * Read JSON text (a string, or UTF-8 bytes) as `type`, exactly as serde would:
 * every digit kept, duplicate fields and lone surrogates refused. Throws `WireError`.
 * `options.unknownFields` chooses what happens to keys serde ignores; with
 * `"report"`, `options.onUnknownFields` receives their paths (or use `safeDecodeJson`).
 */
export function decodeJson<T extends WireTypeRef>(
  type: T,
  text: string | Uint8Array,
  options?: DecodeOptions,
): DecodedValue<T> {
  const result = decodeText(type, text, options);
  if (!result.ok) {
    Error.captureStackTrace?.(result.error, decodeJson);
    throw result.error;
  }
  return result.value;
}

/** As `decodeJson`, returning `{ ok, value }` or `{ ok: false, error }` instead of throwing. */
export function safeDecodeJson<T extends WireTypeRef>(
  type: T,
  text: string | Uint8Array,
  options?: DecodeOptions,
): DecodeResult<DecodedValue<T>> {
  return decodeText(type, text, options);
}

/**
 * Write `value` as `type`, byte for byte what `serde_json::to_string` writes.
 * The value is validated first: one that does not fit the contract is a `WireError`, never wrong bytes.
 */
export function encodeJson<T extends WireTypeRef>(type: T, value: EncodableValue<T>): string {
  const { schema, typeName } = resolveWireType(type);
  // The generated writer, or (when it declines) the exact path, each from its own single read.
  const fast = writeCompiled(schema, value);
  if (fast !== undefined) return fast;
  try {
    return encodeExact(schema, typeName, value);
  } catch (error) {
    if (error instanceof WireError) Error.captureStackTrace?.(error, encodeJson);
    throw error;
  }
}

/**
 * The exact path, which decides every verdict and every error: copy the
 * value reading each property once, validate the copy, write the validated
 * copy. The generated writers are held to its bytes.
 */
export function encodeExact(schema: z.ZodType, typeName: string, value: unknown): string {
  try {
    // Validated and written from one copy, read once: nothing is read again after validation.
    const copy = snapshotOf(value);
    const result = compiledSchema(schema).safeParse(copy);
    if (!result.success) throw errorFromIssues(result.error, undefined, typeName);
    markTransferFor(schema)?.(copy, result.data);
    return write(schema, result.data);
  } catch (error) {
    if (error instanceof EncodeProblem)
      throw new WireError({ typeName, path: error.path, expected: error.message });
    throw error;
  }
}

function write(schema: z.ZodType, value: unknown): string {
  try {
    return encoderFor(schema)(value, 0, undefined, undefined);
  } catch (error) {
    if (error instanceof NeedsPreciseWriter) return encoderFor(schema, true)(value, 0, undefined, undefined);
    throw error;
  }
}
