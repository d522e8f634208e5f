/**
 * The input of `validate` and `canonical`: a file, or standard input, read in
 * chunks (memory stays bounded by the longest NDJSON line), and whether it is
 * NDJSON or one JSON document.
 *
 * Detection reads only the start: NDJSON when the first non-blank line is a
 * complete JSON document and another non-blank line follows; anything else
 * (a document spread over lines, a single line, nothing) is one document.
 */
import { type FileHandle, open } from "node:fs/promises";
import { MAX_INPUT_LENGTH } from "../codec/decode.js";
import { CliError, type Io, UsageError } from "./command.js";

export type InputFormat = "lines" | "document";

export interface Input {
  /** The file as given, or `stdin`. */
  readonly name: string;
  /** Size in bytes, for a regular file. */
  readonly size: number | undefined;
  readonly format: InputFormat;
  /** Bytes read from the source so far. */
  readonly bytesRead: number;
  /** The whole input in chunks, from the first byte (once). `beforeRead` runs before each wait for more. */
  chunks(beforeRead?: () => unknown): AsyncIterable<Uint8Array>;
  /** Every byte, for one document. */
  readAll(): Promise<Uint8Array>;
}

const CHUNK = 1 << 16;

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many symbolic links";
    case "ENAMETOOLONG":
      return "name too long";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function* fileChunks(handle: FileHandle): AsyncGenerator<Uint8Array> {
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function* streamChunks(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}

const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a;

/** Whether `bytes` (one line) is a complete JSON document on its own. */
function isCompleteDocument(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Reads chunks until the format is known; returns it and the chunks read. */
async function detect(
  source: AsyncIterator<Uint8Array>,
): Promise<{ format: InputFormat; read: Uint8Array[] }> {
  const read: Uint8Array[] = [];
  let state: "before" | "first" | "after" = "before";
  const firstLine: Uint8Array[] = [];
  for (;;) {
    const next = await source.next();
    if (next.done === true) return { format: "document", read };
    const chunk = next.value;
    read.push(chunk);
    let i = 0;
    if (state === "before") {
      while (i < chunk.length && isSpace(chunk[i]!)) i++;
      if (i === chunk.length) continue;
      state = "first";
    }
    if (state === "first") {
      const newline = chunk.indexOf(0x0a, i);
      if (newline === -1) {
        firstLine.push(chunk.subarray(i));
        continue;
      }
      firstLine.push(chunk.subarray(i, newline));
      state = "after";
      i = newline + 1;
    }
    while (i < chunk.length && isSpace(chunk[i]!)) i++;
    if (i === chunk.length) continue;
    return { format: isCompleteDocument(Buffer.concat(firstLine)) ? "lines" : "document", read };
  }
}

/**
 * Opens FILE (`-` or none: standard input). A file that cannot be read is a
 * one-line `CliError`; no FILE with standard input on a terminal is a usage error.
 */
export async function openInput(
  file: string | undefined,
  io: Io,
  format: InputFormat | undefined,
): Promise<Input> {
  let name: string;
  let size: number | undefined;
  let raw: AsyncGenerator<Uint8Array>;
  if (file === undefined || file === "-") {
    if (io.stdin === undefined) throw new CliError("no standard input");
    if (file === undefined && io.stdin.isTTY === true)
      throw new UsageError("give a FILE, or pipe the input in (- reads standard input)");
    name = "stdin";
    raw = streamChunks(io.stdin);
  } else {
    name = file;
    let handle: FileHandle;
    try {
      handle = await open(file, "r");
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${reason(error)}`);
    }
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw new CliError(`cannot read ${file}: is a directory`);
    }
    size = stat.isFile() ? stat.size : undefined;
    raw = fileChunks(handle);
  }

  let bytesRead = 0;
  const counted: AsyncIterator<Uint8Array> = {
    async next() {
      try {
        const next = await raw.next();
        if (next.done !== true) bytesRead += next.value.length;
        return next;
      } catch (error) {
        throw new CliError(`cannot read ${name}: ${reason(error)}`);
      }
    },
    async return() {
      await raw.return(undefined);
      return { done: true, value: undefined };
    },
  };

  let detected: { format: InputFormat; read: Uint8Array[] };
  try {
    detected = format !== undefined ? { format, read: [] } : await detect(counted);
  } catch (error) {
    await counted.return!();
    throw error;
  }

  let used = false;
  async function* chunks(beforeRead?: () => unknown): AsyncGenerator<Uint8Array> {
    if (used) throw new Error("the input is read once");
    used = true;
    try {
      yield* detected.read;
      detected.read = [];
      for (;;) {
        await beforeRead?.();
        const next = await counted.next();
        if (next.done === true) return;
        yield next.value;
      }
    } finally {
      await counted.return!();
    }
  }

  return {
    name,
    size,
    format: detected.format,
    get bytesRead() {
      return bytesRead;
    },
    chunks,
    async readAll() {
      const all: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of chunks()) {
        total += chunk.length;
        // Stop before buffering more than a JavaScript string can hold: unreadable input, exit 2.
        if (total > MAX_INPUT_LENGTH)
          throw new CliError(
            `cannot read ${name}: over ${MAX_INPUT_LENGTH} bytes (512 MiB, the longest string JavaScript holds), ` +
              "too large for one JSON document; NDJSON is read line by line",
          );
        all.push(chunk);
      }
      return Buffer.concat(all);
    },
  };
}
