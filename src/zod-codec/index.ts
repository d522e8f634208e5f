/**
 * `wireCodec`: a wire type as a zod 4 codec from JSON text to the typed value, for
 * libraries that accept a zod schema or a Standard Schema (tRPC input
 * parsers, form libraries, Hono's and Fastify's zod integrations given text).
 *
 * zod's own codec pipeline is `in` → decode → `out`: with the contract as
 * `out`, every value would be validated twice (once inside `decodeJson`,
 * again by zod), and `.encode` would run the contract backwards, which
 * throws on its u128 transforms. So `out` is a pass-through schema typed as
 * the contract's output: `decodeJson` is the only validation on the way in,
 * `encodeJson` (which validates before writing) the only one on the way out.
 *
 * A layer of its own above the codec and JSON Schema: it is both (the input
 * side's JSON Schema embeds the type's schema as `contentSchema`).
 */
import { z } from "zod";
import { jsonSchema } from "../json-schema/index.js";
import { isWireTypeName } from "../registry.js";
import { namedMetaOf } from "../serde/meta.js";
import {
  type DecodedValue,
  type DecodeResult,
  encodeJson,
  resolveWireType,
  safeDecodeJson,
  type WireTypeRef,
} from "../codec/decode.js";
import { WireError } from "../codec/wire-error.js";

/**
 * The options `decodeJson` takes, whatever they are in this version: they are
 * handed to it as they are, so an option added to decoding needs no change here.
 */
type DecodeRest = typeof safeDecodeJson extends (type: never, text: never, ...rest: infer R) => unknown
  ? R
  : [];
export type WireCodecOptions = DecodeRest extends []
  ? Record<never, never>
  : DecodeRest extends [(infer O)?, ...unknown[]]
    ? NonNullable<O>
    : Record<never, never>;

type DecodeWithOptions = (
  type: WireTypeRef,
  text: string,
  options?: WireCodecOptions,
) => DecodeResult<unknown>;

/** The zod codec `wireCodec(type)` returns: JSON text in, the contract's output type out. */
export type WireCodec<T extends WireTypeRef> = z.ZodCodec<
  z.ZodString,
  z.ZodCustom<DecodedValue<T>, DecodedValue<T>>
>;

/** The JSON Schema of a wire type, when it is one of the 47 (a custom schema has none to point to). */
function wireJsonSchemaOf(schema: z.ZodType): Record<string, unknown> | undefined {
  const name = namedMetaOf(schema)?.name;
  return name !== undefined && isWireTypeName(name) ? { ...jsonSchema(name) } : undefined;
}

/** zod issues from a `WireError`: one per issue, same paths; the first carries line and column. */
function pushIssues(error: WireError, payload: z.core.ParsePayload, input: unknown): void {
  error.issues.forEach((issue, i) => {
    const where = i === 0 && error.line !== undefined ? ` (line ${error.line}, column ${error.column})` : "";
    payload.issues.push({
      code: "custom",
      message: `${issue.message}${where}`,
      path: [...issue.path],
      input,
      params: {
        wireType: error.typeName,
        ...(i === 0 && error.line !== undefined
          ? { line: error.line, column: error.column, excerpt: error.excerpt }
          : {}),
      },
    });
  });
}

/**
 * `type` (a Rust name or a contract schema) as a zod 4 codec between JSON
 * text and the typed value:
 *
 *     const FleetRunText = wireCodec("FleetRun");
 *     FleetRunText.decode(text);      // as decodeJson("FleetRun", text); ZodError with the same paths
 *     FleetRunText.encode(run);       // encodeJson's bytes, exactly
 *     FleetRunText["~standard"];      // a Standard Schema of text
 *
 * `options` are `decodeJson`'s, passed through. An unknown type name throws here, not on first use.
 */
export function wireCodec<T extends WireTypeRef>(type: T, options?: WireCodecOptions): WireCodec<T> {
  const { schema } = resolveWireType(type);
  const decode = safeDecodeJson as DecodeWithOptions;
  const contentSchema = wireJsonSchemaOf(schema);

  const text = z.string();
  // Input side: "a string holding JSON of this type" (JSON Schema 2020-12, 8.5).
  text._zod.processJSONSchema = (_ctx, json) => {
    json.type = "string";
    json.contentMediaType = "application/json";
    if (contentSchema !== undefined) json.contentSchema = contentSchema;
  };

  // Output side: no check of its own (decodeJson has validated; encodeJson validates).
  const value = z.custom<DecodedValue<T>>();
  value._zod.processJSONSchema = (_ctx, json) => {
    if (contentSchema !== undefined) Object.assign(json, contentSchema);
  };

  return z.codec(text, value, {
    decode: (input, payload) => {
      const result = decode(type, input, options);
      if (result.ok) return result.value as DecodedValue<T>;
      pushIssues(result.error, payload, input);
      return undefined as never;
    },
    encode: (decoded, payload) => {
      try {
        return encodeJson(type, decoded as never);
      } catch (error) {
        if (!(error instanceof WireError)) throw error;
        pushIssues(error, payload, decoded);
        return "";
      }
    },
  });
}
