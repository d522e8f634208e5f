/**
 * Agent Fleet control-plane protocol (CodeWhale, `crates/protocol/src/fleet.rs`):
 * the durable contract between the fleet manager, workers, CLI/TUI surfaces and
 * the Runtime API.
 *
 * Types appear in the Rust declaration order, except that a type is defined
 * before the first type that uses it; `fleetTypes` lists them in Rust order.
 */
import type { z } from "zod";
import {
  bool,
  btreeMap,
  defaultSkipIfEmpty,
  f32,
  f64,
  i32,
  jsonValue,
  newtypeString,
  openEnum,
  option,
  optionSkipIfNone,
  pathBuf,
  string,
  struct,
  taggedEnum,
  u16,
  u32,
  u64,
  unitEnum,
  usize,
  vec,
  withDefault,
  flattenedStruct,
} from "../serde/index.js";

/** The fleet protocol's version, `FLEET_PROTOCOL_VERSION` in Rust. */
export const FLEET_PROTOCOL_VERSION = "0.1.0";

export const FleetRunIdSchema = newtypeString("FleetRunId", "Globally unique identifier for a fleet run.");
export type FleetRunId = z.output<typeof FleetRunIdSchema>;
export type FleetRunIdWire = z.input<typeof FleetRunIdSchema>;

export const FleetRunStatusSchema = unitEnum("FleetRunStatus", "Lifecycle status for an entire fleet run.", {
  pending: "",
  queued: "",
  running: "",
  paused: "",
  completed: "",
  failed: "",
  cancelled: "",
});
export type FleetRunStatus = z.output<typeof FleetRunStatusSchema>;
export type FleetRunStatusWire = z.input<typeof FleetRunStatusSchema>;

export const FleetArtifactKindSchema = openEnum(
  "FleetArtifactKind",
  "Kind of artifact a task may produce or consume. Any other string is `Other`, kept verbatim.",
  ["log", "patch", "test_result", "report", "checkpoint", "receipt"],
);
export type FleetArtifactKind = z.output<typeof FleetArtifactKindSchema>;
export type FleetArtifactKindWire = z.input<typeof FleetArtifactKindSchema>;

export const FleetArtifactRefSchema = struct(
  "FleetArtifactRef",
  "Reference to an artifact produced or consumed by a task.",
  {
    kind: FleetArtifactKindSchema,
    path: pathBuf,
    checksum: optionSkipIfNone(string),
    mime_type: optionSkipIfNone(string),
    size_bytes: option(u64),
  },
);
export type FleetArtifactRef = z.output<typeof FleetArtifactRefSchema>;
export type FleetArtifactRefWire = z.input<typeof FleetArtifactRefSchema>;

export const FleetScorerSpecSchema = taggedEnum(
  "FleetScorerSpec",
  "Scoring rule used to verify a task result.",
  "kind",
  {
    exit_code: {},
    file_exists: { path: pathBuf },
    regex_match: { path: pathBuf, pattern: string },
    json_path: { path: pathBuf, expression: string },
    manual: {},
  },
);
export type FleetScorerSpec = z.output<typeof FleetScorerSpecSchema>;
export type FleetScorerSpecWire = z.input<typeof FleetScorerSpecSchema>;

export const FleetRetryPolicySchema = struct("FleetRetryPolicy", "Retry policy for a task or worker.", {
  max_attempts: withDefault(u32, 3),
  initial_backoff_seconds: withDefault(u64, 5),
  max_backoff_seconds: withDefault(u64, 300),
  backoff_multiplier: withDefault(u32, 2),
});
export type FleetRetryPolicy = z.output<typeof FleetRetryPolicySchema>;
export type FleetRetryPolicyWire = z.input<typeof FleetRetryPolicySchema>;

export const FleetAlertChannelSchema = taggedEnum("FleetAlertChannel", "", "kind", {
  slack: { webhook_url: string },
  webhook: { url: string, secret: option(string) },
  pager_duty: { routing_key: string, severity: string },
});
export type FleetAlertChannel = z.output<typeof FleetAlertChannelSchema>;
export type FleetAlertChannelWire = z.input<typeof FleetAlertChannelSchema>;

export const FleetAlertPolicySchema = struct(
  "FleetAlertPolicy",
  "Alert/escalation policy attached to a task or run.",
  {
    channels: withDefault(vec(FleetAlertChannelSchema), () => []),
    after_attempts: option(u32),
    after_minutes_stale: option(u64),
  },
);
export type FleetAlertPolicy = z.output<typeof FleetAlertPolicySchema>;
export type FleetAlertPolicyWire = z.input<typeof FleetAlertPolicySchema>;

export const FleetTaskSpecSchema = struct(
  "FleetTaskSpec",
  "Specification of a single unit of work within a run.",
  {
    id: string,
    name: string,
    description: optionSkipIfNone(string),
    instructions: string,
    expected_artifacts: withDefault(vec(FleetArtifactKindSchema), () => []),
    scorer: optionSkipIfNone(FleetScorerSpecSchema),
    retry_policy: optionSkipIfNone(FleetRetryPolicySchema),
    alert_policy: optionSkipIfNone(FleetAlertPolicySchema),
    timeout_seconds: option(u64),
    metadata: withDefault(btreeMap(jsonValue), () => ({})),
  },
);
export type FleetTaskSpec = z.output<typeof FleetTaskSpecSchema>;
export type FleetTaskSpecWire = z.input<typeof FleetTaskSpecSchema>;

export const FleetHostSpecSchema = taggedEnum("FleetHostSpec", "Host on which a worker runs.", "kind", {
  local: {},
  ssh: {
    host: string,
    port: optionSkipIfNone(u16),
    user: optionSkipIfNone(string),
    identity: optionSkipIfNone(pathBuf),
  },
  docker: { image: string, args: withDefault(vec(string), () => []) },
});
export type FleetHostSpec = z.output<typeof FleetHostSpecSchema>;
export type FleetHostSpecWire = z.input<typeof FleetHostSpecSchema>;

export const FleetWorkerSpecSchema = struct("FleetWorkerSpec", "Worker specification.", {
  id: string,
  name: string,
  host: FleetHostSpecSchema,
  labels: withDefault(btreeMap(string), () => ({})),
  capabilities: withDefault(vec(string), () => []),
  max_concurrent_tasks: optionSkipIfNone(usize),
});
export type FleetWorkerSpec = z.output<typeof FleetWorkerSpecSchema>;
export type FleetWorkerSpecWire = z.input<typeof FleetWorkerSpecSchema>;

export const FleetRunSchema = struct("FleetRun", "Top-level fleet run handle.", {
  id: FleetRunIdSchema,
  name: string,
  status: FleetRunStatusSchema,
  task_specs: withDefault(vec(FleetTaskSpecSchema), () => []),
  worker_specs: withDefault(vec(FleetWorkerSpecSchema), () => []),
  labels: withDefault(btreeMap(string), () => ({})),
  created_at: string,
  updated_at: optionSkipIfNone(string),
  completed_at: optionSkipIfNone(string),
});
export type FleetRun = z.output<typeof FleetRunSchema>;
export type FleetRunWire = z.input<typeof FleetRunSchema>;

export const FleetWorkerStatusSchema = unitEnum("FleetWorkerStatus", "Runtime status of a worker.", {
  unknown: "",
  online: "",
  busy: "",
  offline: "",
  unhealthy: "",
  draining: "",
  retired: "",
});
export type FleetWorkerStatus = z.output<typeof FleetWorkerStatusSchema>;
export type FleetWorkerStatusWire = z.input<typeof FleetWorkerStatusSchema>;

export const FleetInboxEntrySchema = struct(
  "FleetInboxEntry",
  "Durable inbox entry: a task waiting to be leased to a worker.",
  {
    run_id: FleetRunIdSchema,
    task_id: string,
    priority: i32,
    enqueued_at: string,
    lease_deadline: option(string),
    attempts: withDefault(u32, 0),
  },
);
export type FleetInboxEntry = z.output<typeof FleetInboxEntrySchema>;
export type FleetInboxEntryWire = z.input<typeof FleetInboxEntrySchema>;

export const FleetWorkerEventPayloadSchema = taggedEnum(
  "FleetWorkerEventPayload",
  "Union of all worker event payloads.",
  "state",
  {
    queued: {},
    leased: { lease_expires_at: optionSkipIfNone(string) },
    starting: {},
    running: {},
    model_wait: { model: optionSkipIfNone(string) },
    running_tool: { tool: string, call_id: optionSkipIfNone(string) },
    heartbeat: { cpu_percent: optionSkipIfNone(f32), memory_mb: optionSkipIfNone(u64) },
    artifact: FleetArtifactRefSchema,
    completed: { exit_code: optionSkipIfNone(i32), summary: optionSkipIfNone(string) },
    failed: { reason: string, recoverable: withDefault(bool, false) },
    cancelled: { cancelled_by: optionSkipIfNone(string) },
    interrupted: { signal: optionSkipIfNone(string) },
    stale: { last_heartbeat_at: optionSkipIfNone(string) },
    restarted: { restart_count: withDefault(u32, 0) },
    escalated: { channel: string, alert_id: optionSkipIfNone(string) },
  },
);
export type FleetWorkerEventPayload = z.output<typeof FleetWorkerEventPayloadSchema>;
export type FleetWorkerEventPayloadWire = z.input<typeof FleetWorkerEventPayloadSchema>;

export const FleetWorkerEventSchema = flattenedStruct(
  "FleetWorkerEvent",
  "Worker event envelope.",
  { seq: u64, run_id: FleetRunIdSchema, worker_id: string, task_id: string, timestamp: string },
  FleetWorkerEventPayloadSchema,
  { extra: defaultSkipIfEmpty(btreeMap(jsonValue)) },
);
export type FleetWorkerEvent = z.output<typeof FleetWorkerEventSchema>;
export type FleetWorkerEventWire = z.input<typeof FleetWorkerEventSchema>;

export const FleetTaskResultSchema = unitEnum("FleetTaskResult", "", {
  pass: "",
  fail: "",
  skip: "",
  timeout: "",
});
export type FleetTaskResult = z.output<typeof FleetTaskResultSchema>;
export type FleetTaskResultWire = z.input<typeof FleetTaskResultSchema>;

export const FleetScoreSchema = struct("FleetScore", "", {
  value: f64,
  max: optionSkipIfNone(f64),
  notes: optionSkipIfNone(string),
});
export type FleetScore = z.output<typeof FleetScoreSchema>;
export type FleetScoreWire = z.input<typeof FleetScoreSchema>;

export const FleetReceiptSchema = struct(
  "FleetReceipt",
  "Receipt produced when a task completes verification.",
  {
    run_id: FleetRunIdSchema,
    task_id: string,
    worker_id: string,
    completed_at: string,
    result: FleetTaskResultSchema,
    artifacts: withDefault(vec(FleetArtifactRefSchema), () => []),
    score: option(FleetScoreSchema),
  },
);
export type FleetReceipt = z.output<typeof FleetReceiptSchema>;
export type FleetReceiptWire = z.input<typeof FleetReceiptSchema>;

/** The fleet types, by Rust name, in the Rust declaration order. */
export const fleetTypes = {
  FleetRunId: FleetRunIdSchema,
  FleetRun: FleetRunSchema,
  FleetRunStatus: FleetRunStatusSchema,
  FleetTaskSpec: FleetTaskSpecSchema,
  FleetArtifactRef: FleetArtifactRefSchema,
  FleetArtifactKind: FleetArtifactKindSchema,
  FleetScorerSpec: FleetScorerSpecSchema,
  FleetWorkerSpec: FleetWorkerSpecSchema,
  FleetHostSpec: FleetHostSpecSchema,
  FleetWorkerStatus: FleetWorkerStatusSchema,
  FleetInboxEntry: FleetInboxEntrySchema,
  FleetWorkerEvent: FleetWorkerEventSchema,
  FleetWorkerEventPayload: FleetWorkerEventPayloadSchema,
  FleetRetryPolicy: FleetRetryPolicySchema,
  FleetAlertPolicy: FleetAlertPolicySchema,
  FleetAlertChannel: FleetAlertChannelSchema,
  FleetReceipt: FleetReceiptSchema,
  FleetTaskResult: FleetTaskResultSchema,
  FleetScore: FleetScoreSchema,
} as const;
