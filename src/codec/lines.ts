/**
 * NDJSON: one value per line, each read as `decodeJson` reads a document.
 * A bad line yields its error with the line number and reading goes on, up
 * to `maxErrors` bad lines. Streams are read chunk by chunk: the bytes of an
 * unfinished line wait as a list of chunks, joined once when its newline
 * comes, so one long line costs one pass and memory stays bounded by the
 * longest line (at most `MAX_INPUT_LENGTH`).
 */
import {
  type DecodedValue,
  type DecodeOptions,
  lightError,
  MAX_INPUT_LENGTH,
  resolveWireType,
  safeDecodeJson,
  type WireTypeRef,
} from "./decode.js";
import type { WireError } from "./wire-error.js";

export type DecodedLine<V> =
  | {
      readonly ok: true;
      readonly line: number;
      readonly value: V;
      /** With `unknownFields: "report"`: the paths of the keys serde ignored on this line. */
      readonly unknownFields?: readonly string[];
    }
  | { readonly ok: false; readonly line: number; readonly error: WireError };

export type LineSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

export interface DecodeLinesOptions extends DecodeOptions {
  /**
   * Stop after this many bad lines: the bad line that reaches the count is the
   * last result, and nothing after it is read (a stream is cancelled).
   * Default: no limit; the iterator itself keeps nothing, and breaking out of
   * the loop stops reading too.
   */
  readonly maxErrors?: number;
}

const NEWLINE = 0x0a;

function isBlank(line: string | Uint8Array): boolean {
  if (typeof line === "string") {
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
    }
    return true;
  }
  for (let i = 0; i < line.length; i++) {
    const byte = line[i] as number;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  }
  return true;
}

function decodeLine<T extends WireTypeRef>(
  type: T,
  text: string | Uint8Array,
  line: number,
  options: DecodeLinesOptions,
): DecodedLine<DecodedValue<T>> {
  const result = safeDecodeJson(type, text, options);
  if (result.ok && result.unknownFields !== undefined)
    return { ok: true, line, value: result.value, unknownFields: result.unknownFields };
  return result.ok
    ? { ok: true, line, value: result.value }
    : { ok: false, line, error: onLine(result.error, line) };
}

/** The error of one line, placed on that line of the stream (decoding the line alone, it was on line 1). */
function onLine(error: WireError, line: number): WireError {
  if (error.line === undefined || line === 1) return error;
  const { typeName, path, expected, column, offset, excerpt, issues } = error;
  return lightError({
    typeName,
    path,
    expected,
    line: line + error.line - 1,
    column,
    offset,
    excerpt,
    issues,
  });
}

function maxErrorsOf(options: DecodeLinesOptions): number {
  const max = options.maxErrors ?? Number.POSITIVE_INFINITY;
  if (!(max >= 1)) throw new RangeError(`maxErrors must be at least 1, got ${String(max)}`);
  return max;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function* linesOfText<T extends WireTypeRef>(
  type: T,
  input: string | Uint8Array,
  options: DecodeLinesOptions,
): Generator<DecodedLine<DecodedValue<T>>> {
  const maxErrors = maxErrorsOf(options);
  let text: string | Uint8Array = input;
  // Bytes become text once, not line by line; invalid UTF-8 falls back to lines of bytes, so the error names its line.
  if (typeof input !== "string" && input.length <= MAX_INPUT_LENGTH) {
    try {
      text = utf8.decode(input);
    } catch {
      text = input;
    }
  }
  let errors = 0;
  let line = 0;
  let start = 0;
  const length = text.length;
  while (start <= length) {
    line++;
    let end = typeof text === "string" ? text.indexOf("\n", start) : text.indexOf(NEWLINE, start);
    if (end === -1) end = length;
    const piece = typeof text === "string" ? text.slice(start, end) : text.subarray(start, end);
    start = end + 1;
    if (isBlank(piece)) continue;
    const result = decodeLine(type, piece, line, options);
    yield result;
    if (!result.ok && ++errors >= maxErrors) return;
  }
}

/** The unfinished line of a stream: its chunks, joined once when the line ends. */
class PendingLine {
  private parts: (string | Uint8Array)[] = [];
  length = 0;
  /** Over `MAX_INPUT_LENGTH`: the rest of the line is dropped, and the line is an error. */
  tooLong = false;

  add(part: string | Uint8Array): void {
    if (this.tooLong || part.length === 0) return;
    this.length += part.length;
    if (this.length > MAX_INPUT_LENGTH) {
      this.tooLong = true;
      this.parts = [];
      return;
    }
    this.parts.push(part);
  }

  take(): string | Uint8Array {
    const parts = this.parts;
    this.parts = [];
    this.length = 0;
    this.tooLong = false;
    if (parts.length === 1) return parts[0] as string | Uint8Array;
    if (parts.every((part) => typeof part === "string")) return (parts as string[]).join("");
    const encoder = new TextEncoder();
    const bytes = parts.map((part) => (typeof part === "string" ? encoder.encode(part) : part));
    const out = new Uint8Array(bytes.reduce((total, part) => total + part.length, 0));
    let at = 0;
    for (const part of bytes) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

async function* linesOfStream<T extends WireTypeRef>(
  type: T,
  source: LineSource,
  options: DecodeLinesOptions,
): AsyncGenerator<DecodedLine<DecodedValue<T>>> {
  const maxErrors = maxErrorsOf(options);
  let errors = 0;
  let line = 0;
  const pending = new PendingLine();
  const iterable: AsyncIterable<string | Uint8Array> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<string | Uint8Array>)
      : readerIterable(source as ReadableStream<string | Uint8Array>);
  const finish = (): DecodedLine<DecodedValue<T>> | undefined => {
    line++;
    if (pending.tooLong) {
      const length = pending.length;
      pending.take();
      return {
        ok: false,
        line,
        error: lightError({
          typeName: resolveWireType(type).typeName,
          path: [],
          line,
          expected: `line too long: over ${MAX_INPUT_LENGTH} characters (512 MiB, the longest string JavaScript holds); ${length} read before it was dropped`,
        }),
      };
    }
    const piece = pending.take();
    return isBlank(piece) ? undefined : decodeLine(type, piece, line, options);
  };
  // Leaving the loop (return, break, maxErrors) runs the iterator's `return`, which cancels the stream.
  for await (const chunk of iterable) {
    let from = 0;
    for (;;) {
      // Only the new chunk is searched: the pending part is known to hold no newline.
      const newline = typeof chunk === "string" ? chunk.indexOf("\n", from) : chunk.indexOf(NEWLINE, from);
      if (newline === -1) break;
      pending.add(typeof chunk === "string" ? chunk.slice(from, newline) : chunk.subarray(from, newline));
      from = newline + 1;
      const result = finish();
      if (result === undefined) continue;
      yield result;
      if (!result.ok && ++errors >= maxErrors) return;
    }
    if (from < chunk.length) {
      // Copy a byte remainder, so the chunk it came from can be freed.
      pending.add(typeof chunk === "string" ? chunk.slice(from) : chunk.slice(from));
    }
  }
  const last = finish();
  if (last !== undefined) yield last;
}

async function* readerIterable<C>(stream: ReadableStream<C>): AsyncGenerator<C> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (maxErrors, or the caller broke out): nothing more is read.
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * Read NDJSON (one JSON document per line; blank lines are skipped). Text or
 * bytes give a synchronous iterable; a stream or async iterable of chunks
 * (a Node stream, a fetch body) gives an async one. With `maxErrors`, reading
 * stops after that many bad lines.
 */
export function decodeJsonLines<T extends WireTypeRef>(
  type: T,
  input: string | Uint8Array,
  options?: DecodeLinesOptions,
): Iterable<DecodedLine<DecodedValue<T>>>;
export function decodeJsonLines<T extends WireTypeRef>(
  type: T,
  input: LineSource,
  options?: DecodeLinesOptions,
): AsyncIterable<DecodedLine<DecodedValue<T>>>;
export function decodeJsonLines<T extends WireTypeRef>(
  type: T,
  input: string | Uint8Array | LineSource,
  options: DecodeLinesOptions = {},
): Iterable<DecodedLine<DecodedValue<T>>> | AsyncIterable<DecodedLine<DecodedValue<T>>> {
  if (typeof input === "string" || input instanceof Uint8Array) return linesOfText(type, input, options);
  return linesOfStream(type, input, options);
}
