/**
 * Runner DTO types (crate `qontinui-types` 0.6.0, runner module).
 *
 * Canonical wire-format types for a registered runner. One row per registered
 * runner; the same shape is served to every consumer (mobile, web, runner UI).
 * Timestamps and UUIDs are plain strings, as in the Rust crate.
 */
import type { z } from "zod";
import {
  bool,
  closedStruct,
  optionSkipIfNone,
  string,
  u16,
  unitEnum,
  vec,
  withDefault,
} from "../serde/index.js";

export const RunnerStatusSchema = unitEnum(
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
export type RunnerStatus = z.output<typeof RunnerStatusSchema>;
export type RunnerStatusWire = z.input<typeof RunnerStatusSchema>;

export const RunnerUiErrorSchema = closedStruct(
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
export type RunnerUiError = z.output<typeof RunnerUiErrorSchema>;
export type RunnerUiErrorWire = z.input<typeof RunnerUiErrorSchema>;

export const RunnerCrashSchema = closedStruct(
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
export type RunnerCrash = z.output<typeof RunnerCrashSchema>;
export type RunnerCrashWire = z.input<typeof RunnerCrashSchema>;

export const RunnerSchema = closedStruct(
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
export type Runner = z.output<typeof RunnerSchema>;
export type RunnerWire = z.input<typeof RunnerSchema>;

/** The runner types, by Rust name, in declaration order. */
export const runnerTypes = {
  RunnerStatus: RunnerStatusSchema,
  RunnerUiError: RunnerUiErrorSchema,
  RunnerCrash: RunnerCrashSchema,
  Runner: RunnerSchema,
} as const;
