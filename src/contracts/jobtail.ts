/**
 * Live job-tail messages (kanade, `kanade_shared/wire/jobtail.rs`):
 * the `job.tail.<pc_id>` NATS request/reply. Both structs are
 * `#[serde(default)]`: every field may be absent (but not `null`).
 */
import type { z } from "zod";
import { type Named, bool, string, struct, withDefault } from "../serde/index.js";

const jobTailRequestSchema = struct(
  "JobTailRequest",
  "Request the live tail of a single job's output. The `result_id` is the agent-minted per-PC UUID that keys " +
    "`execution_results`, so the SPA already has it from the Activity row / detail page.",
  {
    result_id: withDefault(string, ""),
  },
);
/**
 * The zod type of {@link JobTailRequestSchema}.
 */
export interface JobTailRequestSchema extends Named<typeof jobTailRequestSchema> {}
/**
 * Request the live tail of a single job's output. The `result_id` is the agent-minted per-PC UUID that keys `execution_results`, so the SPA already has it from the Activity row / detail page.
 *
 * The zod schema of `JobTailRequest`: `JobTailRequestSchema.parse(value)` gives a {@link JobTailRequest}.
 */
export const JobTailRequestSchema: JobTailRequestSchema = jobTailRequestSchema;
/**
 * Request the live tail of a single job's output. The `result_id` is the agent-minted per-PC UUID that keys `execution_results`, so the SPA already has it from the Activity row / detail page.
 */
export interface JobTailRequest extends z.output<typeof JobTailRequestSchema> {
  /**
   * Rust: `String`.
   */
  result_id: z.output<typeof JobTailRequestSchema>["result_id"];
}
/**
 * `JobTailRequest` as a sender may write it (what `JobTailRequestSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Request the live tail of a single job's output. The `result_id` is the agent-minted per-PC UUID that keys `execution_results`, so the SPA already has it from the Activity row / detail page.
 */
export interface JobTailRequestWire extends z.input<typeof JobTailRequestSchema> {
  /**
   * Rust: `String`.
   */
  result_id?: z.input<typeof JobTailRequestSchema>["result_id"];
}

const jobTailReplySchema = struct(
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
/**
 * The zod type of {@link JobTailReplySchema}.
 */
export interface JobTailReplySchema extends Named<typeof jobTailReplySchema> {}
/**
 * Agent's reply with the current captured tail.
 *
 * `found = false` means the agent has no live buffer for this `result_id` (never started here, or already evicted past the grace window) — the caller should fall back to the stored result row.
 *
 * The zod schema of `JobTailReply`: `JobTailReplySchema.parse(value)` gives a {@link JobTailReply}.
 */
export const JobTailReplySchema: JobTailReplySchema = jobTailReplySchema;
/**
 * Agent's reply with the current captured tail.
 *
 * `found = false` means the agent has no live buffer for this `result_id` (never started here, or already evicted past the grace window) — the caller should fall back to the stored result row.
 */
export interface JobTailReply extends z.output<typeof JobTailReplySchema> {
  /**
   * The agent currently holds a live buffer for this `result_id`.
   */
  found: z.output<typeof JobTailReplySchema>["found"];
  /**
   * The child process is still executing. `false` once it has exited but the buffer is being retained through the grace window so the final tail is still serveable.
   */
  running: z.output<typeof JobTailReplySchema>["running"];
  /**
   * stdout tail (lossy UTF-8). Bounded by the agent's ring cap.
   */
  stdout: z.output<typeof JobTailReplySchema>["stdout"];
  /**
   * stderr tail (lossy UTF-8). Bounded by the agent's ring cap.
   */
  stderr: z.output<typeof JobTailReplySchema>["stderr"];
  /**
   * The ring dropped older stdout bytes to stay under the cap, so `stdout` is a suffix of the real output, not the whole of it.
   */
  stdout_truncated: z.output<typeof JobTailReplySchema>["stdout_truncated"];
  /**
   * As `stdout_truncated`, for stderr.
   */
  stderr_truncated: z.output<typeof JobTailReplySchema>["stderr_truncated"];
}
/**
 * `JobTailReply` as a sender may write it (what `JobTailReplySchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Agent's reply with the current captured tail.
 *
 * `found = false` means the agent has no live buffer for this `result_id` (never started here, or already evicted past the grace window) — the caller should fall back to the stored result row.
 */
export interface JobTailReplyWire extends z.input<typeof JobTailReplySchema> {
  /**
   * The agent currently holds a live buffer for this `result_id`.
   */
  found?: z.input<typeof JobTailReplySchema>["found"];
  /**
   * The child process is still executing. `false` once it has exited but the buffer is being retained through the grace window so the final tail is still serveable.
   */
  running?: z.input<typeof JobTailReplySchema>["running"];
  /**
   * stdout tail (lossy UTF-8). Bounded by the agent's ring cap.
   */
  stdout?: z.input<typeof JobTailReplySchema>["stdout"];
  /**
   * stderr tail (lossy UTF-8). Bounded by the agent's ring cap.
   */
  stderr?: z.input<typeof JobTailReplySchema>["stderr"];
  /**
   * The ring dropped older stdout bytes to stay under the cap, so `stdout` is a suffix of the real output, not the whole of it.
   */
  stdout_truncated?: z.input<typeof JobTailReplySchema>["stdout_truncated"];
  /**
   * As `stdout_truncated`, for stderr.
   */
  stderr_truncated?: z.input<typeof JobTailReplySchema>["stderr_truncated"];
}

/** The job-tail types, by Rust name, in declaration order. */
export const jobTailTypes = {
  JobTailRequest: JobTailRequestSchema,
  JobTailReply: JobTailReplySchema,
} as const;
