/**
 * RFC 9457 problem details (`application/problem+json`) for a request body
 * that cannot be read as a wire type: 400 invalid, 413 too large, 415 wrong
 * media type or content coding. Built to be sent as they are: they name
 * where and what, and never echo the body (every string is clipped).
 */
import type { DecodedLine } from "../codec/lines.js";
import { formatPath, type WireError } from "../codec/wire-error.js";
import { jsonPointer } from "../codec/pointer.js";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The `type` URIs of fleetwire's problems. */
export const PROBLEM_TYPES = {
  invalidBody: "https://fleetwire.dev/problems/invalid-body",
  bodyTooLarge: "https://fleetwire.dev/problems/body-too-large",
  unsupportedMediaType: "https://fleetwire.dev/problems/unsupported-media-type",
  unreadableBody: "https://fleetwire.dev/problems/unreadable-body",
  bodyTimeout: "https://fleetwire.dev/problems/body-timeout",
} as const;

export type ProblemStatus = 400 | 408 | 413 | 415;

/** One issue in a problem's `errors`. */
export interface WireProblemError {
  /** What was expected and what came. */
  readonly detail: string;
  /** `tasks[0].retry.max_attempts` ("" at the root). */
  readonly path: string;
  /** The same as an RFC 6901 JSON Pointer: `/tasks/0/retry/max_attempts`. */
  readonly pointer: string;
  /** NDJSON: the line. One document: the first issue's line. */
  readonly line?: number;
  readonly column?: number;
}

/** An RFC 9457 problem details object, with fleetwire's extension members. */
export interface WireProblem {
  readonly type: string;
  readonly title: string;
  readonly status: ProblemStatus;
  /** A sentence a person can act on; for an invalid body, the `WireError` message. */
  readonly detail: string;
  /** The Rust type the body was read as. */
  readonly wireType?: string;
  /** Where the (first) problem is: `tasks[0].retry.max_attempts`. */
  readonly path?: string;
  /** The same as a JSON Pointer. */
  readonly pointer?: string;
  /** Line and column of the (first) problem in the body. */
  readonly line?: number;
  readonly column?: number;
  /** Every issue (one per bad line for NDJSON), up to the `maxErrors` option. */
  readonly errors?: readonly WireProblemError[];
  /** How many issues (or bad lines) there were in all. */
  readonly errorCount?: number;
  /** 413: the limit in bytes. */
  readonly limit?: number;
  /** 415: the media types accepted. */
  readonly accept?: readonly string[];
  readonly [extension: string]: unknown;
}

/** The longest string a problem carries; the rest is cut with "…". */
const MAX_TEXT = 500;

export function clip(text: string, max = MAX_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function pointerOf(path: WireError["path"]): string {
  return clip(jsonPointer(path));
}

/** The problem for a body that did not read as its wire type (status 400). */
export function wireProblem(error: WireError, options: { readonly maxErrors?: number } = {}): WireProblem {
  const maxErrors = options.maxErrors ?? 20;
  const errors: WireProblemError[] = error.issues.slice(0, maxErrors).map((issue, i) => ({
    detail: clip(issue.message),
    path: clip(formatPath(issue.path)),
    pointer: pointerOf(issue.path),
    ...(i === 0 && error.line !== undefined ? { line: error.line, column: error.column } : {}),
  }));
  return {
    type: PROBLEM_TYPES.invalidBody,
    title: "Invalid request body",
    status: 400,
    detail: clip(error.message),
    wireType: error.typeName,
    path: clip(error.pathString),
    pointer: pointerOf(error.path),
    ...(error.line !== undefined ? { line: error.line, column: error.column } : {}),
    errors,
    errorCount: error.issues.length,
  };
}

/** The problem for NDJSON with bad lines (status 400): one entry in `errors` per bad line. */
export function wireLinesProblem(
  lines: readonly DecodedLine<unknown>[],
  options: { readonly maxErrors?: number } = {},
): WireProblem | undefined {
  const maxErrors = options.maxErrors ?? 20;
  const bad = lines.filter((line): line is Extract<DecodedLine<unknown>, { ok: false }> => !line.ok);
  const first = bad[0];
  if (first === undefined) return undefined;
  const { error } = first;
  // Reading stops at the maxErrors-th bad line (decodeJsonLines' maxErrors): say so, and where.
  const stopped = bad.length >= maxErrors ? (bad[bad.length - 1] as { line: number }).line : undefined;
  const more =
    (bad.length > 1 ? ` (${bad.length - 1} more invalid line${bad.length > 2 ? "s" : ""})` : "") +
    (stopped !== undefined ? `; reading stopped at line ${stopped}, after ${bad.length} invalid lines` : "");
  return {
    type: PROBLEM_TYPES.invalidBody,
    title: "Invalid request body",
    status: 400,
    detail: `${clip(error.message)}${more}`,
    wireType: error.typeName,
    path: clip(error.pathString),
    pointer: pointerOf(error.path),
    line: error.line ?? first.line,
    ...(error.column !== undefined ? { column: error.column } : {}),
    errors: bad.slice(0, maxErrors).map(({ error: e, line }) => ({
      detail: clip(e.expected),
      path: clip(e.pathString),
      pointer: pointerOf(e.path),
      line: e.line ?? line,
      ...(e.column !== undefined ? { column: e.column } : {}),
    })),
    errorCount: bad.length,
    lineCount: lines.length,
    ...(stopped !== undefined ? { stoppedAtLine: stopped } : {}),
  };
}

export function tooLargeProblem(limit: number, contentLength?: number): WireProblem {
  return {
    type: PROBLEM_TYPES.bodyTooLarge,
    title: "Request body too large",
    status: 413,
    detail:
      contentLength === undefined
        ? `The request body is larger than the limit of ${limit} bytes.`
        : `The request body (Content-Length ${contentLength}) is larger than the limit of ${limit} bytes.`,
    limit,
  };
}

export function unsupportedMediaTypeProblem(detail: string, accept: readonly string[]): WireProblem {
  return {
    type: PROBLEM_TYPES.unsupportedMediaType,
    title: "Unsupported media type",
    status: 415,
    detail: clip(detail),
    accept,
  };
}

/** 408: the body did not arrive within the `timeout` option. */
export function timeoutProblem(timeout: number): WireProblem {
  return {
    type: PROBLEM_TYPES.bodyTimeout,
    title: "Request body timeout",
    status: 408,
    detail: `The request body did not arrive within ${timeout} ms.`,
    timeout,
  };
}

export function unreadableBodyProblem(detail: string): WireProblem {
  return {
    type: PROBLEM_TYPES.unreadableBody,
    title: "Unreadable request body",
    status: 400,
    detail: clip(detail),
  };
}

/** Response headers for a problem. */
export function problemHeaders(problem: WireProblem): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": PROBLEM_CONTENT_TYPE,
    "cache-control": "no-store",
  };
  // RFC 9110 15.5.16: a 415 for a content coding names the codings accepted.
  if (problem.status === 415 && problem.contentEncoding !== undefined)
    headers["accept-encoding"] = "identity";
  return headers;
}

/** The problem as a Fetch API `Response` (`application/problem+json`), to return from a handler. */
export function problemResponse(
  problem: WireProblem,
  init: { readonly headers?: Readonly<Record<string, string>> } = {},
): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { ...problemHeaders(problem), ...init.headers },
  });
}
