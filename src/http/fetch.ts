/** Reading a Fetch API `Request` body (Hono, Next.js route handlers, Deno, Bun, Cloudflare Workers). */
import type { DecodedValue, WireTypeRef } from "../codec/decode.js";
import {
  checkHeaders,
  concatBytes,
  decodeBody,
  failure,
  limitOf,
  type ReadWireBodyOptions,
  timeoutOf,
  type WireBodyResult,
  type WireLinesResult,
} from "./body.js";
import { timeoutProblem, tooLargeProblem, unreadableBodyProblem } from "./problem.js";

const TIMED_OUT = Symbol("timed out");

/**
 * Reads a Fetch API `Request`'s body as `type` (a Rust type name or a schema)
 * with the lossless codec. Checks the headers first (415 for a media type
 * other than `application/json` or a charset other than UTF-8, 413 for a
 * Content-Length over `limit`), then reads the body counting bytes and stops
 * at the limit (413), then decodes (400 with the path on a bad body).
 *
 *     const result = await readWireBody("FleetRun", request);
 *     if (!result.ok) return result.response;     // application/problem+json
 *     result.value;                               // a FleetRun
 *
 * With `{ lines: true }`: NDJSON (`application/x-ndjson`, `application/jsonl`),
 * every line's result in `lines`.
 */
export function readWireBody<T extends WireTypeRef>(
  type: T,
  request: Request,
  options?: ReadWireBodyOptions & { readonly lines?: false },
): Promise<WireBodyResult<DecodedValue<T>>>;
export function readWireBody<T extends WireTypeRef>(
  type: T,
  request: Request,
  options: ReadWireBodyOptions & { readonly lines: true },
): Promise<WireLinesResult<DecodedValue<T>>>;
export function readWireBody<T extends WireTypeRef>(
  type: T,
  request: Request,
  options?: ReadWireBodyOptions,
): Promise<WireBodyResult<DecodedValue<T>> | WireLinesResult<DecodedValue<T>>>;
export async function readWireBody<T extends WireTypeRef>(
  type: T,
  request: Request,
  options: ReadWireBodyOptions = {},
): Promise<WireBodyResult<DecodedValue<T>> | WireLinesResult<DecodedValue<T>>> {
  if (request.bodyUsed) throw new TypeError("readWireBody: the request body was already read");
  const headers = request.headers;
  const refused = checkHeaders(
    headers.get("content-type") ?? undefined,
    headers.get("content-encoding") ?? undefined,
    headers.get("content-length") ?? undefined,
    options,
  );
  if (refused !== undefined) {
    await request.body?.cancel().catch(() => {});
    return refused;
  }
  const limit = limitOf(options);
  const timeout = timeoutOf(options);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), timeout);
    });
    try {
      for (;;) {
        const next = await Promise.race([reader.read(), deadline]);
        if (next === TIMED_OUT) {
          await reader.cancel().catch(() => {});
          return failure(timeoutProblem(timeout), true);
        }
        const { done, value } = next;
        if (done) break;
        total += value.byteLength;
        if (total > limit) {
          await reader.cancel().catch(() => {});
          return failure(tooLargeProblem(limit), true);
        }
        chunks.push(value);
      }
    } catch (error) {
      return failure(
        unreadableBodyProblem(
          `The request body could not be read to its end (${error instanceof Error ? error.message : String(error)}).`,
        ),
        true,
      );
    } finally {
      clearTimeout(timer);
      reader.releaseLock();
    }
  }
  return decodeBody(type, concatBytes(chunks, total), options);
}
