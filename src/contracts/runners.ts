/**
 * Runner DTO types (crate `qontinui-types` 0.6.0, runner module).
 *
 * Canonical wire-format types for a registered runner. One row per registered
 * runner; the same shape is served to every consumer (mobile, web, runner UI).
 * Timestamps and UUIDs are plain strings, as in the Rust crate.
 */
import type { z } from "zod";
import {
  type Named,
  bool,
  closedStruct,
  optionSkipIfNone,
  string,
  u16,
  unitEnum,
  vec,
  withDefault,
} from "../serde/index.js";

const runnerStatusSchema = unitEnum(
  "RunnerStatus",
  "Health/availability state of a runner, computed server-side from the WebSocket-presence and heartbeat-freshness signals.",
  {
    healthy: "WS connected OR heartbeat fresh — fully reachable.",
    degraded: "Heartbeat is stale but not yet cold; runner may still be reachable.",
    offline: "No WS connection and heartbeat is cold.",
    starting: "Just registered; waiting for first heartbeat.",
    errored: "Runner reported a fatal error (see `ui_error` / `recent_crash`).",
  },
);
/**
 * The zod type of {@link RunnerStatusSchema}.
 */
export interface RunnerStatusSchema extends Named<typeof runnerStatusSchema> {}
/**
 * Health/availability state of a runner, computed server-side from the WebSocket-presence and heartbeat-freshness signals.
 *
 * The zod schema of `RunnerStatus`: `RunnerStatusSchema.parse(value)` gives a {@link RunnerStatus}.
 */
export const RunnerStatusSchema: RunnerStatusSchema = runnerStatusSchema;
/**
 * Health/availability state of a runner, computed server-side from the WebSocket-presence and heartbeat-freshness signals.
 */
export type RunnerStatus = z.output<typeof RunnerStatusSchema>;
/**
 * `RunnerStatus` as a sender may write it (what `RunnerStatusSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Health/availability state of a runner, computed server-side from the WebSocket-presence and heartbeat-freshness signals.
 */
export type RunnerStatusWire = z.input<typeof RunnerStatusSchema>;

const runnerUiErrorSchema = closedStruct(
  "RunnerUiError",
  "Structured error reported by the runner that the UI surfaces verbatim.",
  {
    kind: [string, 'Error category (e.g., `"build_failed"`, `"port_conflict"`).'],
    message: [string, "Short, user-facing error message."],
    detail: [optionSkipIfNone(string), "Optional long-form detail (stack trace, stderr, etc.)."],
    reportedAt: [string, "ISO 8601 timestamp when the error was reported."],
  },
  { renameAll: "camelCase" },
);
/**
 * The zod type of {@link RunnerUiErrorSchema}.
 */
export interface RunnerUiErrorSchema extends Named<typeof runnerUiErrorSchema> {}
/**
 * Structured error reported by the runner that the UI surfaces verbatim.
 *
 * The zod schema of `RunnerUiError`: `RunnerUiErrorSchema.parse(value)` gives a {@link RunnerUiError}.
 */
export const RunnerUiErrorSchema: RunnerUiErrorSchema = runnerUiErrorSchema;
/**
 * Structured error reported by the runner that the UI surfaces verbatim.
 */
export interface RunnerUiError extends z.output<typeof RunnerUiErrorSchema> {
  /**
   * Error category (e.g., `"build_failed"`, `"port_conflict"`).
   */
  kind: z.output<typeof RunnerUiErrorSchema>["kind"];
  /**
   * Short, user-facing error message.
   */
  message: z.output<typeof RunnerUiErrorSchema>["message"];
  /**
   * Optional long-form detail (stack trace, stderr, etc.).
   */
  detail?: z.output<typeof RunnerUiErrorSchema>["detail"];
  /**
   * ISO 8601 timestamp when the error was reported.
   */
  reportedAt: z.output<typeof RunnerUiErrorSchema>["reportedAt"];
}
/**
 * `RunnerUiError` as a sender may write it (what `RunnerUiErrorSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Structured error reported by the runner that the UI surfaces verbatim.
 */
export interface RunnerUiErrorWire extends z.input<typeof RunnerUiErrorSchema> {
  /**
   * Error category (e.g., `"build_failed"`, `"port_conflict"`).
   */
  kind: z.input<typeof RunnerUiErrorSchema>["kind"];
  /**
   * Short, user-facing error message.
   */
  message: z.input<typeof RunnerUiErrorSchema>["message"];
  /**
   * Optional long-form detail (stack trace, stderr, etc.).
   */
  detail?: z.input<typeof RunnerUiErrorSchema>["detail"];
  /**
   * ISO 8601 timestamp when the error was reported.
   */
  reportedAt: z.input<typeof RunnerUiErrorSchema>["reportedAt"];
}

const runnerCrashSchema = closedStruct(
  "RunnerCrash",
  "Most recent crash dump metadata, if any.",
  {
    filePath: [string, "Path to the crash dump file on disk."],
    panicMessage: [string, "Panic message captured from the runner process."],
    panicLocation: [string, "Source location (file/line) where the panic originated."],
    thread: [string, "Name of the thread that panicked."],
    reportedAt: [string, "ISO 8601 timestamp when the crash was reported."],
  },
  { renameAll: "camelCase" },
);
/**
 * The zod type of {@link RunnerCrashSchema}.
 */
export interface RunnerCrashSchema extends Named<typeof runnerCrashSchema> {}
/**
 * Most recent crash dump metadata, if any.
 *
 * The zod schema of `RunnerCrash`: `RunnerCrashSchema.parse(value)` gives a {@link RunnerCrash}.
 */
export const RunnerCrashSchema: RunnerCrashSchema = runnerCrashSchema;
/**
 * Most recent crash dump metadata, if any.
 */
export interface RunnerCrash extends z.output<typeof RunnerCrashSchema> {
  /**
   * Path to the crash dump file on disk.
   */
  filePath: z.output<typeof RunnerCrashSchema>["filePath"];
  /**
   * Panic message captured from the runner process.
   */
  panicMessage: z.output<typeof RunnerCrashSchema>["panicMessage"];
  /**
   * Source location (file/line) where the panic originated.
   */
  panicLocation: z.output<typeof RunnerCrashSchema>["panicLocation"];
  /**
   * Name of the thread that panicked.
   */
  thread: z.output<typeof RunnerCrashSchema>["thread"];
  /**
   * ISO 8601 timestamp when the crash was reported.
   */
  reportedAt: z.output<typeof RunnerCrashSchema>["reportedAt"];
}
/**
 * `RunnerCrash` as a sender may write it (what `RunnerCrashSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Most recent crash dump metadata, if any.
 */
export interface RunnerCrashWire extends z.input<typeof RunnerCrashSchema> {
  /**
   * Path to the crash dump file on disk.
   */
  filePath: z.input<typeof RunnerCrashSchema>["filePath"];
  /**
   * Panic message captured from the runner process.
   */
  panicMessage: z.input<typeof RunnerCrashSchema>["panicMessage"];
  /**
   * Source location (file/line) where the panic originated.
   */
  panicLocation: z.input<typeof RunnerCrashSchema>["panicLocation"];
  /**
   * Name of the thread that panicked.
   */
  thread: z.input<typeof RunnerCrashSchema>["thread"];
  /**
   * ISO 8601 timestamp when the crash was reported.
   */
  reportedAt: z.input<typeof RunnerCrashSchema>["reportedAt"];
}

const runnerSchema = closedStruct(
  "Runner",
  "Canonical runner entity. One row per registered runner; the same shape is served to every consumer (mobile, web, runner UI).\n\n" +
    "Replaces the prior split between `runners` (fleet/heartbeat), `runner_connections` (transient WS sessions), and " +
    "per-consumer projection types like `RunnerConnection` / `ServerRunner` / `RegisteredRunner` / `WebIntegrationStatus`.",
  {
    id: [string, "Runner identifier (UUID as a string)."],
    userId: [string, "Owning user identifier (UUID as a string)."],
    name: [string, "Human-readable runner name."],
    hostname: [optionSkipIfNone(string), "Reported hostname of the machine the runner is running on."],
    ipAddress: [optionSkipIfNone(string), "Reported network address the runner is reachable on."],
    port: [optionSkipIfNone(u16), "Reported port the runner's HTTP API is listening on."],
    os: [optionSkipIfNone(string), 'Operating system identifier (e.g., `"windows"`, `"macos"`, `"linux"`).'],
    osVersion: [optionSkipIfNone(string), "Operating system version string."],
    capabilities: [
      withDefault(vec(string), () => []),
      'Free-form capability tags advertised by the runner (e.g., `["python", "playwright", "vision"]`).',
    ],
    derivedStatus: [
      RunnerStatusSchema,
      "Computed health state derived from `ws_connected` and `last_heartbeat`. Authoritative for UI display.",
    ],
    wsConnected: [bool, "Whether the server currently holds an open WebSocket from the runner."],
    lastHeartbeat: [
      optionSkipIfNone(string),
      "ISO 8601 timestamp of the most recent heartbeat received from the runner, if any.",
    ],
    uiError: [optionSkipIfNone(RunnerUiErrorSchema), "Most recently reported structured UI error, if any."],
    recentCrash: [optionSkipIfNone(RunnerCrashSchema), "Most recently captured crash dump metadata, if any."],
    createdAt: [string, "ISO 8601 timestamp when the runner was first registered."],
  },
  { renameAll: "camelCase" },
);
/**
 * The zod type of {@link RunnerSchema}.
 */
export interface RunnerSchema extends Named<typeof runnerSchema> {}
/**
 * Canonical runner entity. One row per registered runner; the same shape is served to every consumer (mobile, web, runner UI).
 *
 * Replaces the prior split between `runners` (fleet/heartbeat), `runner_connections` (transient WS sessions), and per-consumer projection types like `RunnerConnection` / `ServerRunner` / `RegisteredRunner` / `WebIntegrationStatus`.
 *
 * The zod schema of `Runner`: `RunnerSchema.parse(value)` gives a {@link Runner}.
 */
export const RunnerSchema: RunnerSchema = runnerSchema;
/**
 * Canonical runner entity. One row per registered runner; the same shape is served to every consumer (mobile, web, runner UI).
 *
 * Replaces the prior split between `runners` (fleet/heartbeat), `runner_connections` (transient WS sessions), and per-consumer projection types like `RunnerConnection` / `ServerRunner` / `RegisteredRunner` / `WebIntegrationStatus`.
 */
export interface Runner extends z.output<typeof RunnerSchema> {
  /**
   * Runner identifier (UUID as a string).
   */
  id: z.output<typeof RunnerSchema>["id"];
  /**
   * Owning user identifier (UUID as a string).
   */
  userId: z.output<typeof RunnerSchema>["userId"];
  /**
   * Human-readable runner name.
   */
  name: z.output<typeof RunnerSchema>["name"];
  /**
   * Reported hostname of the machine the runner is running on.
   */
  hostname?: z.output<typeof RunnerSchema>["hostname"];
  /**
   * Reported network address the runner is reachable on.
   */
  ipAddress?: z.output<typeof RunnerSchema>["ipAddress"];
  /**
   * Reported port the runner's HTTP API is listening on.
   */
  port?: z.output<typeof RunnerSchema>["port"];
  /**
   * Operating system identifier (e.g., `"windows"`, `"macos"`, `"linux"`).
   */
  os?: z.output<typeof RunnerSchema>["os"];
  /**
   * Operating system version string.
   */
  osVersion?: z.output<typeof RunnerSchema>["osVersion"];
  /**
   * Free-form capability tags advertised by the runner (e.g., `["python", "playwright", "vision"]`).
   */
  capabilities: z.output<typeof RunnerSchema>["capabilities"];
  /**
   * Computed health state derived from `ws_connected` and `last_heartbeat`. Authoritative for UI display.
   */
  derivedStatus: z.output<typeof RunnerSchema>["derivedStatus"];
  /**
   * Whether the server currently holds an open WebSocket from the runner.
   */
  wsConnected: z.output<typeof RunnerSchema>["wsConnected"];
  /**
   * ISO 8601 timestamp of the most recent heartbeat received from the runner, if any.
   */
  lastHeartbeat?: z.output<typeof RunnerSchema>["lastHeartbeat"];
  /**
   * Most recently reported structured UI error, if any.
   */
  uiError?: z.output<typeof RunnerSchema>["uiError"];
  /**
   * Most recently captured crash dump metadata, if any.
   */
  recentCrash?: z.output<typeof RunnerSchema>["recentCrash"];
  /**
   * ISO 8601 timestamp when the runner was first registered.
   */
  createdAt: z.output<typeof RunnerSchema>["createdAt"];
}
/**
 * `Runner` as a sender may write it (what `RunnerSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Canonical runner entity. One row per registered runner; the same shape is served to every consumer (mobile, web, runner UI).
 *
 * Replaces the prior split between `runners` (fleet/heartbeat), `runner_connections` (transient WS sessions), and per-consumer projection types like `RunnerConnection` / `ServerRunner` / `RegisteredRunner` / `WebIntegrationStatus`.
 */
export interface RunnerWire extends z.input<typeof RunnerSchema> {
  /**
   * Runner identifier (UUID as a string).
   */
  id: z.input<typeof RunnerSchema>["id"];
  /**
   * Owning user identifier (UUID as a string).
   */
  userId: z.input<typeof RunnerSchema>["userId"];
  /**
   * Human-readable runner name.
   */
  name: z.input<typeof RunnerSchema>["name"];
  /**
   * Reported hostname of the machine the runner is running on.
   */
  hostname?: z.input<typeof RunnerSchema>["hostname"];
  /**
   * Reported network address the runner is reachable on.
   */
  ipAddress?: z.input<typeof RunnerSchema>["ipAddress"];
  /**
   * Reported port the runner's HTTP API is listening on.
   */
  port?: z.input<typeof RunnerSchema>["port"];
  /**
   * Operating system identifier (e.g., `"windows"`, `"macos"`, `"linux"`).
   */
  os?: z.input<typeof RunnerSchema>["os"];
  /**
   * Operating system version string.
   */
  osVersion?: z.input<typeof RunnerSchema>["osVersion"];
  /**
   * Free-form capability tags advertised by the runner (e.g., `["python", "playwright", "vision"]`).
   */
  capabilities?: z.input<typeof RunnerSchema>["capabilities"];
  /**
   * Computed health state derived from `ws_connected` and `last_heartbeat`. Authoritative for UI display.
   */
  derivedStatus: z.input<typeof RunnerSchema>["derivedStatus"];
  /**
   * Whether the server currently holds an open WebSocket from the runner.
   */
  wsConnected: z.input<typeof RunnerSchema>["wsConnected"];
  /**
   * ISO 8601 timestamp of the most recent heartbeat received from the runner, if any.
   */
  lastHeartbeat?: z.input<typeof RunnerSchema>["lastHeartbeat"];
  /**
   * Most recently reported structured UI error, if any.
   */
  uiError?: z.input<typeof RunnerSchema>["uiError"];
  /**
   * Most recently captured crash dump metadata, if any.
   */
  recentCrash?: z.input<typeof RunnerSchema>["recentCrash"];
  /**
   * ISO 8601 timestamp when the runner was first registered.
   */
  createdAt: z.input<typeof RunnerSchema>["createdAt"];
}

/** The runner types, by Rust name, in declaration order. */
export const runnerTypes = {
  RunnerStatus: RunnerStatusSchema,
  RunnerUiError: RunnerUiErrorSchema,
  RunnerCrash: RunnerCrashSchema,
  Runner: RunnerSchema,
} as const;
