/**
 * `fleetwire/express`: lossless request bodies and responses in Express 5
 * (and 4).
 *
 *     app.post("/runs", wireBody("FleetRun"), (req, res) => {
 *       req.body;                              // a FleetRun, every digit kept
 *       sendWire(res, "FleetRun", req.body, 201);  // serde's bytes
 *     });
 *
 * `wireBody` reads the request stream itself through `fleetwire/http` (same
 * limit, media type checks and RFC 9457 problems), so do not run
 * `express.json()` before it on these routes. Imports only Express's types.
 */
import { installPrecompiledParsers } from "../precompiled/install.js";
import type { RequestHandler, Response } from "express";
import type { DecodedValue, EncodableValue, WireTypeRef } from "../codec/decode.js";
import type { ReadWireBodyOptions } from "../http/body.js";
import { readWireBodyFromNode, writeProblem } from "../http/node.js";
import { checkWireType, encodeResponse, JSON_CONTENT_TYPE, WireResponseError } from "../http/response.js";

export { WireResponseError };

/** `fleetwire/http`'s body options: `limit`, `lines` (NDJSON), `contentTypes`, `maxErrors`, ... */
export type WireBodyOptions = ReadWireBodyOptions;

/** What `req.body` holds: the value, or every line's value with `{ lines: true }`. */
export type WireBody<T extends WireTypeRef, O> = O extends { readonly lines: true }
  ? DecodedValue<T>[]
  : DecodedValue<T>;

/**
 * Express middleware reading the request body as `type` (a Rust type name or
 * a contract schema) with the lossless codec into `req.body`. A body that
 * does not read is answered with its problem (`application/problem+json`) and
 * the next handlers do not run. With `{ lines: true }`: NDJSON, `req.body` is
 * the array of values. An unknown type name throws here, when the app is built.
 */
export function wireBody<T extends WireTypeRef, const O extends WireBodyOptions = Record<never, never>>(
  type: T,
  options?: O,
  // biome-ignore lint/suspicious/noExplicitAny: Express's own default for route parameters and response bodies
): RequestHandler<any, any, WireBody<T, O>> {
  checkWireType(type, "wireBody");
  const bodyOptions: ReadWireBodyOptions = options ?? {};
  return (req, res, next) => {
    readWireBodyFromNode(type, req, bodyOptions).then((result) => {
      if (!result.ok) return writeProblem(res, result);
      req.body = result.value as WireBody<T, O>;
      next();
    }, next);
  };
}

/**
 * Answers with `value` written as `type`: serde's bytes, `application/json`.
 * A value that does not fit the type throws a `WireResponseError` (status
 * 500) before anything is sent, for Express's error handling to answer.
 */
export function sendWire<T extends WireTypeRef>(
  res: Response,
  type: T,
  value: EncodableValue<T>,
  status = 200,
): void {
  const body = encodeResponse(type, value);
  res.status(status).set("content-type", JSON_CONTENT_TYPE).send(body);
}

// Server code: every fleetwire schema parses with the build-time parsers (as `fleetwire` does on Node).
installPrecompiledParsers();
