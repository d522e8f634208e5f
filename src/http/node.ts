/**
 * Reading a Node `IncomingMessage` body (node:http, Express, Fastify's raw
 * request, Koa's `ctx.req`), and writing a problem to a `ServerResponse`.
 * Typed structurally, so this module needs neither `@types/node` nor Node
 * itself at import time.
 */
import type { DecodedValue, WireTypeRef } from "../codec/decode.js";
import {
  checkHeaders,
  concatBytes,
  decodeBody,
  failure,
  headerValue,
  limitOf,
  type ReadWireBodyOptions,
  timeoutOf,
  type WireBodyFailure,
  type WireBodyResult,
  type WireLinesResult,
} from "./body.js";
import {
  problemHeaders,
  timeoutProblem,
  tooLargeProblem,
  unreadableBodyProblem,
  type WireProblem,
} from "./problem.js";

/** What `readWireBodyFromNode` uses of Node's `http.IncomingMessage` (or `http2.Http2ServerRequest`). */
export interface NodeRequestLike {
  readonly headers: { readonly [name: string]: string | readonly string[] | undefined };
  /** Already read to its end by someone else (a body parser). */
  readonly readableEnded?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: the EventEmitter signature, so IncomingMessage and framework requests fit
  on(event: string, listener: (...args: any[]) => void): unknown;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  resume(): unknown;
}

/** What `writeProblem` uses of Node's `http.ServerResponse`. */
export interface NodeResponseLike {
  readonly headersSent: boolean;
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(chunk: string): unknown;
}

type NodeBody = { readonly bytes: Uint8Array; readonly total: number } | WireBodyFailure;

function readBody(request: NodeRequestLike, limit: number, timeout: number): Promise<NodeBody> {
  return new Promise((resolve) => {
    let chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const encoder = new TextEncoder();
    const timer = setTimeout(() => settle(failure(timeoutProblem(timeout), true)), timeout);
    const settle = (result: NodeBody) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!("bytes" in result)) chunks = []; // what was kept is freed now, not when the client closes
      request.removeListener("data", onData);
      request.removeListener("end", onEnd);
      request.removeListener("error", onError);
      request.removeListener("aborted", onAborted);
      request.removeListener("close", onClose);
      // Whatever else arrives is read and dropped: nothing more is kept, and the client can read the answer.
      if (!("bytes" in result)) {
        request.on("error", () => {});
        request.resume();
      }
      resolve(result);
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      total += bytes.length;
      if (total > limit) settle(failure(tooLargeProblem(limit), true));
      else chunks.push(bytes);
    };
    const onEnd = () => settle({ bytes: concatBytes(chunks, total), total });
    const onError = (error: Error) =>
      settle(
        failure(
          unreadableBodyProblem(`The request body could not be read to its end (${error.message}).`),
          true,
        ),
      );
    const onAborted = () =>
      settle(failure(unreadableBodyProblem("The client aborted the request before its body ended."), true));
    const onClose = () =>
      settle(failure(unreadableBodyProblem("The connection closed before the request body ended."), true));
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
    request.on("aborted", onAborted);
    request.on("close", onClose);
  });
}

/**
 * Reads a Node `IncomingMessage`'s body as `type` (a Rust type name or a
 * schema) with the lossless codec; the same checks and results as
 * `readWireBody`. Bytes beyond the limit are read and dropped, never kept.
 *
 *     const result = await readWireBodyFromNode("FleetRun", req);
 *     if (!result.ok) return writeProblem(res, result);
 *     result.value;                               // a FleetRun
 */
export function readWireBodyFromNode<T extends WireTypeRef>(
  type: T,
  request: NodeRequestLike,
  options?: ReadWireBodyOptions & { readonly lines?: false },
): Promise<WireBodyResult<DecodedValue<T>>>;
export function readWireBodyFromNode<T extends WireTypeRef>(
  type: T,
  request: NodeRequestLike,
  options: ReadWireBodyOptions & { readonly lines: true },
): Promise<WireLinesResult<DecodedValue<T>>>;
export function readWireBodyFromNode<T extends WireTypeRef>(
  type: T,
  request: NodeRequestLike,
  options?: ReadWireBodyOptions,
): Promise<WireBodyResult<DecodedValue<T>> | WireLinesResult<DecodedValue<T>>>;
export async function readWireBodyFromNode<T extends WireTypeRef>(
  type: T,
  request: NodeRequestLike,
  options: ReadWireBodyOptions = {},
): Promise<WireBodyResult<DecodedValue<T>> | WireLinesResult<DecodedValue<T>>> {
  if (request.readableEnded === true)
    throw new TypeError("readWireBodyFromNode: the request body was already read (by a body parser?)");
  const headers = request.headers;
  const refused = checkHeaders(
    headerValue(headers["content-type"]),
    headerValue(headers["content-encoding"]),
    headerValue(headers["content-length"]),
    options,
  );
  if (refused !== undefined) {
    request.on("error", () => {});
    request.resume();
    return refused;
  }
  const body = await readBody(request, limitOf(options), timeoutOf(options));
  if (!("bytes" in body)) return body;
  return decodeBody(type, body.bytes, options);
}

/**
 * Sends a problem on a Node `ServerResponse`: the status, `application/problem+json`,
 * and `Connection: close` when the request body was not read to its end.
 * Accepts a failed result or a problem. Does nothing once headers are sent.
 */
export function writeProblem(response: NodeResponseLike, problem: WireBodyFailure | WireProblem): void {
  if (response.headersSent) return;
  const failed =
    "problem" in problem && typeof problem.problem === "object" ? (problem as WireBodyFailure) : undefined;
  const details = failed?.problem ?? (problem as WireProblem);
  const body = JSON.stringify(details);
  response.statusCode = details.status;
  for (const [name, value] of Object.entries(problemHeaders(details))) response.setHeader(name, value);
  response.setHeader("content-length", String(new TextEncoder().encode(body).length));
  if (failed?.bodyUnread === true) response.setHeader("connection", "close");
  response.end(body);
}
