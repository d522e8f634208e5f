/**
 * Live job-tail messages (kanade, `kanade_shared/wire/jobtail.rs`):
 * the `job.tail.<pc_id>` NATS request/reply. Both structs are
 * `#[serde(default)]`: every field may be absent (but not `null`).
 */
import type { z } from "zod";
import { bool, string, struct, withDefault } from "../serde/index.js";

export const JobTailRequestSchema = struct(
  "JobTailRequest",
  "Request the live tail of a single job's output. The `result_id` is the agent-minted per-PC UUID that keys " +
    "`execution_results`, so the SPA already has it from the Activity row / detail page.",
  {
    result_id: withDefault(string, ""),
  },
);
export type JobTailRequest = z.output<typeof JobTailRequestSchema>;
export type JobTailRequestWire = z.input<typeof JobTailRequestSchema>;

export const JobTailReplySchema = struct(
  "JobTailReply",
  "Agent's reply with the current captured tail.\n\n`found = false` means the agent has no live buffer for this " +
    "`result_id` (never started here, or already evicted past the grace window) — the caller should fall back to the " +
    "stored result row.",
  {
    found: [withDefault(bool, false), "The agent currently holds a live buffer for this `result_id`."],
    running: [
      withDefault(bool, false),
      "The child process is still executing. `false` once it has exited but the buffer is being retained through the " +
        "grace window so the final tail is still serveable.",
    ],
    stdout: [withDefault(string, ""), "stdout tail (lossy UTF-8). Bounded by the agent's ring cap."],
    stderr: [withDefault(string, ""), "stderr tail (lossy UTF-8). Bounded by the agent's ring cap."],
    stdout_truncated: [
      withDefault(bool, false),
      "The ring dropped older stdout bytes to stay under the cap, so `stdout` is a suffix of the real output, not the whole of it.",
    ],
    stderr_truncated: [withDefault(bool, false), "As `stdout_truncated`, for stderr."],
  },
);
export type JobTailReply = z.output<typeof JobTailReplySchema>;
export type JobTailReplyWire = z.input<typeof JobTailReplySchema>;

/** The job-tail types, by Rust name, in declaration order. */
export const jobTailTypes = {
  JobTailRequest: JobTailRequestSchema,
  JobTailReply: JobTailReplySchema,
} as const;
