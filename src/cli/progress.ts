/**
 * The progress line on standard error while a long input is read: shown when
 * stderr is a terminal (or `--progress`), first after a second, then once a
 * second; on a terminal it rewrites itself and is erased before other output.
 */
import type { Io } from "./command.js";
import type { Input } from "./input.js";

/** Once a second (FLEETWIRE_PROGRESS_INTERVAL_MS, for tests, changes it). */
const INTERVAL_MS = /^\d+$/.test(process.env.FLEETWIRE_PROGRESS_INTERVAL_MS ?? "")
  ? Number(process.env.FLEETWIRE_PROGRESS_INTERVAL_MS)
  : 1000;
const CHECK_EVERY = 1024;

const count = (n: number) => n.toLocaleString("en-US");

export class Progress {
  private readonly started = performance.now();
  private last = this.started;
  private calls = 0;
  private shown = false;

  constructor(
    private readonly io: Io,
    private readonly input: Input,
    private readonly command: string,
    private readonly enabled: boolean,
  ) {}

  private get terminal(): boolean {
    return this.io.errIsTTY === true;
  }

  /** Called once per line read. */
  tick(lines: number, invalid: number): void {
    if (!this.enabled || ++this.calls % CHECK_EVERY !== 0) return;
    const now = performance.now();
    if (now - this.last < INTERVAL_MS) return;
    this.last = now;
    const { size, bytesRead } = this.input;
    const percent =
      size !== undefined && size > 0 ? ` (${Math.min(100, Math.floor((bytesRead / size) * 100))}%)` : "";
    const rate = Math.round(lines / ((now - this.started) / 1000));
    const text = `fleetwire ${this.command}: ${count(lines)} lines${percent}, ${count(invalid)} invalid, ${count(rate)} lines/s`;
    if (this.terminal) {
      this.io.err(`\r\x1b[K${text}`);
      this.shown = true;
    } else this.io.err(`${text}\n`);
  }

  /** Erases the progress line (before other output, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.io.err("\r\x1b[K");
    this.shown = false;
  }
}
