/**
 * NDJSON: one value per line, each read as `decodeJson` reads a document.
 * A bad line yields its error with the line number and reading goes on.
 * Streams are read chunk by chunk, so memory stays bounded by the longest line.
 */
import { type DecodeOptions, safeDecodeJson, type DecodedValue, type WireTypeRef } from "./decode.js";
import { WireError } from "./wire-error.js";

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

const NEWLINE = 0x0a;

function isBlank(line: string | Uint8Array): boolean {
  if (typeof line === "string") return line.trim() === "";
  for (const byte of line) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

function decodeLine<T extends WireTypeRef>(
  type: T,
  text: string | Uint8Array,
  line: number,
  options: DecodeOptions | undefined,
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
  return new WireError({
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

function* linesOfText<T extends WireTypeRef>(
  type: T,
  text: string | Uint8Array,
  options: DecodeOptions | undefined,
): Generator<DecodedLine<DecodedValue<T>>> {
  let line = 0;
  let start = 0;
  const length = text.length;
  while (start <= length) {
    line++;
    let end = typeof text === "string" ? text.indexOf("\n", start) : text.indexOf(NEWLINE, start);
    if (end === -1) end = length;
    const piece = text.slice(start, end);
    if (!isBlank(piece)) yield decodeLine(type, piece, line, options);
    start = end + 1;
  }
}

async function* linesOfStream<T extends WireTypeRef>(
  type: T,
  source: LineSource,
  options: DecodeOptions | undefined,
): AsyncGenerator<DecodedLine<DecodedValue<T>>> {
  let line = 0;
  let pendingText = "";
  let pendingBytes: Uint8Array = new Uint8Array(0);
  const iterable: AsyncIterable<string | Uint8Array> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<string | Uint8Array>)
      : readerIterable(source as ReadableStream<string | Uint8Array>);
  for await (const chunk of iterable) {
    if (typeof chunk === "string") {
      let text = pendingText + chunk;
      let newline = text.indexOf("\n");
      while (newline !== -1) {
        line++;
        const piece = text.slice(0, newline);
        if (!isBlank(piece)) yield decodeLine(type, piece, line, options);
        text = text.slice(newline + 1);
        newline = text.indexOf("\n");
      }
      pendingText = text;
    } else {
      let bytes = pendingBytes.length === 0 ? chunk : concat(pendingBytes, chunk);
      let newline = bytes.indexOf(NEWLINE);
      while (newline !== -1) {
        line++;
        const piece = bytes.subarray(0, newline);
        if (!isBlank(piece)) yield decodeLine(type, piece, line, options);
        bytes = bytes.subarray(newline + 1);
        newline = bytes.indexOf(NEWLINE);
      }
      // Copy the remainder so the chunk it came from can be freed.
      pendingBytes = bytes.slice();
    }
  }
  line++;
  if (!isBlank(pendingText)) yield decodeLine(type, pendingText, line, options);
  else if (!isBlank(pendingBytes)) yield decodeLine(type, pendingBytes, line, options);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

async function* readerIterable<C>(stream: ReadableStream<C>): AsyncGenerator<C> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Read NDJSON (one JSON document per line; blank lines are skipped). Text or
 * bytes give a synchronous iterable; a stream or async iterable of chunks
 * (a Node stream, a fetch body) gives an async one.
 */
export function decodeJsonLines<T extends WireTypeRef>(
  type: T,
  input: string | Uint8Array,
  options?: DecodeOptions,
): Iterable<DecodedLine<DecodedValue<T>>>;
export function decodeJsonLines<T extends WireTypeRef>(
  type: T,
  input: LineSource,
  options?: DecodeOptions,
): AsyncIterable<DecodedLine<DecodedValue<T>>>;
export function decodeJsonLines<T extends WireTypeRef>(
  type: T,
  input: string | Uint8Array | LineSource,
  options?: DecodeOptions,
): Iterable<DecodedLine<DecodedValue<T>>> | AsyncIterable<DecodedLine<DecodedValue<T>>> {
  if (typeof input === "string" || input instanceof Uint8Array) return linesOfText(type, input, options);
  return linesOfStream(type, input, options);
}
