/**
 * `fleetwire/hono`: lossless request bodies and responses inside Hono.
 *
 *     app.post("/runs", wireValidator("FleetRun"), (c) => {
 *       const run = c.req.valid("json");           // a FleetRun, every digit kept
 *       return wireJson(c, "FleetRun", run, 201);  // serde's bytes
 *     });
 *
 * The body is read from the Fetch `Request` by `fleetwire/http` (same limit,
 * media type checks and RFC 9457 problems: 400, 413, 415); `JSON.parse`
 * never sees it. Imports only `hono`'s types: no Hono code at run time.
 */
import { installPrecompiledParsers } from "../precompiled/install.js";
import type { Context, Env, MiddlewareHandler } from "hono";
import type { DecodedValue, EncodableValue, WireTypeRef } from "../codec/decode.js";
import type { ReadWireBodyOptions } from "../http/body.js";
import { readWireBody } from "../http/fetch.js";
import { problemResponse } from "../http/problem.js";
import { checkWireType, encodeResponse, JSON_CONTENT_TYPE, WireResponseError } from "../http/response.js";

export { WireResponseError };

/** `fleetwire/http`'s body options: `limit`, `lines` (NDJSON), `contentTypes`, `maxErrors`, ... */
export type WireValidatorOptions = ReadWireBodyOptions;

/** What `c.req.valid("json")` holds: the value, or every line's value with `{ lines: true }`. */
export type WireBody<T extends WireTypeRef, O> = O extends { readonly lines: true }
  ? DecodedValue<T>[]
  : DecodedValue<T>;

/**
 * Hono middleware reading the request body as `type` (a Rust type name or a
 * contract schema) with the lossless codec; `c.req.valid("json")` is the
 * typed value. A body that does not read is answered with the problem
 * (`application/problem+json`) and the handler does not run. With
 * `{ lines: true }`: NDJSON, and `c.req.valid("json")` is the array of values.
 * An unknown type name throws here, when the app is built.
 */
export function wireValidator<
  T extends WireTypeRef,
  const O extends WireValidatorOptions = Record<never, never>,
  E extends Env = Env,
  P extends string = string,
>(
  type: T,
  options?: O,
): MiddlewareHandler<E, P, { in: { json: EncodableValue<T> }; out: { json: WireBody<T, O> } }> {
  checkWireType(type, "wireValidator");
  const bodyOptions: ReadWireBodyOptions = options ?? {};
  return async (c, next) => {
    const result = await readWireBody(type, c.req.raw, bodyOptions);
    if (!result.ok)
      return problemResponse(result.problem, result.bodyUnread ? { headers: { connection: "close" } } : {});
    c.req.addValidatedData("json", result.value as object);
    await next();
  };
}

/**
 * Answers with `value` written as `type`: serde's bytes, `application/json`.
 * A value that does not fit the type throws a `WireResponseError` (status 500)
 * before anything is sent; Hono's `onError` answers it.
 */
export function wireJson<T extends WireTypeRef>(
  c: Context,
  type: T,
  value: EncodableValue<T>,
  status: number = 200,
): Response {
  const body = encodeResponse(type, value);
  return c.body(body, status as never, { "content-type": JSON_CONTENT_TYPE });
}

// Server code: every fleetwire schema parses with the build-time parsers (as `fleetwire` does on Node).
installPrecompiledParsers();
