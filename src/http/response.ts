/**
 * Writing a response body as a wire type, for the framework adapters: serde's
 * bytes, or an error the server sees (never wrong bytes on the wire, never
 * the value's details in the client's answer).
 */
import { type EncodableValue, encodeJson, resolveWireType, type WireTypeRef } from "../codec/decode.js";
import { WireError } from "../codec/wire-error.js";

export const JSON_CONTENT_TYPE = "application/json";

/**
 * A handler's value does not fit the wire type it answers with: a bug on the
 * server. Thrown before any byte is written, with `statusCode` 500, so the
 * framework's error handler answers 500 and logs it; `cause` is the `WireError`.
 */
export class WireResponseError extends Error {
  override readonly name = "WireResponseError";
  readonly statusCode = 500;
  readonly status = 500;
  readonly code = "FLEETWIRE_ERR_RESPONSE";
  readonly typeName: string;
  override readonly cause: WireError;

  constructor(cause: WireError) {
    super(`the response value does not fit its wire type: ${cause.message}`);
    this.typeName = cause.typeName;
    this.cause = cause;
  }
}

/** `encodeJson(type, value)`, its WireError as a WireResponseError. */
export function encodeResponse<T extends WireTypeRef>(type: T, value: EncodableValue<T>): string {
  try {
    return encodeJson(type, value);
  } catch (error) {
    if (error instanceof WireError) throw new WireResponseError(error);
    throw error;
  }
}

/** Resolves a type at setup, so an unknown name fails when the app is built, not on a request. */
export function checkWireType(type: WireTypeRef, where: string): void {
  try {
    resolveWireType(type);
  } catch (error) {
    throw new TypeError(`${where}: ${(error as Error).message}`);
  }
}
