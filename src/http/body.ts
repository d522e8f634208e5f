/**
 * What both readers share: the options, the header checks (media type,
 * charset, content coding, Content-Length), and decoding the collected bytes
 * into a result that is either the typed value or a problem ready to send.
 */
import { type DecodedValue, safeDecodeJson, type WireTypeRef } from "../codec/decode.js";
import { type DecodedLine, decodeJsonLines } from "../codec/lines.js";
import type { UnknownFieldsOptions } from "../codec/unknown-fields.js";
import type { WireError } from "../codec/wire-error.js";
import {
  problemResponse,
  tooLargeProblem,
  unsupportedMediaTypeProblem,
  type WireProblem,
  wireLinesProblem,
  wireProblem,
} from "./problem.js";

/** 1 MiB. */
export const DEFAULT_LIMIT = 1024 * 1024;

/** 30 seconds: reading the body may take this long, then the answer is 408. */
export const DEFAULT_TIMEOUT = 30_000;

/** The most issues, or bad NDJSON lines, listed; NDJSON reading stops at that many bad lines. */
export const DEFAULT_MAX_ERRORS = 20;

export const JSON_TYPES: readonly string[] = ["application/json"];
export const LINES_TYPES: readonly string[] = ["application/x-ndjson", "application/jsonl"];

/**
 * `unknownFields` (keys serde ignores): `"report"` lists them on the result
 * (`unknownFields`, and `onUnknownFields` to log them); `"reject"` answers 400
 * naming the field; `"drop"` ignores them (the closed Runner family too).
 */
export interface ReadWireBodyOptions extends UnknownFieldsOptions {
  /** The largest body accepted, in bytes (413 above it). Default 1 MiB. */
  readonly limit?: number;
  /**
   * Read NDJSON (one document per line, blank lines skipped) and return every
   * line's result. Default media types become `application/x-ndjson` and
   * `application/jsonl`.
   */
  readonly lines?: boolean;
  /**
   * The media types accepted (415 otherwise), lowercase without parameters.
   * Default `application/json`, or the NDJSON types with `lines`. The charset,
   * if given, must be UTF-8.
   */
  readonly contentTypes?: readonly string[];
  /**
   * The most issues (or bad lines) listed in a problem's `errors`. With
   * `lines`, reading also stops at that many bad lines: a body of a million
   * bad lines costs 20 lines' work, not a million error objects. Default 20.
   */
  readonly maxErrors?: number;
  /**
   * The most milliseconds reading the body may take, from the first read to its
   * end; after it the answer is 408 (problem+json) and the connection is closed,
   * so a slow client cannot hold the buffer. Default 30,000 (30 s).
   */
  readonly timeout?: number;
}

/** The body did not read: a problem to send as it is. */
export interface WireBodyFailure {
  readonly ok: false;
  readonly status: 400 | 408 | 413 | 415;
  /** The RFC 9457 problem details (`application/problem+json`). */
  readonly problem: WireProblem;
  /** The problem as a Fetch API `Response` (a new one each time this is read). */
  readonly response: Response;
  /** For a body that did not read as the type: the codec's error (NDJSON: the first bad line's). */
  readonly error?: WireError;
  /**
   * The body was not read to its end (408, 413, 415): a Node server should close
   * the connection after answering (`writeProblem` does).
   */
  readonly bodyUnread: boolean;
}

export type WireBodyResult<V> =
  | {
      readonly ok: true;
      readonly value: V;
      /** With `unknownFields: "report"`: the paths of the keys serde ignored (`tasks[2].budget`). */
      readonly unknownFields?: readonly string[];
    }
  | WireBodyFailure;

/**
 * NDJSON: `value` holds every line's value when all lines are valid; otherwise
 * a 400 problem with one entry per bad line. Either way `lines` has each
 * line's own result, for a handler that accepts the good lines of a batch.
 */
export type WireLinesResult<V> =
  | {
      readonly ok: true;
      readonly value: V[];
      /** Each line's result; with `unknownFields: "report"`, each line's own `unknownFields`. */
      readonly lines: readonly DecodedLine<V>[];
    }
  | (WireBodyFailure & { readonly lines?: readonly DecodedLine<V>[] });

export function failure(problem: WireProblem, bodyUnread: boolean, error?: WireError): WireBodyFailure {
  return {
    ok: false,
    status: problem.status,
    problem,
    get response() {
      return problemResponse(problem);
    },
    ...(error !== undefined ? { error } : {}),
    bodyUnread,
  };
}

export function timeoutOf(options: ReadWireBodyOptions): number {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (!(Number.isFinite(timeout) && timeout > 0))
    throw new RangeError(`timeout must be a positive number of milliseconds, got ${String(timeout)}`);
  return timeout;
}

export function maxErrorsOf(options: ReadWireBodyOptions): number {
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  if (!(Number.isSafeInteger(maxErrors) && maxErrors >= 1))
    throw new RangeError(`maxErrors must be a whole number from 1, got ${String(maxErrors)}`);
  return maxErrors;
}

export function limitOf(options: ReadWireBodyOptions): number {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!(Number.isSafeInteger(limit) && limit >= 0))
    throw new RangeError(`limit must be a whole number of bytes, got ${String(limit)}`);
  return limit;
}

/** A header that may come repeated (Node) as one value. */
export function headerValue(value: string | readonly string[] | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === "string" ? value : value.join(", ");
}

/** Content-Length, when present and well-formed. */
export function contentLengthOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

/**
 * The header checks before any byte is read: a 415 for a media type not
 * accepted, a charset other than UTF-8 or a content coding, a 413 for a
 * Content-Length over the limit; `undefined` when the body may be read.
 */
export function checkHeaders(
  contentType: string | undefined,
  contentEncoding: string | undefined,
  contentLength: string | undefined,
  options: ReadWireBodyOptions,
): WireBodyFailure | undefined {
  const accept = options.contentTypes ?? (options.lines === true ? LINES_TYPES : JSON_TYPES);
  const described = accept.join(" or ");
  const encoding = contentEncoding?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== "" && encoding !== "identity") {
    return failure(
      {
        ...unsupportedMediaTypeProblem(
          `Content-Encoding ${JSON.stringify(encoding)} is not supported: send the body uncompressed.`,
          accept,
        ),
        contentEncoding: encoding,
      },
      true,
    );
  }
  if (contentType === undefined || contentType.trim() === "") {
    return failure(
      unsupportedMediaTypeProblem(`The request has no Content-Type: send ${described}.`, accept),
      true,
    );
  }
  const [mediaType, ...parameters] = contentType.split(";").map((part) => part.trim());
  if (!accept.includes((mediaType as string).toLowerCase())) {
    return failure(
      unsupportedMediaTypeProblem(
        `Content-Type ${JSON.stringify(contentType.slice(0, 100))} is not accepted: send ${described}.`,
        accept,
      ),
      true,
    );
  }
  for (const parameter of parameters) {
    const eq = parameter.indexOf("=");
    if (eq === -1 || parameter.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    const charset = parameter
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    // `utf8` is a common spelling of the same encoding (WHATWG lists it as a label of UTF-8).
    if (charset !== "utf-8" && charset !== "utf8") {
      return failure(
        unsupportedMediaTypeProblem(
          `charset ${JSON.stringify(charset.slice(0, 40))} is not accepted: send UTF-8 (charset=utf-8, or no charset).`,
          accept,
        ),
        true,
      );
    }
  }
  const limit = limitOf(options);
  const length = contentLengthOf(contentLength);
  if (length !== undefined && length > limit) return failure(tooLargeProblem(limit, length), true);
  return undefined;
}

/** Decodes the body's bytes as the type (or as NDJSON of it). */
export function decodeBody<T extends WireTypeRef>(
  type: T,
  bytes: Uint8Array,
  options: ReadWireBodyOptions,
): WireBodyResult<DecodedValue<T>> | WireLinesResult<DecodedValue<T>> {
  if (options.lines === true) {
    const maxErrors = maxErrorsOf(options);
    const lines = [...decodeJsonLines(type, bytes, { ...options, maxErrors })];
    const problem = wireLinesProblem(lines, { maxErrors });
    if (problem === undefined)
      return { ok: true, value: lines.map((line) => (line as { value: DecodedValue<T> }).value), lines };
    const firstBad = lines.find((line) => !line.ok) as { error: WireError };
    return Object.assign(failure(problem, false, firstBad.error), { lines });
  }
  const result = safeDecodeJson(type, bytes, options);
  return result.ok
    ? result // with "report", its `unknownFields`
    : failure(wireProblem(result.error, { maxErrors: maxErrorsOf(options) }), false, result.error);
}

export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
