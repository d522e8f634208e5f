/**
 * What every `fleetwire` command shares: its shape, the process's streams
 * (`Io`), the errors that turn into exit codes, and the exit codes.
 */
export interface Io {
  /** Standard output. May return `false` when the stream wants `drain()` awaited (backpressure). */
  readonly out: (text: string) => unknown;
  /** Standard error. */
  readonly err: (text: string) => unknown;
  /** Standard input, read for `-` or when no FILE is given. */
  readonly stdin?: AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean };
  /** Whether standard error is a terminal (progress lines). */
  readonly errIsTTY?: boolean;
  /** Resolves once standard output has taken what it was given. */
  readonly drain?: () => Promise<void>;
}

export interface Command {
  /** One line for the command list. */
  readonly summary: string;
  /** The full usage text. */
  readonly usage: string;
  readonly run: (args: readonly string[], io: Io) => number | Promise<number>;
}

/** Thrown by a command for bad arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** Thrown by a command for a problem it can name in one line (a missing file): printed alone, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_USAGE,
  ) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
