/**
 * Execution events (kanade, `kanade_shared/wire/event.rs`).
 *
 * Agent-emitted lifecycle event published just before script spawn, so the
 * backend can show in-flight runs alongside finished ones.
 */
import type { z } from "zod";
import { type Named, dateTimeUtc, string, struct } from "../serde/index.js";

const eventStartedSchema = struct(
  "EventStarted",
  "Agent-emitted lifecycle event published just before script spawn. Lets the backend create an `execution_results` " +
    "row with `finished_at = NULL` so the SPA Activity table can show in-flight runs alongside finished ones. " +
    "`result_id` is the same UUID the agent will later use on the matching ExecResult.",
  {
    result_id: [
      string,
      "Agent-minted UUID, identical to the `ExecResult.result_id` that will follow when the script finishes. Backend uses it " +
        "as the UPSERT key so events.started and the matching ExecResult coalesce into a single `execution_results` row " +
        "regardless of arrival order.",
    ],
    request_id: [
      string,
      "NATS reply token for this run. Mirrors `ExecResult::request_id`. Carried here so the events projector can populate " +
        "`execution_results.request_id` (NOT NULL in the schema) at insert time without waiting for the matching ExecResult.",
    ],
    exec_id: [string, "Deployment / scheduler-fire UUID. Same value as `Command::exec_id`."],
    pc_id: [string, "PC reporting the start."],
    started_at: [
      dateTimeUtc,
      "Wall-clock instant the agent took just before `tokio::process::Command::spawn()`. Same value will end up on the " +
        "matching `ExecResult.started_at`.",
    ],
    manifest_id: [
      string,
      "`Manifest.id` for the running script. Useful for the SPA Activity table so each running row knows what's running " +
        "without a lookup.",
    ],
    version: [string, "Pinned manifest version. Same field as `Command.version`."],
  },
);
/**
 * The zod type of {@link EventStartedSchema}.
 */
export interface EventStartedSchema extends Named<typeof eventStartedSchema> {}
/**
 * Agent-emitted lifecycle event published just before script spawn. Lets the backend create an `execution_results` row with `finished_at = NULL` so the SPA Activity table can show in-flight runs alongside finished ones. `result_id` is the same UUID the agent will later use on the matching ExecResult.
 *
 * The zod schema of `EventStarted`: `EventStartedSchema.parse(value)` gives a {@link EventStarted}.
 */
export const EventStartedSchema: EventStartedSchema = eventStartedSchema;
/**
 * Agent-emitted lifecycle event published just before script spawn. Lets the backend create an `execution_results` row with `finished_at = NULL` so the SPA Activity table can show in-flight runs alongside finished ones. `result_id` is the same UUID the agent will later use on the matching ExecResult.
 */
export interface EventStarted extends z.output<typeof EventStartedSchema> {
  /**
   * Agent-minted UUID, identical to the `ExecResult.result_id` that will follow when the script finishes. Backend uses it as the UPSERT key so events.started and the matching ExecResult coalesce into a single `execution_results` row regardless of arrival order.
   */
  result_id: z.output<typeof EventStartedSchema>["result_id"];
  /**
   * NATS reply token for this run. Mirrors `ExecResult::request_id`. Carried here so the events projector can populate `execution_results.request_id` (NOT NULL in the schema) at insert time without waiting for the matching ExecResult.
   */
  request_id: z.output<typeof EventStartedSchema>["request_id"];
  /**
   * Deployment / scheduler-fire UUID. Same value as `Command::exec_id`.
   */
  exec_id: z.output<typeof EventStartedSchema>["exec_id"];
  /**
   * PC reporting the start.
   */
  pc_id: z.output<typeof EventStartedSchema>["pc_id"];
  /**
   * Wall-clock instant the agent took just before `tokio::process::Command::spawn()`. Same value will end up on the matching `ExecResult.started_at`.
   */
  started_at: z.output<typeof EventStartedSchema>["started_at"];
  /**
   * `Manifest.id` for the running script. Useful for the SPA Activity table so each running row knows what's running without a lookup.
   */
  manifest_id: z.output<typeof EventStartedSchema>["manifest_id"];
  /**
   * Pinned manifest version. Same field as `Command.version`.
   */
  version: z.output<typeof EventStartedSchema>["version"];
}
/**
 * `EventStarted` as a sender may write it (what `EventStartedSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Agent-emitted lifecycle event published just before script spawn. Lets the backend create an `execution_results` row with `finished_at = NULL` so the SPA Activity table can show in-flight runs alongside finished ones. `result_id` is the same UUID the agent will later use on the matching ExecResult.
 */
export interface EventStartedWire extends z.input<typeof EventStartedSchema> {
  /**
   * Agent-minted UUID, identical to the `ExecResult.result_id` that will follow when the script finishes. Backend uses it as the UPSERT key so events.started and the matching ExecResult coalesce into a single `execution_results` row regardless of arrival order.
   */
  result_id: z.input<typeof EventStartedSchema>["result_id"];
  /**
   * NATS reply token for this run. Mirrors `ExecResult::request_id`. Carried here so the events projector can populate `execution_results.request_id` (NOT NULL in the schema) at insert time without waiting for the matching ExecResult.
   */
  request_id: z.input<typeof EventStartedSchema>["request_id"];
  /**
   * Deployment / scheduler-fire UUID. Same value as `Command::exec_id`.
   */
  exec_id: z.input<typeof EventStartedSchema>["exec_id"];
  /**
   * PC reporting the start.
   */
  pc_id: z.input<typeof EventStartedSchema>["pc_id"];
  /**
   * Wall-clock instant the agent took just before `tokio::process::Command::spawn()`. Same value will end up on the matching `ExecResult.started_at`.
   */
  started_at: z.input<typeof EventStartedSchema>["started_at"];
  /**
   * `Manifest.id` for the running script. Useful for the SPA Activity table so each running row knows what's running without a lookup.
   */
  manifest_id: z.input<typeof EventStartedSchema>["manifest_id"];
  /**
   * Pinned manifest version. Same field as `Command.version`.
   */
  version: z.input<typeof EventStartedSchema>["version"];
}

/** The execution event types, by Rust name, in declaration order. */
export const eventTypes = {
  EventStarted: EventStartedSchema,
} as const;
