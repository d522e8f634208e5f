/** Standard output, batched and with backpressure: many small writes, few system calls, no unbounded buffering. */
import type { Io } from "./command.js";

const FLUSH_AT = 1 << 16;

export class Output {
  private buffer = "";

  /** Runs before text goes out (the progress line erases itself). */
  beforeFlush: () => void = () => {};

  constructor(private readonly io: Io) {}

  /** Adds text; flushes (and waits for the stream) once enough has gathered. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === "") return;
    this.beforeFlush();
    const text = this.buffer;
    this.buffer = "";
    if (this.io.out(text) === false) await this.io.drain?.();
  }
}
