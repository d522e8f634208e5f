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
  type Named,
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
  type Variant,
} from "../serde/index.js";

/** The fleet protocol's version, `FLEET_PROTOCOL_VERSION` in Rust. */
export const FLEET_PROTOCOL_VERSION = "0.1.0";

const fleetRunIdSchema = newtypeString("FleetRunId", "Globally unique identifier for a fleet run.");
/**
 * The zod type of {@link FleetRunIdSchema}.
 */
export interface FleetRunIdSchema extends Named<typeof fleetRunIdSchema> {}
/**
 * Globally unique identifier for a fleet run.
 *
 * The zod schema of `FleetRunId`: `FleetRunIdSchema.parse(value)` gives a {@link FleetRunId}.
 */
export const FleetRunIdSchema: FleetRunIdSchema = fleetRunIdSchema;
/**
 * Globally unique identifier for a fleet run.
 */
export type FleetRunId = z.output<typeof FleetRunIdSchema>;
/**
 * `FleetRunId` as a sender may write it (what `FleetRunIdSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Globally unique identifier for a fleet run.
 */
export type FleetRunIdWire = z.input<typeof FleetRunIdSchema>;

const fleetRunStatusSchema = unitEnum("FleetRunStatus", "Lifecycle status for an entire fleet run.", {
  pending: "",
  queued: "",
  running: "",
  paused: "",
  completed: "",
  failed: "",
  cancelled: "",
});
/**
 * The zod type of {@link FleetRunStatusSchema}.
 */
export interface FleetRunStatusSchema extends Named<typeof fleetRunStatusSchema> {}
/**
 * Lifecycle status for an entire fleet run.
 *
 * The zod schema of `FleetRunStatus`: `FleetRunStatusSchema.parse(value)` gives a {@link FleetRunStatus}.
 */
export const FleetRunStatusSchema: FleetRunStatusSchema = fleetRunStatusSchema;
/**
 * Lifecycle status for an entire fleet run.
 */
export type FleetRunStatus = z.output<typeof FleetRunStatusSchema>;
/**
 * `FleetRunStatus` as a sender may write it (what `FleetRunStatusSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Lifecycle status for an entire fleet run.
 */
export type FleetRunStatusWire = z.input<typeof FleetRunStatusSchema>;

const fleetArtifactKindSchema = openEnum(
  "FleetArtifactKind",
  "Kind of artifact a task may produce or consume. Any other string is `Other`, kept verbatim.",
  ["log", "patch", "test_result", "report", "checkpoint", "receipt"],
);
/**
 * The zod type of {@link FleetArtifactKindSchema}.
 */
export interface FleetArtifactKindSchema extends Named<typeof fleetArtifactKindSchema> {}
/**
 * Kind of artifact a task may produce or consume. Any other string is `Other`, kept verbatim.
 *
 * The zod schema of `FleetArtifactKind`: `FleetArtifactKindSchema.parse(value)` gives a {@link FleetArtifactKind}.
 */
export const FleetArtifactKindSchema: FleetArtifactKindSchema = fleetArtifactKindSchema;
/**
 * Kind of artifact a task may produce or consume. Any other string is `Other`, kept verbatim.
 */
export type FleetArtifactKind = z.output<typeof FleetArtifactKindSchema>;
/**
 * `FleetArtifactKind` as a sender may write it (what `FleetArtifactKindSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Kind of artifact a task may produce or consume. Any other string is `Other`, kept verbatim.
 */
export type FleetArtifactKindWire = z.input<typeof FleetArtifactKindSchema>;

const fleetArtifactRefSchema = struct(
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
/**
 * The zod type of {@link FleetArtifactRefSchema}.
 */
export interface FleetArtifactRefSchema extends Named<typeof fleetArtifactRefSchema> {}
/**
 * Reference to an artifact produced or consumed by a task.
 *
 * The zod schema of `FleetArtifactRef`: `FleetArtifactRefSchema.parse(value)` gives a {@link FleetArtifactRef}.
 */
export const FleetArtifactRefSchema: FleetArtifactRefSchema = fleetArtifactRefSchema;
/**
 * Reference to an artifact produced or consumed by a task.
 */
export interface FleetArtifactRef extends z.output<typeof FleetArtifactRefSchema> {
  /**
   * Rust: `FleetArtifactKind`.
   */
  kind: z.output<typeof FleetArtifactRefSchema>["kind"];
  /**
   * Rust: `PathBuf`.
   */
  path: z.output<typeof FleetArtifactRefSchema>["path"];
  /**
   * Rust: `Option<String>`.
   */
  checksum?: z.output<typeof FleetArtifactRefSchema>["checksum"];
  /**
   * Rust: `Option<String>`.
   */
  mime_type?: z.output<typeof FleetArtifactRefSchema>["mime_type"];
  /**
   * Rust: `Option<u64>`.
   */
  size_bytes: z.output<typeof FleetArtifactRefSchema>["size_bytes"];
}
/**
 * `FleetArtifactRef` as a sender may write it (what `FleetArtifactRefSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Reference to an artifact produced or consumed by a task.
 */
export interface FleetArtifactRefWire extends z.input<typeof FleetArtifactRefSchema> {
  /**
   * Rust: `FleetArtifactKind`.
   */
  kind: z.input<typeof FleetArtifactRefSchema>["kind"];
  /**
   * Rust: `PathBuf`.
   */
  path: z.input<typeof FleetArtifactRefSchema>["path"];
  /**
   * Rust: `Option<String>`.
   */
  checksum?: z.input<typeof FleetArtifactRefSchema>["checksum"];
  /**
   * Rust: `Option<String>`.
   */
  mime_type?: z.input<typeof FleetArtifactRefSchema>["mime_type"];
  /**
   * Rust: `Option<u64>`.
   */
  size_bytes?: z.input<typeof FleetArtifactRefSchema>["size_bytes"];
}

const fleetScorerSpecSchema = taggedEnum(
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
/**
 * The zod type of {@link FleetScorerSpecSchema}.
 */
export interface FleetScorerSpecSchema extends Named<typeof fleetScorerSpecSchema> {}
/**
 * Scoring rule used to verify a task result.
 *
 * The zod schema of `FleetScorerSpec`: `FleetScorerSpecSchema.parse(value)` gives a {@link FleetScorerSpec}.
 */
export const FleetScorerSpecSchema: FleetScorerSpecSchema = fleetScorerSpecSchema;
/**
 * Scoring rule used to verify a task result.
 */
export type FleetScorerSpec =
  | FleetScorerSpecExitCode
  | FleetScorerSpecFileExists
  | FleetScorerSpecRegexMatch
  | FleetScorerSpecJsonPath
  | FleetScorerSpecManual;
/**
 * `FleetScorerSpec` with `kind: "exit_code"`.
 *
 * Scoring rule used to verify a task result.
 */
export interface FleetScorerSpecExitCode
  extends Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "exit_code"> {
  /**
   * The variant: `exit_code` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "exit_code">["kind"];
}
/**
 * `FleetScorerSpec` with `kind: "file_exists"`.
 *
 * Scoring rule used to verify a task result.
 */
export interface FleetScorerSpecFileExists
  extends Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "file_exists"> {
  /**
   * The variant: `file_exists` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "file_exists">["kind"];
  /**
   * Rust: `PathBuf`.
   */
  path: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "file_exists">["path"];
}
/**
 * `FleetScorerSpec` with `kind: "regex_match"`.
 *
 * Scoring rule used to verify a task result.
 */
export interface FleetScorerSpecRegexMatch
  extends Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "regex_match"> {
  /**
   * The variant: `regex_match` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "regex_match">["kind"];
  /**
   * Rust: `PathBuf`.
   */
  path: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "regex_match">["path"];
  /**
   * Rust: `String`.
   */
  pattern: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "regex_match">["pattern"];
}
/**
 * `FleetScorerSpec` with `kind: "json_path"`.
 *
 * Scoring rule used to verify a task result.
 */
export interface FleetScorerSpecJsonPath
  extends Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "json_path"> {
  /**
   * The variant: `json_path` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "json_path">["kind"];
  /**
   * Rust: `PathBuf`.
   */
  path: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "json_path">["path"];
  /**
   * Rust: `String`.
   */
  expression: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "json_path">["expression"];
}
/**
 * `FleetScorerSpec` with `kind: "manual"`.
 *
 * Scoring rule used to verify a task result.
 */
export interface FleetScorerSpecManual
  extends Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "manual"> {
  /**
   * The variant: `manual` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetScorerSpecSchema>, "kind", "manual">["kind"];
}
/**
 * `FleetScorerSpec` as a sender may write it (what `FleetScorerSpecSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Scoring rule used to verify a task result.
 */
export type FleetScorerSpecWire = z.input<typeof FleetScorerSpecSchema>;

const fleetRetryPolicySchema = struct("FleetRetryPolicy", "Retry policy for a task or worker.", {
  max_attempts: withDefault(u32, 3),
  initial_backoff_seconds: withDefault(u64, 5),
  max_backoff_seconds: withDefault(u64, 300),
  backoff_multiplier: withDefault(u32, 2),
});
/**
 * The zod type of {@link FleetRetryPolicySchema}.
 */
export interface FleetRetryPolicySchema extends Named<typeof fleetRetryPolicySchema> {}
/**
 * Retry policy for a task or worker.
 *
 * The zod schema of `FleetRetryPolicy`: `FleetRetryPolicySchema.parse(value)` gives a {@link FleetRetryPolicy}.
 */
export const FleetRetryPolicySchema: FleetRetryPolicySchema = fleetRetryPolicySchema;
/**
 * Retry policy for a task or worker.
 */
export interface FleetRetryPolicy extends z.output<typeof FleetRetryPolicySchema> {
  /**
   * Rust: `u32`.
   */
  max_attempts: z.output<typeof FleetRetryPolicySchema>["max_attempts"];
  /**
   * Rust: `u64`.
   */
  initial_backoff_seconds: z.output<typeof FleetRetryPolicySchema>["initial_backoff_seconds"];
  /**
   * Rust: `u64`.
   */
  max_backoff_seconds: z.output<typeof FleetRetryPolicySchema>["max_backoff_seconds"];
  /**
   * Rust: `u32`.
   */
  backoff_multiplier: z.output<typeof FleetRetryPolicySchema>["backoff_multiplier"];
}
/**
 * `FleetRetryPolicy` as a sender may write it (what `FleetRetryPolicySchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Retry policy for a task or worker.
 */
export interface FleetRetryPolicyWire extends z.input<typeof FleetRetryPolicySchema> {
  /**
   * Rust: `u32`.
   */
  max_attempts?: z.input<typeof FleetRetryPolicySchema>["max_attempts"];
  /**
   * Rust: `u64`.
   */
  initial_backoff_seconds?: z.input<typeof FleetRetryPolicySchema>["initial_backoff_seconds"];
  /**
   * Rust: `u64`.
   */
  max_backoff_seconds?: z.input<typeof FleetRetryPolicySchema>["max_backoff_seconds"];
  /**
   * Rust: `u32`.
   */
  backoff_multiplier?: z.input<typeof FleetRetryPolicySchema>["backoff_multiplier"];
}

const fleetAlertChannelSchema = taggedEnum("FleetAlertChannel", "", "kind", {
  slack: { webhook_url: string },
  webhook: { url: string, secret: option(string) },
  pager_duty: { routing_key: string, severity: string },
});
/**
 * The zod type of {@link FleetAlertChannelSchema}.
 */
export interface FleetAlertChannelSchema extends Named<typeof fleetAlertChannelSchema> {}
/**
 * Rust: `enum FleetAlertChannel`, internally tagged by `kind`.
 *
 * The zod schema of `FleetAlertChannel`: `FleetAlertChannelSchema.parse(value)` gives a {@link FleetAlertChannel}.
 */
export const FleetAlertChannelSchema: FleetAlertChannelSchema = fleetAlertChannelSchema;
/**
 * Rust: `enum FleetAlertChannel`, internally tagged by `kind`.
 */
export type FleetAlertChannel =
  | FleetAlertChannelSlack
  | FleetAlertChannelWebhook
  | FleetAlertChannelPagerDuty;
/**
 * `FleetAlertChannel` with `kind: "slack"`.
 *
 * Rust: `enum FleetAlertChannel`, internally tagged by `kind`.
 */
export interface FleetAlertChannelSlack
  extends Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "slack"> {
  /**
   * The variant: `slack` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "slack">["kind"];
  /**
   * Rust: `String`.
   */
  webhook_url: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "slack">["webhook_url"];
}
/**
 * `FleetAlertChannel` with `kind: "webhook"`.
 *
 * Rust: `enum FleetAlertChannel`, internally tagged by `kind`.
 */
export interface FleetAlertChannelWebhook
  extends Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "webhook"> {
  /**
   * The variant: `webhook` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "webhook">["kind"];
  /**
   * Rust: `String`.
   */
  url: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "webhook">["url"];
  /**
   * Rust: `Option<String>`.
   */
  secret: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "webhook">["secret"];
}
/**
 * `FleetAlertChannel` with `kind: "pager_duty"`.
 *
 * Rust: `enum FleetAlertChannel`, internally tagged by `kind`.
 */
export interface FleetAlertChannelPagerDuty
  extends Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "pager_duty"> {
  /**
   * The variant: `pager_duty` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "pager_duty">["kind"];
  /**
   * Rust: `String`.
   */
  routing_key: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "pager_duty">["routing_key"];
  /**
   * Rust: `String`.
   */
  severity: Variant<z.output<typeof FleetAlertChannelSchema>, "kind", "pager_duty">["severity"];
}
/**
 * `FleetAlertChannel` as a sender may write it (what `FleetAlertChannelSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Rust: `enum FleetAlertChannel`, internally tagged by `kind`.
 */
export type FleetAlertChannelWire = z.input<typeof FleetAlertChannelSchema>;

const fleetAlertPolicySchema = struct(
  "FleetAlertPolicy",
  "Alert/escalation policy attached to a task or run.",
  {
    channels: withDefault(vec(FleetAlertChannelSchema), () => []),
    after_attempts: option(u32),
    after_minutes_stale: option(u64),
  },
);
/**
 * The zod type of {@link FleetAlertPolicySchema}.
 */
export interface FleetAlertPolicySchema extends Named<typeof fleetAlertPolicySchema> {}
/**
 * Alert/escalation policy attached to a task or run.
 *
 * The zod schema of `FleetAlertPolicy`: `FleetAlertPolicySchema.parse(value)` gives a {@link FleetAlertPolicy}.
 */
export const FleetAlertPolicySchema: FleetAlertPolicySchema = fleetAlertPolicySchema;
/**
 * Alert/escalation policy attached to a task or run.
 */
export interface FleetAlertPolicy extends z.output<typeof FleetAlertPolicySchema> {
  /**
   * Rust: `Vec<FleetAlertChannel>`.
   */
  channels: z.output<typeof FleetAlertPolicySchema>["channels"];
  /**
   * Rust: `Option<u32>`.
   */
  after_attempts: z.output<typeof FleetAlertPolicySchema>["after_attempts"];
  /**
   * Rust: `Option<u64>`.
   */
  after_minutes_stale: z.output<typeof FleetAlertPolicySchema>["after_minutes_stale"];
}
/**
 * `FleetAlertPolicy` as a sender may write it (what `FleetAlertPolicySchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Alert/escalation policy attached to a task or run.
 */
export interface FleetAlertPolicyWire extends z.input<typeof FleetAlertPolicySchema> {
  /**
   * Rust: `Vec<FleetAlertChannel>`.
   */
  channels?: z.input<typeof FleetAlertPolicySchema>["channels"];
  /**
   * Rust: `Option<u32>`.
   */
  after_attempts?: z.input<typeof FleetAlertPolicySchema>["after_attempts"];
  /**
   * Rust: `Option<u64>`.
   */
  after_minutes_stale?: z.input<typeof FleetAlertPolicySchema>["after_minutes_stale"];
}

const fleetTaskSpecSchema = struct("FleetTaskSpec", "Specification of a single unit of work within a run.", {
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
});
/**
 * The zod type of {@link FleetTaskSpecSchema}.
 */
export interface FleetTaskSpecSchema extends Named<typeof fleetTaskSpecSchema> {}
/**
 * Specification of a single unit of work within a run.
 *
 * The zod schema of `FleetTaskSpec`: `FleetTaskSpecSchema.parse(value)` gives a {@link FleetTaskSpec}.
 */
export const FleetTaskSpecSchema: FleetTaskSpecSchema = fleetTaskSpecSchema;
/**
 * Specification of a single unit of work within a run.
 */
export interface FleetTaskSpec extends z.output<typeof FleetTaskSpecSchema> {
  /**
   * Rust: `String`.
   */
  id: z.output<typeof FleetTaskSpecSchema>["id"];
  /**
   * Rust: `String`.
   */
  name: z.output<typeof FleetTaskSpecSchema>["name"];
  /**
   * Rust: `Option<String>`.
   */
  description?: z.output<typeof FleetTaskSpecSchema>["description"];
  /**
   * Rust: `String`.
   */
  instructions: z.output<typeof FleetTaskSpecSchema>["instructions"];
  /**
   * Rust: `Vec<FleetArtifactKind>`.
   */
  expected_artifacts: z.output<typeof FleetTaskSpecSchema>["expected_artifacts"];
  /**
   * Rust: `Option<FleetScorerSpec>`.
   */
  scorer?: z.output<typeof FleetTaskSpecSchema>["scorer"];
  /**
   * Rust: `Option<FleetRetryPolicy>`.
   */
  retry_policy?: z.output<typeof FleetTaskSpecSchema>["retry_policy"];
  /**
   * Rust: `Option<FleetAlertPolicy>`.
   */
  alert_policy?: z.output<typeof FleetTaskSpecSchema>["alert_policy"];
  /**
   * Rust: `Option<u64>`.
   */
  timeout_seconds: z.output<typeof FleetTaskSpecSchema>["timeout_seconds"];
  /**
   * Rust: `BTreeMap<String, serde_json::Value>`.
   */
  metadata: z.output<typeof FleetTaskSpecSchema>["metadata"];
}
/**
 * `FleetTaskSpec` as a sender may write it (what `FleetTaskSpecSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Specification of a single unit of work within a run.
 */
export interface FleetTaskSpecWire extends z.input<typeof FleetTaskSpecSchema> {
  /**
   * Rust: `String`.
   */
  id: z.input<typeof FleetTaskSpecSchema>["id"];
  /**
   * Rust: `String`.
   */
  name: z.input<typeof FleetTaskSpecSchema>["name"];
  /**
   * Rust: `Option<String>`.
   */
  description?: z.input<typeof FleetTaskSpecSchema>["description"];
  /**
   * Rust: `String`.
   */
  instructions: z.input<typeof FleetTaskSpecSchema>["instructions"];
  /**
   * Rust: `Vec<FleetArtifactKind>`.
   */
  expected_artifacts?: z.input<typeof FleetTaskSpecSchema>["expected_artifacts"];
  /**
   * Rust: `Option<FleetScorerSpec>`.
   */
  scorer?: z.input<typeof FleetTaskSpecSchema>["scorer"];
  /**
   * Rust: `Option<FleetRetryPolicy>`.
   */
  retry_policy?: z.input<typeof FleetTaskSpecSchema>["retry_policy"];
  /**
   * Rust: `Option<FleetAlertPolicy>`.
   */
  alert_policy?: z.input<typeof FleetTaskSpecSchema>["alert_policy"];
  /**
   * Rust: `Option<u64>`.
   */
  timeout_seconds?: z.input<typeof FleetTaskSpecSchema>["timeout_seconds"];
  /**
   * Rust: `BTreeMap<String, serde_json::Value>`.
   */
  metadata?: z.input<typeof FleetTaskSpecSchema>["metadata"];
}

const fleetHostSpecSchema = taggedEnum("FleetHostSpec", "Host on which a worker runs.", "kind", {
  local: {},
  ssh: {
    host: string,
    port: optionSkipIfNone(u16),
    user: optionSkipIfNone(string),
    identity: optionSkipIfNone(pathBuf),
  },
  docker: { image: string, args: withDefault(vec(string), () => []) },
});
/**
 * The zod type of {@link FleetHostSpecSchema}.
 */
export interface FleetHostSpecSchema extends Named<typeof fleetHostSpecSchema> {}
/**
 * Host on which a worker runs.
 *
 * The zod schema of `FleetHostSpec`: `FleetHostSpecSchema.parse(value)` gives a {@link FleetHostSpec}.
 */
export const FleetHostSpecSchema: FleetHostSpecSchema = fleetHostSpecSchema;
/**
 * Host on which a worker runs.
 */
export type FleetHostSpec = FleetHostSpecLocal | FleetHostSpecSsh | FleetHostSpecDocker;
/**
 * `FleetHostSpec` with `kind: "local"`.
 *
 * Host on which a worker runs.
 */
export interface FleetHostSpecLocal extends Variant<z.output<typeof FleetHostSpecSchema>, "kind", "local"> {
  /**
   * The variant: `local` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "local">["kind"];
}
/**
 * `FleetHostSpec` with `kind: "ssh"`.
 *
 * Host on which a worker runs.
 */
export interface FleetHostSpecSsh extends Variant<z.output<typeof FleetHostSpecSchema>, "kind", "ssh"> {
  /**
   * The variant: `ssh` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "ssh">["kind"];
  /**
   * Rust: `String`.
   */
  host: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "ssh">["host"];
  /**
   * Rust: `Option<u16>`.
   */
  port?: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "ssh">["port"];
  /**
   * Rust: `Option<String>`.
   */
  user?: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "ssh">["user"];
  /**
   * Rust: `Option<PathBuf>`.
   */
  identity?: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "ssh">["identity"];
}
/**
 * `FleetHostSpec` with `kind: "docker"`.
 *
 * Host on which a worker runs.
 */
export interface FleetHostSpecDocker extends Variant<z.output<typeof FleetHostSpecSchema>, "kind", "docker"> {
  /**
   * The variant: `docker` (serde's `tag = "kind"`).
   */
  kind: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "docker">["kind"];
  /**
   * Rust: `String`.
   */
  image: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "docker">["image"];
  /**
   * Rust: `Vec<String>`.
   */
  args: Variant<z.output<typeof FleetHostSpecSchema>, "kind", "docker">["args"];
}
/**
 * `FleetHostSpec` as a sender may write it (what `FleetHostSpecSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Host on which a worker runs.
 */
export type FleetHostSpecWire = z.input<typeof FleetHostSpecSchema>;

const fleetWorkerSpecSchema = struct("FleetWorkerSpec", "Worker specification.", {
  id: string,
  name: string,
  host: FleetHostSpecSchema,
  labels: withDefault(btreeMap(string), () => ({})),
  capabilities: withDefault(vec(string), () => []),
  max_concurrent_tasks: optionSkipIfNone(usize),
});
/**
 * The zod type of {@link FleetWorkerSpecSchema}.
 */
export interface FleetWorkerSpecSchema extends Named<typeof fleetWorkerSpecSchema> {}
/**
 * Worker specification.
 *
 * The zod schema of `FleetWorkerSpec`: `FleetWorkerSpecSchema.parse(value)` gives a {@link FleetWorkerSpec}.
 */
export const FleetWorkerSpecSchema: FleetWorkerSpecSchema = fleetWorkerSpecSchema;
/**
 * Worker specification.
 */
export interface FleetWorkerSpec extends z.output<typeof FleetWorkerSpecSchema> {
  /**
   * Rust: `String`.
   */
  id: z.output<typeof FleetWorkerSpecSchema>["id"];
  /**
   * Rust: `String`.
   */
  name: z.output<typeof FleetWorkerSpecSchema>["name"];
  /**
   * Rust: `FleetHostSpec`.
   */
  host: z.output<typeof FleetWorkerSpecSchema>["host"];
  /**
   * Rust: `BTreeMap<String, String>`.
   */
  labels: z.output<typeof FleetWorkerSpecSchema>["labels"];
  /**
   * Rust: `Vec<String>`.
   */
  capabilities: z.output<typeof FleetWorkerSpecSchema>["capabilities"];
  /**
   * Rust: `Option<usize>`.
   */
  max_concurrent_tasks?: z.output<typeof FleetWorkerSpecSchema>["max_concurrent_tasks"];
}
/**
 * `FleetWorkerSpec` as a sender may write it (what `FleetWorkerSpecSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Worker specification.
 */
export interface FleetWorkerSpecWire extends z.input<typeof FleetWorkerSpecSchema> {
  /**
   * Rust: `String`.
   */
  id: z.input<typeof FleetWorkerSpecSchema>["id"];
  /**
   * Rust: `String`.
   */
  name: z.input<typeof FleetWorkerSpecSchema>["name"];
  /**
   * Rust: `FleetHostSpec`.
   */
  host: z.input<typeof FleetWorkerSpecSchema>["host"];
  /**
   * Rust: `BTreeMap<String, String>`.
   */
  labels?: z.input<typeof FleetWorkerSpecSchema>["labels"];
  /**
   * Rust: `Vec<String>`.
   */
  capabilities?: z.input<typeof FleetWorkerSpecSchema>["capabilities"];
  /**
   * Rust: `Option<usize>`.
   */
  max_concurrent_tasks?: z.input<typeof FleetWorkerSpecSchema>["max_concurrent_tasks"];
}

const fleetRunSchema = struct("FleetRun", "Top-level fleet run handle.", {
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
/**
 * The zod type of {@link FleetRunSchema}.
 */
export interface FleetRunSchema extends Named<typeof fleetRunSchema> {}
/**
 * Top-level fleet run handle.
 *
 * The zod schema of `FleetRun`: `FleetRunSchema.parse(value)` gives a {@link FleetRun}.
 */
export const FleetRunSchema: FleetRunSchema = fleetRunSchema;
/**
 * Top-level fleet run handle.
 */
export interface FleetRun extends z.output<typeof FleetRunSchema> {
  /**
   * Rust: `FleetRunId`.
   */
  id: z.output<typeof FleetRunSchema>["id"];
  /**
   * Rust: `String`.
   */
  name: z.output<typeof FleetRunSchema>["name"];
  /**
   * Rust: `FleetRunStatus`.
   */
  status: z.output<typeof FleetRunSchema>["status"];
  /**
   * Rust: `Vec<FleetTaskSpec>`.
   */
  task_specs: z.output<typeof FleetRunSchema>["task_specs"];
  /**
   * Rust: `Vec<FleetWorkerSpec>`.
   */
  worker_specs: z.output<typeof FleetRunSchema>["worker_specs"];
  /**
   * Rust: `BTreeMap<String, String>`.
   */
  labels: z.output<typeof FleetRunSchema>["labels"];
  /**
   * Rust: `String`.
   */
  created_at: z.output<typeof FleetRunSchema>["created_at"];
  /**
   * Rust: `Option<String>`.
   */
  updated_at?: z.output<typeof FleetRunSchema>["updated_at"];
  /**
   * Rust: `Option<String>`.
   */
  completed_at?: z.output<typeof FleetRunSchema>["completed_at"];
}
/**
 * `FleetRun` as a sender may write it (what `FleetRunSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Top-level fleet run handle.
 */
export interface FleetRunWire extends z.input<typeof FleetRunSchema> {
  /**
   * Rust: `FleetRunId`.
   */
  id: z.input<typeof FleetRunSchema>["id"];
  /**
   * Rust: `String`.
   */
  name: z.input<typeof FleetRunSchema>["name"];
  /**
   * Rust: `FleetRunStatus`.
   */
  status: z.input<typeof FleetRunSchema>["status"];
  /**
   * Rust: `Vec<FleetTaskSpec>`.
   */
  task_specs?: z.input<typeof FleetRunSchema>["task_specs"];
  /**
   * Rust: `Vec<FleetWorkerSpec>`.
   */
  worker_specs?: z.input<typeof FleetRunSchema>["worker_specs"];
  /**
   * Rust: `BTreeMap<String, String>`.
   */
  labels?: z.input<typeof FleetRunSchema>["labels"];
  /**
   * Rust: `String`.
   */
  created_at: z.input<typeof FleetRunSchema>["created_at"];
  /**
   * Rust: `Option<String>`.
   */
  updated_at?: z.input<typeof FleetRunSchema>["updated_at"];
  /**
   * Rust: `Option<String>`.
   */
  completed_at?: z.input<typeof FleetRunSchema>["completed_at"];
}

const fleetWorkerStatusSchema = unitEnum("FleetWorkerStatus", "Runtime status of a worker.", {
  unknown: "",
  online: "",
  busy: "",
  offline: "",
  unhealthy: "",
  draining: "",
  retired: "",
});
/**
 * The zod type of {@link FleetWorkerStatusSchema}.
 */
export interface FleetWorkerStatusSchema extends Named<typeof fleetWorkerStatusSchema> {}
/**
 * Runtime status of a worker.
 *
 * The zod schema of `FleetWorkerStatus`: `FleetWorkerStatusSchema.parse(value)` gives a {@link FleetWorkerStatus}.
 */
export const FleetWorkerStatusSchema: FleetWorkerStatusSchema = fleetWorkerStatusSchema;
/**
 * Runtime status of a worker.
 */
export type FleetWorkerStatus = z.output<typeof FleetWorkerStatusSchema>;
/**
 * `FleetWorkerStatus` as a sender may write it (what `FleetWorkerStatusSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Runtime status of a worker.
 */
export type FleetWorkerStatusWire = z.input<typeof FleetWorkerStatusSchema>;

const fleetInboxEntrySchema = struct(
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
/**
 * The zod type of {@link FleetInboxEntrySchema}.
 */
export interface FleetInboxEntrySchema extends Named<typeof fleetInboxEntrySchema> {}
/**
 * Durable inbox entry: a task waiting to be leased to a worker.
 *
 * The zod schema of `FleetInboxEntry`: `FleetInboxEntrySchema.parse(value)` gives a {@link FleetInboxEntry}.
 */
export const FleetInboxEntrySchema: FleetInboxEntrySchema = fleetInboxEntrySchema;
/**
 * Durable inbox entry: a task waiting to be leased to a worker.
 */
export interface FleetInboxEntry extends z.output<typeof FleetInboxEntrySchema> {
  /**
   * Rust: `FleetRunId`.
   */
  run_id: z.output<typeof FleetInboxEntrySchema>["run_id"];
  /**
   * Rust: `String`.
   */
  task_id: z.output<typeof FleetInboxEntrySchema>["task_id"];
  /**
   * Rust: `i32`.
   */
  priority: z.output<typeof FleetInboxEntrySchema>["priority"];
  /**
   * Rust: `String`.
   */
  enqueued_at: z.output<typeof FleetInboxEntrySchema>["enqueued_at"];
  /**
   * Rust: `Option<String>`.
   */
  lease_deadline: z.output<typeof FleetInboxEntrySchema>["lease_deadline"];
  /**
   * Rust: `u32`.
   */
  attempts: z.output<typeof FleetInboxEntrySchema>["attempts"];
}
/**
 * `FleetInboxEntry` as a sender may write it (what `FleetInboxEntrySchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Durable inbox entry: a task waiting to be leased to a worker.
 */
export interface FleetInboxEntryWire extends z.input<typeof FleetInboxEntrySchema> {
  /**
   * Rust: `FleetRunId`.
   */
  run_id: z.input<typeof FleetInboxEntrySchema>["run_id"];
  /**
   * Rust: `String`.
   */
  task_id: z.input<typeof FleetInboxEntrySchema>["task_id"];
  /**
   * Rust: `i32`.
   */
  priority: z.input<typeof FleetInboxEntrySchema>["priority"];
  /**
   * Rust: `String`.
   */
  enqueued_at: z.input<typeof FleetInboxEntrySchema>["enqueued_at"];
  /**
   * Rust: `Option<String>`.
   */
  lease_deadline?: z.input<typeof FleetInboxEntrySchema>["lease_deadline"];
  /**
   * Rust: `u32`.
   */
  attempts?: z.input<typeof FleetInboxEntrySchema>["attempts"];
}

const fleetWorkerEventPayloadSchema = taggedEnum(
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
/**
 * The zod type of {@link FleetWorkerEventPayloadSchema}.
 */
export interface FleetWorkerEventPayloadSchema extends Named<typeof fleetWorkerEventPayloadSchema> {}
/**
 * Union of all worker event payloads.
 *
 * The zod schema of `FleetWorkerEventPayload`: `FleetWorkerEventPayloadSchema.parse(value)` gives a {@link FleetWorkerEventPayload}.
 */
export const FleetWorkerEventPayloadSchema: FleetWorkerEventPayloadSchema = fleetWorkerEventPayloadSchema;
/**
 * Union of all worker event payloads.
 */
export type FleetWorkerEventPayload =
  | FleetWorkerEventPayloadQueued
  | FleetWorkerEventPayloadLeased
  | FleetWorkerEventPayloadStarting
  | FleetWorkerEventPayloadRunning
  | FleetWorkerEventPayloadModelWait
  | FleetWorkerEventPayloadRunningTool
  | FleetWorkerEventPayloadHeartbeat
  | FleetWorkerEventPayloadArtifact
  | FleetWorkerEventPayloadCompleted
  | FleetWorkerEventPayloadFailed
  | FleetWorkerEventPayloadCancelled
  | FleetWorkerEventPayloadInterrupted
  | FleetWorkerEventPayloadStale
  | FleetWorkerEventPayloadRestarted
  | FleetWorkerEventPayloadEscalated;
/**
 * `FleetWorkerEventPayload` with `state: "queued"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadQueued
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "queued"> {
  /**
   * The variant: `queued` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "queued">["state"];
}
/**
 * `FleetWorkerEventPayload` with `state: "leased"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadLeased
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "leased"> {
  /**
   * The variant: `leased` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "leased">["state"];
  /**
   * Rust: `Option<String>`.
   */
  lease_expires_at?: Variant<
    z.output<typeof FleetWorkerEventPayloadSchema>,
    "state",
    "leased"
  >["lease_expires_at"];
}
/**
 * `FleetWorkerEventPayload` with `state: "starting"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadStarting
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "starting"> {
  /**
   * The variant: `starting` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "starting">["state"];
}
/**
 * `FleetWorkerEventPayload` with `state: "running"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadRunning
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "running"> {
  /**
   * The variant: `running` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "running">["state"];
}
/**
 * `FleetWorkerEventPayload` with `state: "model_wait"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadModelWait
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "model_wait"> {
  /**
   * The variant: `model_wait` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "model_wait">["state"];
  /**
   * Rust: `Option<String>`.
   */
  model?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "model_wait">["model"];
}
/**
 * `FleetWorkerEventPayload` with `state: "running_tool"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadRunningTool
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "running_tool"> {
  /**
   * The variant: `running_tool` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "running_tool">["state"];
  /**
   * Rust: `String`.
   */
  tool: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "running_tool">["tool"];
  /**
   * Rust: `Option<String>`.
   */
  call_id?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "running_tool">["call_id"];
}
/**
 * `FleetWorkerEventPayload` with `state: "heartbeat"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadHeartbeat
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "heartbeat"> {
  /**
   * The variant: `heartbeat` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "heartbeat">["state"];
  /**
   * Rust: `Option<f32>`.
   */
  cpu_percent?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "heartbeat">["cpu_percent"];
  /**
   * Rust: `Option<u64>`.
   */
  memory_mb?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "heartbeat">["memory_mb"];
}
/**
 * `FleetWorkerEventPayload` with `state: "artifact"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadArtifact
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "artifact"> {
  /**
   * The variant: `artifact` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "artifact">["state"];
  /**
   * Rust: `FleetArtifactKind`.
   */
  kind: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "artifact">["kind"];
  /**
   * Rust: `PathBuf`.
   */
  path: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "artifact">["path"];
  /**
   * Rust: `Option<String>`.
   */
  checksum?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "artifact">["checksum"];
  /**
   * Rust: `Option<String>`.
   */
  mime_type?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "artifact">["mime_type"];
  /**
   * Rust: `Option<u64>`.
   */
  size_bytes: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "artifact">["size_bytes"];
}
/**
 * `FleetWorkerEventPayload` with `state: "completed"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadCompleted
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "completed"> {
  /**
   * The variant: `completed` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "completed">["state"];
  /**
   * Rust: `Option<i32>`.
   */
  exit_code?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "completed">["exit_code"];
  /**
   * Rust: `Option<String>`.
   */
  summary?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "completed">["summary"];
}
/**
 * `FleetWorkerEventPayload` with `state: "failed"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadFailed
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "failed"> {
  /**
   * The variant: `failed` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "failed">["state"];
  /**
   * Rust: `String`.
   */
  reason: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "failed">["reason"];
  /**
   * Rust: `bool`.
   */
  recoverable: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "failed">["recoverable"];
}
/**
 * `FleetWorkerEventPayload` with `state: "cancelled"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadCancelled
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "cancelled"> {
  /**
   * The variant: `cancelled` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "cancelled">["state"];
  /**
   * Rust: `Option<String>`.
   */
  cancelled_by?: Variant<
    z.output<typeof FleetWorkerEventPayloadSchema>,
    "state",
    "cancelled"
  >["cancelled_by"];
}
/**
 * `FleetWorkerEventPayload` with `state: "interrupted"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadInterrupted
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "interrupted"> {
  /**
   * The variant: `interrupted` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "interrupted">["state"];
  /**
   * Rust: `Option<String>`.
   */
  signal?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "interrupted">["signal"];
}
/**
 * `FleetWorkerEventPayload` with `state: "stale"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadStale
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "stale"> {
  /**
   * The variant: `stale` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "stale">["state"];
  /**
   * Rust: `Option<String>`.
   */
  last_heartbeat_at?: Variant<
    z.output<typeof FleetWorkerEventPayloadSchema>,
    "state",
    "stale"
  >["last_heartbeat_at"];
}
/**
 * `FleetWorkerEventPayload` with `state: "restarted"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadRestarted
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "restarted"> {
  /**
   * The variant: `restarted` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "restarted">["state"];
  /**
   * Rust: `u32`.
   */
  restart_count: Variant<
    z.output<typeof FleetWorkerEventPayloadSchema>,
    "state",
    "restarted"
  >["restart_count"];
}
/**
 * `FleetWorkerEventPayload` with `state: "escalated"`.
 *
 * Union of all worker event payloads.
 */
export interface FleetWorkerEventPayloadEscalated
  extends Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "escalated"> {
  /**
   * The variant: `escalated` (serde's `tag = "state"`).
   */
  state: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "escalated">["state"];
  /**
   * Rust: `String`.
   */
  channel: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "escalated">["channel"];
  /**
   * Rust: `Option<String>`.
   */
  alert_id?: Variant<z.output<typeof FleetWorkerEventPayloadSchema>, "state", "escalated">["alert_id"];
}
/**
 * `FleetWorkerEventPayload` as a sender may write it (what `FleetWorkerEventPayloadSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Union of all worker event payloads.
 */
export type FleetWorkerEventPayloadWire = z.input<typeof FleetWorkerEventPayloadSchema>;

const fleetWorkerEventSchema = flattenedStruct(
  "FleetWorkerEvent",
  "Worker event envelope.",
  { seq: u64, run_id: FleetRunIdSchema, worker_id: string, task_id: string, timestamp: string },
  FleetWorkerEventPayloadSchema,
  { extra: defaultSkipIfEmpty(btreeMap(jsonValue)) },
);
/**
 * The zod type of {@link FleetWorkerEventSchema}.
 */
export interface FleetWorkerEventSchema extends Named<typeof fleetWorkerEventSchema> {}
/**
 * Worker event envelope.
 *
 * The zod schema of `FleetWorkerEvent`: `FleetWorkerEventSchema.parse(value)` gives a {@link FleetWorkerEvent}.
 */
export const FleetWorkerEventSchema: FleetWorkerEventSchema = fleetWorkerEventSchema;
/**
 * Worker event envelope.
 */
export type FleetWorkerEvent =
  | FleetWorkerEventQueued
  | FleetWorkerEventLeased
  | FleetWorkerEventStarting
  | FleetWorkerEventRunning
  | FleetWorkerEventModelWait
  | FleetWorkerEventRunningTool
  | FleetWorkerEventHeartbeat
  | FleetWorkerEventArtifact
  | FleetWorkerEventCompleted
  | FleetWorkerEventFailed
  | FleetWorkerEventCancelled
  | FleetWorkerEventInterrupted
  | FleetWorkerEventStale
  | FleetWorkerEventRestarted
  | FleetWorkerEventEscalated;
/**
 * The fields of `FleetWorkerEvent` beside the `FleetWorkerEventPayload` it flattens.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventEnvelope
  extends Pick<
    z.output<typeof FleetWorkerEventSchema>,
    "seq" | "run_id" | "worker_id" | "task_id" | "timestamp" | "extra"
  > {
  /**
   * Rust: `u64`.
   */
  seq: Pick<
    z.output<typeof FleetWorkerEventSchema>,
    "seq" | "run_id" | "worker_id" | "task_id" | "timestamp" | "extra"
  >["seq"];
  /**
   * Rust: `FleetRunId`.
   */
  run_id: Pick<
    z.output<typeof FleetWorkerEventSchema>,
    "seq" | "run_id" | "worker_id" | "task_id" | "timestamp" | "extra"
  >["run_id"];
  /**
   * Rust: `String`.
   */
  worker_id: Pick<
    z.output<typeof FleetWorkerEventSchema>,
    "seq" | "run_id" | "worker_id" | "task_id" | "timestamp" | "extra"
  >["worker_id"];
  /**
   * Rust: `String`.
   */
  task_id: Pick<
    z.output<typeof FleetWorkerEventSchema>,
    "seq" | "run_id" | "worker_id" | "task_id" | "timestamp" | "extra"
  >["task_id"];
  /**
   * Rust: `String`.
   */
  timestamp: Pick<
    z.output<typeof FleetWorkerEventSchema>,
    "seq" | "run_id" | "worker_id" | "task_id" | "timestamp" | "extra"
  >["timestamp"];
  /**
   * Rust: `BTreeMap<String, serde_json::Value>`.
   */
  extra: Pick<
    z.output<typeof FleetWorkerEventSchema>,
    "seq" | "run_id" | "worker_id" | "task_id" | "timestamp" | "extra"
  >["extra"];
}
/**
 * `FleetWorkerEvent` with `state: "queued"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventQueued extends FleetWorkerEventEnvelope, FleetWorkerEventPayloadQueued {}
/**
 * `FleetWorkerEvent` with `state: "leased"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventLeased extends FleetWorkerEventEnvelope, FleetWorkerEventPayloadLeased {}
/**
 * `FleetWorkerEvent` with `state: "starting"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventStarting extends FleetWorkerEventEnvelope, FleetWorkerEventPayloadStarting {}
/**
 * `FleetWorkerEvent` with `state: "running"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventRunning extends FleetWorkerEventEnvelope, FleetWorkerEventPayloadRunning {}
/**
 * `FleetWorkerEvent` with `state: "model_wait"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventModelWait
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadModelWait {}
/**
 * `FleetWorkerEvent` with `state: "running_tool"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventRunningTool
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadRunningTool {}
/**
 * `FleetWorkerEvent` with `state: "heartbeat"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventHeartbeat
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadHeartbeat {}
/**
 * `FleetWorkerEvent` with `state: "artifact"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventArtifact extends FleetWorkerEventEnvelope, FleetWorkerEventPayloadArtifact {}
/**
 * `FleetWorkerEvent` with `state: "completed"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventCompleted
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadCompleted {}
/**
 * `FleetWorkerEvent` with `state: "failed"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventFailed extends FleetWorkerEventEnvelope, FleetWorkerEventPayloadFailed {}
/**
 * `FleetWorkerEvent` with `state: "cancelled"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventCancelled
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadCancelled {}
/**
 * `FleetWorkerEvent` with `state: "interrupted"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventInterrupted
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadInterrupted {}
/**
 * `FleetWorkerEvent` with `state: "stale"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventStale extends FleetWorkerEventEnvelope, FleetWorkerEventPayloadStale {}
/**
 * `FleetWorkerEvent` with `state: "restarted"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventRestarted
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadRestarted {}
/**
 * `FleetWorkerEvent` with `state: "escalated"`.
 *
 * Worker event envelope.
 */
export interface FleetWorkerEventEscalated
  extends FleetWorkerEventEnvelope,
    FleetWorkerEventPayloadEscalated {}
/**
 * `FleetWorkerEvent` as a sender may write it (what `FleetWorkerEventSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Worker event envelope.
 */
export type FleetWorkerEventWire = z.input<typeof FleetWorkerEventSchema>;

const fleetTaskResultSchema = unitEnum("FleetTaskResult", "", {
  pass: "",
  fail: "",
  skip: "",
  timeout: "",
});
/**
 * The zod type of {@link FleetTaskResultSchema}.
 */
export interface FleetTaskResultSchema extends Named<typeof fleetTaskResultSchema> {}
/**
 * Rust: `enum FleetTaskResult`.
 *
 * The zod schema of `FleetTaskResult`: `FleetTaskResultSchema.parse(value)` gives a {@link FleetTaskResult}.
 */
export const FleetTaskResultSchema: FleetTaskResultSchema = fleetTaskResultSchema;
/**
 * Rust: `enum FleetTaskResult`.
 */
export type FleetTaskResult = z.output<typeof FleetTaskResultSchema>;
/**
 * `FleetTaskResult` as a sender may write it (what `FleetTaskResultSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Rust: `enum FleetTaskResult`.
 */
export type FleetTaskResultWire = z.input<typeof FleetTaskResultSchema>;

const fleetScoreSchema = struct("FleetScore", "", {
  value: f64,
  max: optionSkipIfNone(f64),
  notes: optionSkipIfNone(string),
});
/**
 * The zod type of {@link FleetScoreSchema}.
 */
export interface FleetScoreSchema extends Named<typeof fleetScoreSchema> {}
/**
 * Rust: `struct FleetScore`.
 *
 * The zod schema of `FleetScore`: `FleetScoreSchema.parse(value)` gives a {@link FleetScore}.
 */
export const FleetScoreSchema: FleetScoreSchema = fleetScoreSchema;
/**
 * Rust: `struct FleetScore`.
 */
export interface FleetScore extends z.output<typeof FleetScoreSchema> {
  /**
   * Rust: `f64`.
   */
  value: z.output<typeof FleetScoreSchema>["value"];
  /**
   * Rust: `Option<f64>`.
   */
  max?: z.output<typeof FleetScoreSchema>["max"];
  /**
   * Rust: `Option<String>`.
   */
  notes?: z.output<typeof FleetScoreSchema>["notes"];
}
/**
 * `FleetScore` as a sender may write it (what `FleetScoreSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Rust: `struct FleetScore`.
 */
export interface FleetScoreWire extends z.input<typeof FleetScoreSchema> {
  /**
   * Rust: `f64`.
   */
  value: z.input<typeof FleetScoreSchema>["value"];
  /**
   * Rust: `Option<f64>`.
   */
  max?: z.input<typeof FleetScoreSchema>["max"];
  /**
   * Rust: `Option<String>`.
   */
  notes?: z.input<typeof FleetScoreSchema>["notes"];
}

const fleetReceiptSchema = struct("FleetReceipt", "Receipt produced when a task completes verification.", {
  run_id: FleetRunIdSchema,
  task_id: string,
  worker_id: string,
  completed_at: string,
  result: FleetTaskResultSchema,
  artifacts: withDefault(vec(FleetArtifactRefSchema), () => []),
  score: option(FleetScoreSchema),
});
/**
 * The zod type of {@link FleetReceiptSchema}.
 */
export interface FleetReceiptSchema extends Named<typeof fleetReceiptSchema> {}
/**
 * Receipt produced when a task completes verification.
 *
 * The zod schema of `FleetReceipt`: `FleetReceiptSchema.parse(value)` gives a {@link FleetReceipt}.
 */
export const FleetReceiptSchema: FleetReceiptSchema = fleetReceiptSchema;
/**
 * Receipt produced when a task completes verification.
 */
export interface FleetReceipt extends z.output<typeof FleetReceiptSchema> {
  /**
   * Rust: `FleetRunId`.
   */
  run_id: z.output<typeof FleetReceiptSchema>["run_id"];
  /**
   * Rust: `String`.
   */
  task_id: z.output<typeof FleetReceiptSchema>["task_id"];
  /**
   * Rust: `String`.
   */
  worker_id: z.output<typeof FleetReceiptSchema>["worker_id"];
  /**
   * Rust: `String`.
   */
  completed_at: z.output<typeof FleetReceiptSchema>["completed_at"];
  /**
   * Rust: `FleetTaskResult`.
   */
  result: z.output<typeof FleetReceiptSchema>["result"];
  /**
   * Rust: `Vec<FleetArtifactRef>`.
   */
  artifacts: z.output<typeof FleetReceiptSchema>["artifacts"];
  /**
   * Rust: `Option<FleetScore>`.
   */
  score: z.output<typeof FleetReceiptSchema>["score"];
}
/**
 * `FleetReceipt` as a sender may write it (what `FleetReceiptSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Receipt produced when a task completes verification.
 */
export interface FleetReceiptWire extends z.input<typeof FleetReceiptSchema> {
  /**
   * Rust: `FleetRunId`.
   */
  run_id: z.input<typeof FleetReceiptSchema>["run_id"];
  /**
   * Rust: `String`.
   */
  task_id: z.input<typeof FleetReceiptSchema>["task_id"];
  /**
   * Rust: `String`.
   */
  worker_id: z.input<typeof FleetReceiptSchema>["worker_id"];
  /**
   * Rust: `String`.
   */
  completed_at: z.input<typeof FleetReceiptSchema>["completed_at"];
  /**
   * Rust: `FleetTaskResult`.
   */
  result: z.input<typeof FleetReceiptSchema>["result"];
  /**
   * Rust: `Vec<FleetArtifactRef>`.
   */
  artifacts?: z.input<typeof FleetReceiptSchema>["artifacts"];
  /**
   * Rust: `Option<FleetScore>`.
   */
  score?: z.input<typeof FleetReceiptSchema>["score"];
}

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
