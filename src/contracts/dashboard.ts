/**
 * Supervisor dashboard state (crate `rust-tokio-supervisor` 0.1.2, dashboard
 * model): the JSON contract shared by target IPC, relay, and the dashboard UI.
 *
 * Types appear in the Rust declaration order, except that a type is defined
 * before the first type that uses it (DashboardState, DashboardError);
 * `dashboardTypes` lists them in the order of the seeds' README.
 */
import type { z } from "zod";
import {
  bool,
  btreeMap,
  jsonValue,
  option,
  string,
  struct,
  u128,
  u64,
  unitEnum,
  usize,
  vec,
} from "../serde/index.js";

export const SupportedCommandSchema = struct(
  "SupportedCommand",
  "Supported command metadata sent to the relay.",
  {
    name: [string, "Wire command name."],
    idempotent: [bool, "Whether the command can be retried with the same command identifier."],
    timeout_seconds: [u64, "Command timeout in seconds."],
  },
);
export type SupportedCommand = z.output<typeof SupportedCommandSchema>;
export type SupportedCommandWire = z.input<typeof SupportedCommandSchema>;

export const TargetProcessRegistrationSchema = struct(
  "TargetProcessRegistration",
  "Target process registration payload sent to the relay.",
  {
    target_id: [string, "Stable target process identifier."],
    display_name: [string, "Human-readable display name."],
    ipc_path: [string, "Local Unix domain socket path exposed by the target."],
    lease_seconds: [u64, "Lease duration in seconds."],
    supported_commands: [vec(SupportedCommandSchema), "Commands supported by this target."],
  },
);
export type TargetProcessRegistration = z.output<typeof TargetProcessRegistrationSchema>;
export type TargetProcessRegistrationWire = z.input<typeof TargetProcessRegistrationSchema>;

export const RegistrationStateSchema = unitEnum(
  "RegistrationState",
  "Current registration state for a target process.",
  {
    active: "Registration was accepted and is visible.",
    rejected: "Registration was rejected.",
    expired: "Registration lease expired.",
  },
);
export type RegistrationState = z.output<typeof RegistrationStateSchema>;
export type RegistrationStateWire = z.input<typeof RegistrationStateSchema>;

export const TargetConnectionStateSchema = unitEnum(
  "TargetConnectionState",
  "Current relay connection state for a target process.",
  {
    registered: "Target is registered but no session has bound it.",
    connecting: "Relay is connecting to target IPC.",
    connected: "Relay is connected to target IPC.",
    reconnecting: "Relay is reconnecting to target IPC.",
    unavailable: "Target IPC is unavailable.",
    expired: "Registration lease expired.",
  },
);
export type TargetConnectionState = z.output<typeof TargetConnectionStateSchema>;
export type TargetConnectionStateWire = z.input<typeof TargetConnectionStateSchema>;

export const TargetProcessIdentitySchema = struct(
  "TargetProcessIdentity",
  "Target identity shown in dashboard state payloads and target lists.",
  {
    target_id: [string, "Stable target process identifier."],
    display_name: [string, "Human-readable display name."],
    registration_state: [RegistrationStateSchema, "Current registration state."],
    connection_state: [TargetConnectionStateSchema, "Current relay connection state."],
  },
);
export type TargetProcessIdentity = z.output<typeof TargetProcessIdentitySchema>;
export type TargetProcessIdentityWire = z.input<typeof TargetProcessIdentitySchema>;

export const SupervisorNodeKindSchema = unitEnum("SupervisorNodeKind", "Node kind visible in the topology.", {
  root_supervisor: "Root supervisor node.",
  child_task: "Child task node.",
});
export type SupervisorNodeKind = z.output<typeof SupervisorNodeKindSchema>;
export type SupervisorNodeKindWire = z.input<typeof SupervisorNodeKindSchema>;

export const DashboardCriticalitySchema = unitEnum(
  "DashboardCriticality",
  "Criticality shown by dashboard nodes.",
  {
    critical: "Critical child.",
    standard: "Standard child.",
    best_effort: "Best-effort child.",
  },
);
export type DashboardCriticality = z.output<typeof DashboardCriticalitySchema>;
export type DashboardCriticalityWire = z.input<typeof DashboardCriticalitySchema>;

export const SupervisorNodeSchema = struct("SupervisorNode", "Node displayed in the supervisor topology.", {
  node_id: [string, "Stable node identifier."],
  child_id: [option(string), "Optional child identifier."],
  path: [string, "Absolute child path."],
  name: [string, "Human-readable node name."],
  kind: [SupervisorNodeKindSchema, "Node kind."],
  tags: [vec(string), "Low-cardinality tags."],
  criticality: [DashboardCriticalitySchema, "Node criticality."],
  state_summary: [string, "Current state summary."],
  diagnostics: [btreeMap(string), "Key diagnostic fields."],
});
export type SupervisorNode = z.output<typeof SupervisorNodeSchema>;
export type SupervisorNodeWire = z.input<typeof SupervisorNodeSchema>;

export const SupervisorEdgeKindSchema = unitEnum("SupervisorEdgeKind", "Edge kind visible in the topology.", {
  parent_child: "Parent-child edge.",
  dependency: "Dependency edge.",
});
export type SupervisorEdgeKind = z.output<typeof SupervisorEdgeKindSchema>;
export type SupervisorEdgeKindWire = z.input<typeof SupervisorEdgeKindSchema>;

export const SupervisorEdgeSchema = struct("SupervisorEdge", "Edge displayed in the supervisor topology.", {
  edge_id: [string, "Stable edge identifier."],
  source_path: [string, "Source node path."],
  target_path: [string, "Target node path."],
  kind: [SupervisorEdgeKindSchema, "Edge kind."],
  order: [usize, "Declaration or dependency order."],
});
export type SupervisorEdge = z.output<typeof SupervisorEdgeSchema>;
export type SupervisorEdgeWire = z.input<typeof SupervisorEdgeSchema>;

export const SupervisorTopologySchema = struct(
  "SupervisorTopology",
  "Supervisor graph for dashboard rendering.",
  {
    root: [SupervisorNodeSchema, "Root supervisor node."],
    nodes: [vec(SupervisorNodeSchema), "All visible nodes including the root."],
    edges: [vec(SupervisorEdgeSchema), "Parent-child and dependency edges."],
    declaration_order: [vec(string), "Node paths in declaration order."],
  },
);
export type SupervisorTopology = z.output<typeof SupervisorTopologySchema>;
export type SupervisorTopologyWire = z.input<typeof SupervisorTopologySchema>;

export const RuntimeStateSchema = struct("RuntimeState", "Runtime state shown for one child.", {
  child_path: [string, "Child path."],
  lifecycle_state: [string, "Lifecycle state label."],
  health: [string, "Health status label."],
  readiness: [string, "Readiness status label."],
  generation: [u64, "Child generation."],
  attempt: [u64, "Child attempt."],
  restart_count: [u64, "Restart count."],
  last_failure: [option(string), "Optional last failure summary."],
  last_policy_decision: [option(string), "Optional last policy decision summary."],
  shutdown_state: [string, "Supervisor shutdown state label."],
});
export type RuntimeState = z.output<typeof RuntimeStateSchema>;
export type RuntimeStateWire = z.input<typeof RuntimeStateSchema>;

export const EventRecordSchema = struct("EventRecord", "Event record streamed from a target process.", {
  target_id: [string, "Target process identifier."],
  sequence: [u64, "Target-local monotonic sequence."],
  correlation_id: [string, "Correlation identifier."],
  event_type: [string, "Event type label."],
  severity: [string, "Severity label."],
  target_path: [string, "Target path."],
  child_id: [option(string), "Optional child identifier."],
  occurred_at_unix_nanos: [u128, "Occurred time as Unix nanoseconds."],
  config_version: [string, "Configuration version."],
  payload: [jsonValue, "Event payload."],
});
export type EventRecord = z.output<typeof EventRecordSchema>;
export type EventRecordWire = z.input<typeof EventRecordSchema>;

export const LogRecordSchema = struct("LogRecord", "Log record streamed from a target process.", {
  target_id: [string, "Target process identifier."],
  sequence: [option(u64), "Optional target-local sequence."],
  correlation_id: [option(string), "Optional correlation identifier."],
  severity: [string, "Severity label."],
  message: [string, "Log message."],
  fields: [btreeMap(string), "Structured log fields."],
  occurred_at_unix_nanos: [u128, "Occurred time as Unix nanoseconds."],
});
export type LogRecord = z.output<typeof LogRecordSchema>;
export type LogRecordWire = z.input<typeof LogRecordSchema>;

export const DashboardStateSchema = struct(
  "DashboardState",
  "Complete dashboard state returned when a target is opened or reconnected.",
  {
    target: [TargetProcessIdentitySchema, "Target process identity."],
    topology: [SupervisorTopologySchema, "Supervisor topology."],
    runtime_state: [vec(RuntimeStateSchema), "Runtime state rows indexed by child path."],
    recent_events: [vec(EventRecordSchema), "Recent events retained by the target."],
    recent_logs: [vec(LogRecordSchema), "Recent logs retained by the target."],
    dropped_event_count: [u64, "Number of dropped events."],
    dropped_log_count: [u64, "Number of dropped logs."],
    config_version: [string, "Configuration version string."],
    generated_at_unix_nanos: [u128, "Generated time as Unix nanoseconds."],
    state_generation: [u64, "Monotonic state generation for this target."],
  },
);
export type DashboardState = z.output<typeof DashboardStateSchema>;
export type DashboardStateWire = z.input<typeof DashboardStateSchema>;

export const ControlCommandKindSchema = unitEnum("ControlCommandKind", "Supported control command names.", {
  restart_child: "Restart a child.",
  pause_child: "Pause a child.",
  resume_child: "Resume a child.",
  quarantine_child: "Quarantine a child.",
  remove_child: "Remove a child.",
  add_child: "Add a child.",
  shutdown_tree: "Shut down the whole tree.",
});
export type ControlCommandKind = z.output<typeof ControlCommandKindSchema>;
export type ControlCommandKindWire = z.input<typeof ControlCommandKindSchema>;

export const ControlCommandTargetSchema = struct(
  "ControlCommandTarget",
  "Target selector for a control command.",
  {
    child_path: [option(string), "Optional child path for child-scoped commands."],
    child_manifest: [option(string), "Optional child manifest for add-child commands."],
  },
);
export type ControlCommandTarget = z.output<typeof ControlCommandTargetSchema>;
export type ControlCommandTargetWire = z.input<typeof ControlCommandTargetSchema>;

export const ControlCommandRequestSchema = struct(
  "ControlCommandRequest",
  "Control command request forwarded by relay to target IPC.",
  {
    command_id: [string, "Command identifier."],
    target_id: [string, "Target process identifier."],
    command: [ControlCommandKindSchema, "Command kind."],
    target: [ControlCommandTargetSchema, "Command target."],
    reason: [string, "Non-empty reason."],
    requested_by: [string, "Authenticated requester derived by relay."],
    confirmed: [bool, "Whether dangerous command confirmation is present."],
    requested_at_unix_nanos: [u128, "Request time as Unix nanoseconds."],
  },
);
export type ControlCommandRequest = z.output<typeof ControlCommandRequestSchema>;
export type ControlCommandRequestWire = z.input<typeof ControlCommandRequestSchema>;

/** `crate::dashboard::error::DashboardError`: not in the seed; its shape is given in the seeds' README. */
export const DashboardErrorSchema = struct("DashboardError", "Structured dashboard error.", {
  code: [string, "Stable error code."],
  stage: [string, "Stage where the error happened."],
  target_id: [option(string), "Target process identifier, when known."],
  message: [string, "Human-readable message."],
  retryable: [bool, "Whether the caller may retry."],
});
export type DashboardError = z.output<typeof DashboardErrorSchema>;
export type DashboardErrorWire = z.input<typeof DashboardErrorSchema>;

export const ControlCommandResultSchema = struct(
  "ControlCommandResult",
  "Control command result returned by target IPC.",
  {
    command_id: [string, "Command identifier."],
    target_id: [string, "Target process identifier."],
    accepted: [bool, "Whether target accepted the command."],
    status: [string, "Status label."],
    error: [option(DashboardErrorSchema), "Optional structured error."],
    state_delta: [option(jsonValue), "Optional state delta."],
    completed_at_unix_nanos: [option(u128), "Completion time as Unix nanoseconds."],
  },
);
export type ControlCommandResult = z.output<typeof ControlCommandResultSchema>;
export type ControlCommandResultWire = z.input<typeof ControlCommandResultSchema>;

export const AuditEventSchema = struct(
  "AuditEvent",
  "Audit event emitted for accepted, rejected, and completed commands.",
  {
    audit_id: [string, "Audit event identifier."],
    identity: [string, "Remote identity summary."],
    target_id: [string, "Target process identifier."],
    command_id: [string, "Command identifier."],
    command: [ControlCommandKindSchema, "Command kind."],
    target: [ControlCommandTargetSchema, "Command target."],
    reason: [string, "Operator-provided reason."],
    result: [string, "Result summary."],
    occurred_at_unix_nanos: [u128, "Occurred time as Unix nanoseconds."],
  },
);
export type AuditEvent = z.output<typeof AuditEventSchema>;
export type AuditEventWire = z.input<typeof AuditEventSchema>;

/** The supervisor dashboard types, by Rust name, in the order of the seeds' README. */
export const dashboardTypes = {
  SupportedCommand: SupportedCommandSchema,
  TargetProcessRegistration: TargetProcessRegistrationSchema,
  RegistrationState: RegistrationStateSchema,
  TargetConnectionState: TargetConnectionStateSchema,
  TargetProcessIdentity: TargetProcessIdentitySchema,
  DashboardState: DashboardStateSchema,
  SupervisorTopology: SupervisorTopologySchema,
  SupervisorNodeKind: SupervisorNodeKindSchema,
  DashboardCriticality: DashboardCriticalitySchema,
  SupervisorNode: SupervisorNodeSchema,
  SupervisorEdgeKind: SupervisorEdgeKindSchema,
  SupervisorEdge: SupervisorEdgeSchema,
  RuntimeState: RuntimeStateSchema,
  EventRecord: EventRecordSchema,
  LogRecord: LogRecordSchema,
  ControlCommandKind: ControlCommandKindSchema,
  ControlCommandTarget: ControlCommandTargetSchema,
  ControlCommandRequest: ControlCommandRequestSchema,
  ControlCommandResult: ControlCommandResultSchema,
  DashboardError: DashboardErrorSchema,
  AuditEvent: AuditEventSchema,
} as const;
