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
  type Named,
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

const supportedCommandSchema = struct("SupportedCommand", "Supported command metadata sent to the relay.", {
  name: [string, "Wire command name."],
  idempotent: [bool, "Whether the command can be retried with the same command identifier."],
  timeout_seconds: [u64, "Command timeout in seconds."],
});
/**
 * The zod type of {@link SupportedCommandSchema}.
 */
export interface SupportedCommandSchema extends Named<typeof supportedCommandSchema> {}
/**
 * Supported command metadata sent to the relay.
 *
 * The zod schema of `SupportedCommand`: `SupportedCommandSchema.parse(value)` gives a {@link SupportedCommand}.
 */
export const SupportedCommandSchema: SupportedCommandSchema = supportedCommandSchema;
/**
 * Supported command metadata sent to the relay.
 */
export interface SupportedCommand extends z.output<typeof SupportedCommandSchema> {
  /**
   * Wire command name.
   */
  name: z.output<typeof SupportedCommandSchema>["name"];
  /**
   * Whether the command can be retried with the same command identifier.
   */
  idempotent: z.output<typeof SupportedCommandSchema>["idempotent"];
  /**
   * Command timeout in seconds.
   */
  timeout_seconds: z.output<typeof SupportedCommandSchema>["timeout_seconds"];
}
/**
 * `SupportedCommand` as a sender may write it (what `SupportedCommandSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Supported command metadata sent to the relay.
 */
export interface SupportedCommandWire extends z.input<typeof SupportedCommandSchema> {
  /**
   * Wire command name.
   */
  name: z.input<typeof SupportedCommandSchema>["name"];
  /**
   * Whether the command can be retried with the same command identifier.
   */
  idempotent: z.input<typeof SupportedCommandSchema>["idempotent"];
  /**
   * Command timeout in seconds.
   */
  timeout_seconds: z.input<typeof SupportedCommandSchema>["timeout_seconds"];
}

const targetProcessRegistrationSchema = struct(
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
/**
 * The zod type of {@link TargetProcessRegistrationSchema}.
 */
export interface TargetProcessRegistrationSchema extends Named<typeof targetProcessRegistrationSchema> {}
/**
 * Target process registration payload sent to the relay.
 *
 * The zod schema of `TargetProcessRegistration`: `TargetProcessRegistrationSchema.parse(value)` gives a {@link TargetProcessRegistration}.
 */
export const TargetProcessRegistrationSchema: TargetProcessRegistrationSchema =
  targetProcessRegistrationSchema;
/**
 * Target process registration payload sent to the relay.
 */
export interface TargetProcessRegistration extends z.output<typeof TargetProcessRegistrationSchema> {
  /**
   * Stable target process identifier.
   */
  target_id: z.output<typeof TargetProcessRegistrationSchema>["target_id"];
  /**
   * Human-readable display name.
   */
  display_name: z.output<typeof TargetProcessRegistrationSchema>["display_name"];
  /**
   * Local Unix domain socket path exposed by the target.
   */
  ipc_path: z.output<typeof TargetProcessRegistrationSchema>["ipc_path"];
  /**
   * Lease duration in seconds.
   */
  lease_seconds: z.output<typeof TargetProcessRegistrationSchema>["lease_seconds"];
  /**
   * Commands supported by this target.
   */
  supported_commands: z.output<typeof TargetProcessRegistrationSchema>["supported_commands"];
}
/**
 * `TargetProcessRegistration` as a sender may write it (what `TargetProcessRegistrationSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Target process registration payload sent to the relay.
 */
export interface TargetProcessRegistrationWire extends z.input<typeof TargetProcessRegistrationSchema> {
  /**
   * Stable target process identifier.
   */
  target_id: z.input<typeof TargetProcessRegistrationSchema>["target_id"];
  /**
   * Human-readable display name.
   */
  display_name: z.input<typeof TargetProcessRegistrationSchema>["display_name"];
  /**
   * Local Unix domain socket path exposed by the target.
   */
  ipc_path: z.input<typeof TargetProcessRegistrationSchema>["ipc_path"];
  /**
   * Lease duration in seconds.
   */
  lease_seconds: z.input<typeof TargetProcessRegistrationSchema>["lease_seconds"];
  /**
   * Commands supported by this target.
   */
  supported_commands: z.input<typeof TargetProcessRegistrationSchema>["supported_commands"];
}

const registrationStateSchema = unitEnum(
  "RegistrationState",
  "Current registration state for a target process.",
  {
    active: "Registration was accepted and is visible.",
    rejected: "Registration was rejected.",
    expired: "Registration lease expired.",
  },
);
/**
 * The zod type of {@link RegistrationStateSchema}.
 */
export interface RegistrationStateSchema extends Named<typeof registrationStateSchema> {}
/**
 * Current registration state for a target process.
 *
 * The zod schema of `RegistrationState`: `RegistrationStateSchema.parse(value)` gives a {@link RegistrationState}.
 */
export const RegistrationStateSchema: RegistrationStateSchema = registrationStateSchema;
/**
 * Current registration state for a target process.
 */
export type RegistrationState = z.output<typeof RegistrationStateSchema>;
/**
 * `RegistrationState` as a sender may write it (what `RegistrationStateSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Current registration state for a target process.
 */
export type RegistrationStateWire = z.input<typeof RegistrationStateSchema>;

const targetConnectionStateSchema = unitEnum(
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
/**
 * The zod type of {@link TargetConnectionStateSchema}.
 */
export interface TargetConnectionStateSchema extends Named<typeof targetConnectionStateSchema> {}
/**
 * Current relay connection state for a target process.
 *
 * The zod schema of `TargetConnectionState`: `TargetConnectionStateSchema.parse(value)` gives a {@link TargetConnectionState}.
 */
export const TargetConnectionStateSchema: TargetConnectionStateSchema = targetConnectionStateSchema;
/**
 * Current relay connection state for a target process.
 */
export type TargetConnectionState = z.output<typeof TargetConnectionStateSchema>;
/**
 * `TargetConnectionState` as a sender may write it (what `TargetConnectionStateSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Current relay connection state for a target process.
 */
export type TargetConnectionStateWire = z.input<typeof TargetConnectionStateSchema>;

const targetProcessIdentitySchema = struct(
  "TargetProcessIdentity",
  "Target identity shown in dashboard state payloads and target lists.",
  {
    target_id: [string, "Stable target process identifier."],
    display_name: [string, "Human-readable display name."],
    registration_state: [RegistrationStateSchema, "Current registration state."],
    connection_state: [TargetConnectionStateSchema, "Current relay connection state."],
  },
);
/**
 * The zod type of {@link TargetProcessIdentitySchema}.
 */
export interface TargetProcessIdentitySchema extends Named<typeof targetProcessIdentitySchema> {}
/**
 * Target identity shown in dashboard state payloads and target lists.
 *
 * The zod schema of `TargetProcessIdentity`: `TargetProcessIdentitySchema.parse(value)` gives a {@link TargetProcessIdentity}.
 */
export const TargetProcessIdentitySchema: TargetProcessIdentitySchema = targetProcessIdentitySchema;
/**
 * Target identity shown in dashboard state payloads and target lists.
 */
export interface TargetProcessIdentity extends z.output<typeof TargetProcessIdentitySchema> {
  /**
   * Stable target process identifier.
   */
  target_id: z.output<typeof TargetProcessIdentitySchema>["target_id"];
  /**
   * Human-readable display name.
   */
  display_name: z.output<typeof TargetProcessIdentitySchema>["display_name"];
  /**
   * Current registration state.
   */
  registration_state: z.output<typeof TargetProcessIdentitySchema>["registration_state"];
  /**
   * Current relay connection state.
   */
  connection_state: z.output<typeof TargetProcessIdentitySchema>["connection_state"];
}
/**
 * `TargetProcessIdentity` as a sender may write it (what `TargetProcessIdentitySchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Target identity shown in dashboard state payloads and target lists.
 */
export interface TargetProcessIdentityWire extends z.input<typeof TargetProcessIdentitySchema> {
  /**
   * Stable target process identifier.
   */
  target_id: z.input<typeof TargetProcessIdentitySchema>["target_id"];
  /**
   * Human-readable display name.
   */
  display_name: z.input<typeof TargetProcessIdentitySchema>["display_name"];
  /**
   * Current registration state.
   */
  registration_state: z.input<typeof TargetProcessIdentitySchema>["registration_state"];
  /**
   * Current relay connection state.
   */
  connection_state: z.input<typeof TargetProcessIdentitySchema>["connection_state"];
}

const supervisorNodeKindSchema = unitEnum("SupervisorNodeKind", "Node kind visible in the topology.", {
  root_supervisor: "Root supervisor node.",
  child_task: "Child task node.",
});
/**
 * The zod type of {@link SupervisorNodeKindSchema}.
 */
export interface SupervisorNodeKindSchema extends Named<typeof supervisorNodeKindSchema> {}
/**
 * Node kind visible in the topology.
 *
 * The zod schema of `SupervisorNodeKind`: `SupervisorNodeKindSchema.parse(value)` gives a {@link SupervisorNodeKind}.
 */
export const SupervisorNodeKindSchema: SupervisorNodeKindSchema = supervisorNodeKindSchema;
/**
 * Node kind visible in the topology.
 */
export type SupervisorNodeKind = z.output<typeof SupervisorNodeKindSchema>;
/**
 * `SupervisorNodeKind` as a sender may write it (what `SupervisorNodeKindSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Node kind visible in the topology.
 */
export type SupervisorNodeKindWire = z.input<typeof SupervisorNodeKindSchema>;

const dashboardCriticalitySchema = unitEnum("DashboardCriticality", "Criticality shown by dashboard nodes.", {
  critical: "Critical child.",
  standard: "Standard child.",
  best_effort: "Best-effort child.",
});
/**
 * The zod type of {@link DashboardCriticalitySchema}.
 */
export interface DashboardCriticalitySchema extends Named<typeof dashboardCriticalitySchema> {}
/**
 * Criticality shown by dashboard nodes.
 *
 * The zod schema of `DashboardCriticality`: `DashboardCriticalitySchema.parse(value)` gives a {@link DashboardCriticality}.
 */
export const DashboardCriticalitySchema: DashboardCriticalitySchema = dashboardCriticalitySchema;
/**
 * Criticality shown by dashboard nodes.
 */
export type DashboardCriticality = z.output<typeof DashboardCriticalitySchema>;
/**
 * `DashboardCriticality` as a sender may write it (what `DashboardCriticalitySchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Criticality shown by dashboard nodes.
 */
export type DashboardCriticalityWire = z.input<typeof DashboardCriticalitySchema>;

const supervisorNodeSchema = struct("SupervisorNode", "Node displayed in the supervisor topology.", {
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
/**
 * The zod type of {@link SupervisorNodeSchema}.
 */
export interface SupervisorNodeSchema extends Named<typeof supervisorNodeSchema> {}
/**
 * Node displayed in the supervisor topology.
 *
 * The zod schema of `SupervisorNode`: `SupervisorNodeSchema.parse(value)` gives a {@link SupervisorNode}.
 */
export const SupervisorNodeSchema: SupervisorNodeSchema = supervisorNodeSchema;
/**
 * Node displayed in the supervisor topology.
 */
export interface SupervisorNode extends z.output<typeof SupervisorNodeSchema> {
  /**
   * Stable node identifier.
   */
  node_id: z.output<typeof SupervisorNodeSchema>["node_id"];
  /**
   * Optional child identifier.
   */
  child_id: z.output<typeof SupervisorNodeSchema>["child_id"];
  /**
   * Absolute child path.
   */
  path: z.output<typeof SupervisorNodeSchema>["path"];
  /**
   * Human-readable node name.
   */
  name: z.output<typeof SupervisorNodeSchema>["name"];
  /**
   * Node kind.
   */
  kind: z.output<typeof SupervisorNodeSchema>["kind"];
  /**
   * Low-cardinality tags.
   */
  tags: z.output<typeof SupervisorNodeSchema>["tags"];
  /**
   * Node criticality.
   */
  criticality: z.output<typeof SupervisorNodeSchema>["criticality"];
  /**
   * Current state summary.
   */
  state_summary: z.output<typeof SupervisorNodeSchema>["state_summary"];
  /**
   * Key diagnostic fields.
   */
  diagnostics: z.output<typeof SupervisorNodeSchema>["diagnostics"];
}
/**
 * `SupervisorNode` as a sender may write it (what `SupervisorNodeSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Node displayed in the supervisor topology.
 */
export interface SupervisorNodeWire extends z.input<typeof SupervisorNodeSchema> {
  /**
   * Stable node identifier.
   */
  node_id: z.input<typeof SupervisorNodeSchema>["node_id"];
  /**
   * Optional child identifier.
   */
  child_id?: z.input<typeof SupervisorNodeSchema>["child_id"];
  /**
   * Absolute child path.
   */
  path: z.input<typeof SupervisorNodeSchema>["path"];
  /**
   * Human-readable node name.
   */
  name: z.input<typeof SupervisorNodeSchema>["name"];
  /**
   * Node kind.
   */
  kind: z.input<typeof SupervisorNodeSchema>["kind"];
  /**
   * Low-cardinality tags.
   */
  tags: z.input<typeof SupervisorNodeSchema>["tags"];
  /**
   * Node criticality.
   */
  criticality: z.input<typeof SupervisorNodeSchema>["criticality"];
  /**
   * Current state summary.
   */
  state_summary: z.input<typeof SupervisorNodeSchema>["state_summary"];
  /**
   * Key diagnostic fields.
   */
  diagnostics: z.input<typeof SupervisorNodeSchema>["diagnostics"];
}

const supervisorEdgeKindSchema = unitEnum("SupervisorEdgeKind", "Edge kind visible in the topology.", {
  parent_child: "Parent-child edge.",
  dependency: "Dependency edge.",
});
/**
 * The zod type of {@link SupervisorEdgeKindSchema}.
 */
export interface SupervisorEdgeKindSchema extends Named<typeof supervisorEdgeKindSchema> {}
/**
 * Edge kind visible in the topology.
 *
 * The zod schema of `SupervisorEdgeKind`: `SupervisorEdgeKindSchema.parse(value)` gives a {@link SupervisorEdgeKind}.
 */
export const SupervisorEdgeKindSchema: SupervisorEdgeKindSchema = supervisorEdgeKindSchema;
/**
 * Edge kind visible in the topology.
 */
export type SupervisorEdgeKind = z.output<typeof SupervisorEdgeKindSchema>;
/**
 * `SupervisorEdgeKind` as a sender may write it (what `SupervisorEdgeKindSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Edge kind visible in the topology.
 */
export type SupervisorEdgeKindWire = z.input<typeof SupervisorEdgeKindSchema>;

const supervisorEdgeSchema = struct("SupervisorEdge", "Edge displayed in the supervisor topology.", {
  edge_id: [string, "Stable edge identifier."],
  source_path: [string, "Source node path."],
  target_path: [string, "Target node path."],
  kind: [SupervisorEdgeKindSchema, "Edge kind."],
  order: [usize, "Declaration or dependency order."],
});
/**
 * The zod type of {@link SupervisorEdgeSchema}.
 */
export interface SupervisorEdgeSchema extends Named<typeof supervisorEdgeSchema> {}
/**
 * Edge displayed in the supervisor topology.
 *
 * The zod schema of `SupervisorEdge`: `SupervisorEdgeSchema.parse(value)` gives a {@link SupervisorEdge}.
 */
export const SupervisorEdgeSchema: SupervisorEdgeSchema = supervisorEdgeSchema;
/**
 * Edge displayed in the supervisor topology.
 */
export interface SupervisorEdge extends z.output<typeof SupervisorEdgeSchema> {
  /**
   * Stable edge identifier.
   */
  edge_id: z.output<typeof SupervisorEdgeSchema>["edge_id"];
  /**
   * Source node path.
   */
  source_path: z.output<typeof SupervisorEdgeSchema>["source_path"];
  /**
   * Target node path.
   */
  target_path: z.output<typeof SupervisorEdgeSchema>["target_path"];
  /**
   * Edge kind.
   */
  kind: z.output<typeof SupervisorEdgeSchema>["kind"];
  /**
   * Declaration or dependency order.
   */
  order: z.output<typeof SupervisorEdgeSchema>["order"];
}
/**
 * `SupervisorEdge` as a sender may write it (what `SupervisorEdgeSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Edge displayed in the supervisor topology.
 */
export interface SupervisorEdgeWire extends z.input<typeof SupervisorEdgeSchema> {
  /**
   * Stable edge identifier.
   */
  edge_id: z.input<typeof SupervisorEdgeSchema>["edge_id"];
  /**
   * Source node path.
   */
  source_path: z.input<typeof SupervisorEdgeSchema>["source_path"];
  /**
   * Target node path.
   */
  target_path: z.input<typeof SupervisorEdgeSchema>["target_path"];
  /**
   * Edge kind.
   */
  kind: z.input<typeof SupervisorEdgeSchema>["kind"];
  /**
   * Declaration or dependency order.
   */
  order: z.input<typeof SupervisorEdgeSchema>["order"];
}

const supervisorTopologySchema = struct("SupervisorTopology", "Supervisor graph for dashboard rendering.", {
  root: [SupervisorNodeSchema, "Root supervisor node."],
  nodes: [vec(SupervisorNodeSchema), "All visible nodes including the root."],
  edges: [vec(SupervisorEdgeSchema), "Parent-child and dependency edges."],
  declaration_order: [vec(string), "Node paths in declaration order."],
});
/**
 * The zod type of {@link SupervisorTopologySchema}.
 */
export interface SupervisorTopologySchema extends Named<typeof supervisorTopologySchema> {}
/**
 * Supervisor graph for dashboard rendering.
 *
 * The zod schema of `SupervisorTopology`: `SupervisorTopologySchema.parse(value)` gives a {@link SupervisorTopology}.
 */
export const SupervisorTopologySchema: SupervisorTopologySchema = supervisorTopologySchema;
/**
 * Supervisor graph for dashboard rendering.
 */
export interface SupervisorTopology extends z.output<typeof SupervisorTopologySchema> {
  /**
   * Root supervisor node.
   */
  root: z.output<typeof SupervisorTopologySchema>["root"];
  /**
   * All visible nodes including the root.
   */
  nodes: z.output<typeof SupervisorTopologySchema>["nodes"];
  /**
   * Parent-child and dependency edges.
   */
  edges: z.output<typeof SupervisorTopologySchema>["edges"];
  /**
   * Node paths in declaration order.
   */
  declaration_order: z.output<typeof SupervisorTopologySchema>["declaration_order"];
}
/**
 * `SupervisorTopology` as a sender may write it (what `SupervisorTopologySchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Supervisor graph for dashboard rendering.
 */
export interface SupervisorTopologyWire extends z.input<typeof SupervisorTopologySchema> {
  /**
   * Root supervisor node.
   */
  root: z.input<typeof SupervisorTopologySchema>["root"];
  /**
   * All visible nodes including the root.
   */
  nodes: z.input<typeof SupervisorTopologySchema>["nodes"];
  /**
   * Parent-child and dependency edges.
   */
  edges: z.input<typeof SupervisorTopologySchema>["edges"];
  /**
   * Node paths in declaration order.
   */
  declaration_order: z.input<typeof SupervisorTopologySchema>["declaration_order"];
}

const runtimeStateSchema = struct("RuntimeState", "Runtime state shown for one child.", {
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
/**
 * The zod type of {@link RuntimeStateSchema}.
 */
export interface RuntimeStateSchema extends Named<typeof runtimeStateSchema> {}
/**
 * Runtime state shown for one child.
 *
 * The zod schema of `RuntimeState`: `RuntimeStateSchema.parse(value)` gives a {@link RuntimeState}.
 */
export const RuntimeStateSchema: RuntimeStateSchema = runtimeStateSchema;
/**
 * Runtime state shown for one child.
 */
export interface RuntimeState extends z.output<typeof RuntimeStateSchema> {
  /**
   * Child path.
   */
  child_path: z.output<typeof RuntimeStateSchema>["child_path"];
  /**
   * Lifecycle state label.
   */
  lifecycle_state: z.output<typeof RuntimeStateSchema>["lifecycle_state"];
  /**
   * Health status label.
   */
  health: z.output<typeof RuntimeStateSchema>["health"];
  /**
   * Readiness status label.
   */
  readiness: z.output<typeof RuntimeStateSchema>["readiness"];
  /**
   * Child generation.
   */
  generation: z.output<typeof RuntimeStateSchema>["generation"];
  /**
   * Child attempt.
   */
  attempt: z.output<typeof RuntimeStateSchema>["attempt"];
  /**
   * Restart count.
   */
  restart_count: z.output<typeof RuntimeStateSchema>["restart_count"];
  /**
   * Optional last failure summary.
   */
  last_failure: z.output<typeof RuntimeStateSchema>["last_failure"];
  /**
   * Optional last policy decision summary.
   */
  last_policy_decision: z.output<typeof RuntimeStateSchema>["last_policy_decision"];
  /**
   * Supervisor shutdown state label.
   */
  shutdown_state: z.output<typeof RuntimeStateSchema>["shutdown_state"];
}
/**
 * `RuntimeState` as a sender may write it (what `RuntimeStateSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Runtime state shown for one child.
 */
export interface RuntimeStateWire extends z.input<typeof RuntimeStateSchema> {
  /**
   * Child path.
   */
  child_path: z.input<typeof RuntimeStateSchema>["child_path"];
  /**
   * Lifecycle state label.
   */
  lifecycle_state: z.input<typeof RuntimeStateSchema>["lifecycle_state"];
  /**
   * Health status label.
   */
  health: z.input<typeof RuntimeStateSchema>["health"];
  /**
   * Readiness status label.
   */
  readiness: z.input<typeof RuntimeStateSchema>["readiness"];
  /**
   * Child generation.
   */
  generation: z.input<typeof RuntimeStateSchema>["generation"];
  /**
   * Child attempt.
   */
  attempt: z.input<typeof RuntimeStateSchema>["attempt"];
  /**
   * Restart count.
   */
  restart_count: z.input<typeof RuntimeStateSchema>["restart_count"];
  /**
   * Optional last failure summary.
   */
  last_failure?: z.input<typeof RuntimeStateSchema>["last_failure"];
  /**
   * Optional last policy decision summary.
   */
  last_policy_decision?: z.input<typeof RuntimeStateSchema>["last_policy_decision"];
  /**
   * Supervisor shutdown state label.
   */
  shutdown_state: z.input<typeof RuntimeStateSchema>["shutdown_state"];
}

const eventRecordSchema = struct("EventRecord", "Event record streamed from a target process.", {
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
/**
 * The zod type of {@link EventRecordSchema}.
 */
export interface EventRecordSchema extends Named<typeof eventRecordSchema> {}
/**
 * Event record streamed from a target process.
 *
 * The zod schema of `EventRecord`: `EventRecordSchema.parse(value)` gives a {@link EventRecord}.
 */
export const EventRecordSchema: EventRecordSchema = eventRecordSchema;
/**
 * Event record streamed from a target process.
 */
export interface EventRecord extends z.output<typeof EventRecordSchema> {
  /**
   * Target process identifier.
   */
  target_id: z.output<typeof EventRecordSchema>["target_id"];
  /**
   * Target-local monotonic sequence.
   */
  sequence: z.output<typeof EventRecordSchema>["sequence"];
  /**
   * Correlation identifier.
   */
  correlation_id: z.output<typeof EventRecordSchema>["correlation_id"];
  /**
   * Event type label.
   */
  event_type: z.output<typeof EventRecordSchema>["event_type"];
  /**
   * Severity label.
   */
  severity: z.output<typeof EventRecordSchema>["severity"];
  /**
   * Target path.
   */
  target_path: z.output<typeof EventRecordSchema>["target_path"];
  /**
   * Optional child identifier.
   */
  child_id: z.output<typeof EventRecordSchema>["child_id"];
  /**
   * Occurred time as Unix nanoseconds.
   */
  occurred_at_unix_nanos: z.output<typeof EventRecordSchema>["occurred_at_unix_nanos"];
  /**
   * Configuration version.
   */
  config_version: z.output<typeof EventRecordSchema>["config_version"];
  /**
   * Event payload.
   */
  payload: z.output<typeof EventRecordSchema>["payload"];
}
/**
 * `EventRecord` as a sender may write it (what `EventRecordSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Event record streamed from a target process.
 */
export interface EventRecordWire extends z.input<typeof EventRecordSchema> {
  /**
   * Target process identifier.
   */
  target_id: z.input<typeof EventRecordSchema>["target_id"];
  /**
   * Target-local monotonic sequence.
   */
  sequence: z.input<typeof EventRecordSchema>["sequence"];
  /**
   * Correlation identifier.
   */
  correlation_id: z.input<typeof EventRecordSchema>["correlation_id"];
  /**
   * Event type label.
   */
  event_type: z.input<typeof EventRecordSchema>["event_type"];
  /**
   * Severity label.
   */
  severity: z.input<typeof EventRecordSchema>["severity"];
  /**
   * Target path.
   */
  target_path: z.input<typeof EventRecordSchema>["target_path"];
  /**
   * Optional child identifier.
   */
  child_id?: z.input<typeof EventRecordSchema>["child_id"];
  /**
   * Occurred time as Unix nanoseconds.
   */
  occurred_at_unix_nanos: z.input<typeof EventRecordSchema>["occurred_at_unix_nanos"];
  /**
   * Configuration version.
   */
  config_version: z.input<typeof EventRecordSchema>["config_version"];
  /**
   * Event payload.
   */
  payload: z.input<typeof EventRecordSchema>["payload"];
}

const logRecordSchema = struct("LogRecord", "Log record streamed from a target process.", {
  target_id: [string, "Target process identifier."],
  sequence: [option(u64), "Optional target-local sequence."],
  correlation_id: [option(string), "Optional correlation identifier."],
  severity: [string, "Severity label."],
  message: [string, "Log message."],
  fields: [btreeMap(string), "Structured log fields."],
  occurred_at_unix_nanos: [u128, "Occurred time as Unix nanoseconds."],
});
/**
 * The zod type of {@link LogRecordSchema}.
 */
export interface LogRecordSchema extends Named<typeof logRecordSchema> {}
/**
 * Log record streamed from a target process.
 *
 * The zod schema of `LogRecord`: `LogRecordSchema.parse(value)` gives a {@link LogRecord}.
 */
export const LogRecordSchema: LogRecordSchema = logRecordSchema;
/**
 * Log record streamed from a target process.
 */
export interface LogRecord extends z.output<typeof LogRecordSchema> {
  /**
   * Target process identifier.
   */
  target_id: z.output<typeof LogRecordSchema>["target_id"];
  /**
   * Optional target-local sequence.
   */
  sequence: z.output<typeof LogRecordSchema>["sequence"];
  /**
   * Optional correlation identifier.
   */
  correlation_id: z.output<typeof LogRecordSchema>["correlation_id"];
  /**
   * Severity label.
   */
  severity: z.output<typeof LogRecordSchema>["severity"];
  /**
   * Log message.
   */
  message: z.output<typeof LogRecordSchema>["message"];
  /**
   * Structured log fields.
   */
  fields: z.output<typeof LogRecordSchema>["fields"];
  /**
   * Occurred time as Unix nanoseconds.
   */
  occurred_at_unix_nanos: z.output<typeof LogRecordSchema>["occurred_at_unix_nanos"];
}
/**
 * `LogRecord` as a sender may write it (what `LogRecordSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Log record streamed from a target process.
 */
export interface LogRecordWire extends z.input<typeof LogRecordSchema> {
  /**
   * Target process identifier.
   */
  target_id: z.input<typeof LogRecordSchema>["target_id"];
  /**
   * Optional target-local sequence.
   */
  sequence?: z.input<typeof LogRecordSchema>["sequence"];
  /**
   * Optional correlation identifier.
   */
  correlation_id?: z.input<typeof LogRecordSchema>["correlation_id"];
  /**
   * Severity label.
   */
  severity: z.input<typeof LogRecordSchema>["severity"];
  /**
   * Log message.
   */
  message: z.input<typeof LogRecordSchema>["message"];
  /**
   * Structured log fields.
   */
  fields: z.input<typeof LogRecordSchema>["fields"];
  /**
   * Occurred time as Unix nanoseconds.
   */
  occurred_at_unix_nanos: z.input<typeof LogRecordSchema>["occurred_at_unix_nanos"];
}

const dashboardStateSchema = struct(
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
/**
 * The zod type of {@link DashboardStateSchema}.
 */
export interface DashboardStateSchema extends Named<typeof dashboardStateSchema> {}
/**
 * Complete dashboard state returned when a target is opened or reconnected.
 *
 * The zod schema of `DashboardState`: `DashboardStateSchema.parse(value)` gives a {@link DashboardState}.
 */
export const DashboardStateSchema: DashboardStateSchema = dashboardStateSchema;
/**
 * Complete dashboard state returned when a target is opened or reconnected.
 */
export interface DashboardState extends z.output<typeof DashboardStateSchema> {
  /**
   * Target process identity.
   */
  target: z.output<typeof DashboardStateSchema>["target"];
  /**
   * Supervisor topology.
   */
  topology: z.output<typeof DashboardStateSchema>["topology"];
  /**
   * Runtime state rows indexed by child path.
   */
  runtime_state: z.output<typeof DashboardStateSchema>["runtime_state"];
  /**
   * Recent events retained by the target.
   */
  recent_events: z.output<typeof DashboardStateSchema>["recent_events"];
  /**
   * Recent logs retained by the target.
   */
  recent_logs: z.output<typeof DashboardStateSchema>["recent_logs"];
  /**
   * Number of dropped events.
   */
  dropped_event_count: z.output<typeof DashboardStateSchema>["dropped_event_count"];
  /**
   * Number of dropped logs.
   */
  dropped_log_count: z.output<typeof DashboardStateSchema>["dropped_log_count"];
  /**
   * Configuration version string.
   */
  config_version: z.output<typeof DashboardStateSchema>["config_version"];
  /**
   * Generated time as Unix nanoseconds.
   */
  generated_at_unix_nanos: z.output<typeof DashboardStateSchema>["generated_at_unix_nanos"];
  /**
   * Monotonic state generation for this target.
   */
  state_generation: z.output<typeof DashboardStateSchema>["state_generation"];
}
/**
 * `DashboardState` as a sender may write it (what `DashboardStateSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Complete dashboard state returned when a target is opened or reconnected.
 */
export interface DashboardStateWire extends z.input<typeof DashboardStateSchema> {
  /**
   * Target process identity.
   */
  target: z.input<typeof DashboardStateSchema>["target"];
  /**
   * Supervisor topology.
   */
  topology: z.input<typeof DashboardStateSchema>["topology"];
  /**
   * Runtime state rows indexed by child path.
   */
  runtime_state: z.input<typeof DashboardStateSchema>["runtime_state"];
  /**
   * Recent events retained by the target.
   */
  recent_events: z.input<typeof DashboardStateSchema>["recent_events"];
  /**
   * Recent logs retained by the target.
   */
  recent_logs: z.input<typeof DashboardStateSchema>["recent_logs"];
  /**
   * Number of dropped events.
   */
  dropped_event_count: z.input<typeof DashboardStateSchema>["dropped_event_count"];
  /**
   * Number of dropped logs.
   */
  dropped_log_count: z.input<typeof DashboardStateSchema>["dropped_log_count"];
  /**
   * Configuration version string.
   */
  config_version: z.input<typeof DashboardStateSchema>["config_version"];
  /**
   * Generated time as Unix nanoseconds.
   */
  generated_at_unix_nanos: z.input<typeof DashboardStateSchema>["generated_at_unix_nanos"];
  /**
   * Monotonic state generation for this target.
   */
  state_generation: z.input<typeof DashboardStateSchema>["state_generation"];
}

const controlCommandKindSchema = unitEnum("ControlCommandKind", "Supported control command names.", {
  restart_child: "Restart a child.",
  pause_child: "Pause a child.",
  resume_child: "Resume a child.",
  quarantine_child: "Quarantine a child.",
  remove_child: "Remove a child.",
  add_child: "Add a child.",
  shutdown_tree: "Shut down the whole tree.",
});
/**
 * The zod type of {@link ControlCommandKindSchema}.
 */
export interface ControlCommandKindSchema extends Named<typeof controlCommandKindSchema> {}
/**
 * Supported control command names.
 *
 * The zod schema of `ControlCommandKind`: `ControlCommandKindSchema.parse(value)` gives a {@link ControlCommandKind}.
 */
export const ControlCommandKindSchema: ControlCommandKindSchema = controlCommandKindSchema;
/**
 * Supported control command names.
 */
export type ControlCommandKind = z.output<typeof ControlCommandKindSchema>;
/**
 * `ControlCommandKind` as a sender may write it (what `ControlCommandKindSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Supported control command names.
 */
export type ControlCommandKindWire = z.input<typeof ControlCommandKindSchema>;

const controlCommandTargetSchema = struct("ControlCommandTarget", "Target selector for a control command.", {
  child_path: [option(string), "Optional child path for child-scoped commands."],
  child_manifest: [option(string), "Optional child manifest for add-child commands."],
});
/**
 * The zod type of {@link ControlCommandTargetSchema}.
 */
export interface ControlCommandTargetSchema extends Named<typeof controlCommandTargetSchema> {}
/**
 * Target selector for a control command.
 *
 * The zod schema of `ControlCommandTarget`: `ControlCommandTargetSchema.parse(value)` gives a {@link ControlCommandTarget}.
 */
export const ControlCommandTargetSchema: ControlCommandTargetSchema = controlCommandTargetSchema;
/**
 * Target selector for a control command.
 */
export interface ControlCommandTarget extends z.output<typeof ControlCommandTargetSchema> {
  /**
   * Optional child path for child-scoped commands.
   */
  child_path: z.output<typeof ControlCommandTargetSchema>["child_path"];
  /**
   * Optional child manifest for add-child commands.
   */
  child_manifest: z.output<typeof ControlCommandTargetSchema>["child_manifest"];
}
/**
 * `ControlCommandTarget` as a sender may write it (what `ControlCommandTargetSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Target selector for a control command.
 */
export interface ControlCommandTargetWire extends z.input<typeof ControlCommandTargetSchema> {
  /**
   * Optional child path for child-scoped commands.
   */
  child_path?: z.input<typeof ControlCommandTargetSchema>["child_path"];
  /**
   * Optional child manifest for add-child commands.
   */
  child_manifest?: z.input<typeof ControlCommandTargetSchema>["child_manifest"];
}

const controlCommandRequestSchema = struct(
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
/**
 * The zod type of {@link ControlCommandRequestSchema}.
 */
export interface ControlCommandRequestSchema extends Named<typeof controlCommandRequestSchema> {}
/**
 * Control command request forwarded by relay to target IPC.
 *
 * The zod schema of `ControlCommandRequest`: `ControlCommandRequestSchema.parse(value)` gives a {@link ControlCommandRequest}.
 */
export const ControlCommandRequestSchema: ControlCommandRequestSchema = controlCommandRequestSchema;
/**
 * Control command request forwarded by relay to target IPC.
 */
export interface ControlCommandRequest extends z.output<typeof ControlCommandRequestSchema> {
  /**
   * Command identifier.
   */
  command_id: z.output<typeof ControlCommandRequestSchema>["command_id"];
  /**
   * Target process identifier.
   */
  target_id: z.output<typeof ControlCommandRequestSchema>["target_id"];
  /**
   * Command kind.
   */
  command: z.output<typeof ControlCommandRequestSchema>["command"];
  /**
   * Command target.
   */
  target: z.output<typeof ControlCommandRequestSchema>["target"];
  /**
   * Non-empty reason.
   */
  reason: z.output<typeof ControlCommandRequestSchema>["reason"];
  /**
   * Authenticated requester derived by relay.
   */
  requested_by: z.output<typeof ControlCommandRequestSchema>["requested_by"];
  /**
   * Whether dangerous command confirmation is present.
   */
  confirmed: z.output<typeof ControlCommandRequestSchema>["confirmed"];
  /**
   * Request time as Unix nanoseconds.
   */
  requested_at_unix_nanos: z.output<typeof ControlCommandRequestSchema>["requested_at_unix_nanos"];
}
/**
 * `ControlCommandRequest` as a sender may write it (what `ControlCommandRequestSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Control command request forwarded by relay to target IPC.
 */
export interface ControlCommandRequestWire extends z.input<typeof ControlCommandRequestSchema> {
  /**
   * Command identifier.
   */
  command_id: z.input<typeof ControlCommandRequestSchema>["command_id"];
  /**
   * Target process identifier.
   */
  target_id: z.input<typeof ControlCommandRequestSchema>["target_id"];
  /**
   * Command kind.
   */
  command: z.input<typeof ControlCommandRequestSchema>["command"];
  /**
   * Command target.
   */
  target: z.input<typeof ControlCommandRequestSchema>["target"];
  /**
   * Non-empty reason.
   */
  reason: z.input<typeof ControlCommandRequestSchema>["reason"];
  /**
   * Authenticated requester derived by relay.
   */
  requested_by: z.input<typeof ControlCommandRequestSchema>["requested_by"];
  /**
   * Whether dangerous command confirmation is present.
   */
  confirmed: z.input<typeof ControlCommandRequestSchema>["confirmed"];
  /**
   * Request time as Unix nanoseconds.
   */
  requested_at_unix_nanos: z.input<typeof ControlCommandRequestSchema>["requested_at_unix_nanos"];
}

/** `crate::dashboard::error::DashboardError`: not in the seed; its shape is given in the seeds' README. */
const dashboardErrorSchema = struct("DashboardError", "Structured dashboard error.", {
  code: [string, "Stable error code."],
  stage: [string, "Stage where the error happened."],
  target_id: [option(string), "Target process identifier, when known."],
  message: [string, "Human-readable message."],
  retryable: [bool, "Whether the caller may retry."],
});
/**
 * The zod type of {@link DashboardErrorSchema}.
 */
export interface DashboardErrorSchema extends Named<typeof dashboardErrorSchema> {}
/**
 * Structured dashboard error.
 *
 * The zod schema of `DashboardError`: `DashboardErrorSchema.parse(value)` gives a {@link DashboardError}.
 */
export const DashboardErrorSchema: DashboardErrorSchema = dashboardErrorSchema;
/**
 * Structured dashboard error.
 */
export interface DashboardError extends z.output<typeof DashboardErrorSchema> {
  /**
   * Stable error code.
   */
  code: z.output<typeof DashboardErrorSchema>["code"];
  /**
   * Stage where the error happened.
   */
  stage: z.output<typeof DashboardErrorSchema>["stage"];
  /**
   * Target process identifier, when known.
   */
  target_id: z.output<typeof DashboardErrorSchema>["target_id"];
  /**
   * Human-readable message.
   */
  message: z.output<typeof DashboardErrorSchema>["message"];
  /**
   * Whether the caller may retry.
   */
  retryable: z.output<typeof DashboardErrorSchema>["retryable"];
}
/**
 * `DashboardError` as a sender may write it (what `DashboardErrorSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Structured dashboard error.
 */
export interface DashboardErrorWire extends z.input<typeof DashboardErrorSchema> {
  /**
   * Stable error code.
   */
  code: z.input<typeof DashboardErrorSchema>["code"];
  /**
   * Stage where the error happened.
   */
  stage: z.input<typeof DashboardErrorSchema>["stage"];
  /**
   * Target process identifier, when known.
   */
  target_id?: z.input<typeof DashboardErrorSchema>["target_id"];
  /**
   * Human-readable message.
   */
  message: z.input<typeof DashboardErrorSchema>["message"];
  /**
   * Whether the caller may retry.
   */
  retryable: z.input<typeof DashboardErrorSchema>["retryable"];
}

const controlCommandResultSchema = struct(
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
/**
 * The zod type of {@link ControlCommandResultSchema}.
 */
export interface ControlCommandResultSchema extends Named<typeof controlCommandResultSchema> {}
/**
 * Control command result returned by target IPC.
 *
 * The zod schema of `ControlCommandResult`: `ControlCommandResultSchema.parse(value)` gives a {@link ControlCommandResult}.
 */
export const ControlCommandResultSchema: ControlCommandResultSchema = controlCommandResultSchema;
/**
 * Control command result returned by target IPC.
 */
export interface ControlCommandResult extends z.output<typeof ControlCommandResultSchema> {
  /**
   * Command identifier.
   */
  command_id: z.output<typeof ControlCommandResultSchema>["command_id"];
  /**
   * Target process identifier.
   */
  target_id: z.output<typeof ControlCommandResultSchema>["target_id"];
  /**
   * Whether target accepted the command.
   */
  accepted: z.output<typeof ControlCommandResultSchema>["accepted"];
  /**
   * Status label.
   */
  status: z.output<typeof ControlCommandResultSchema>["status"];
  /**
   * Optional structured error.
   */
  error: z.output<typeof ControlCommandResultSchema>["error"];
  /**
   * Optional state delta.
   */
  state_delta: z.output<typeof ControlCommandResultSchema>["state_delta"];
  /**
   * Completion time as Unix nanoseconds.
   */
  completed_at_unix_nanos: z.output<typeof ControlCommandResultSchema>["completed_at_unix_nanos"];
}
/**
 * `ControlCommandResult` as a sender may write it (what `ControlCommandResultSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Control command result returned by target IPC.
 */
export interface ControlCommandResultWire extends z.input<typeof ControlCommandResultSchema> {
  /**
   * Command identifier.
   */
  command_id: z.input<typeof ControlCommandResultSchema>["command_id"];
  /**
   * Target process identifier.
   */
  target_id: z.input<typeof ControlCommandResultSchema>["target_id"];
  /**
   * Whether target accepted the command.
   */
  accepted: z.input<typeof ControlCommandResultSchema>["accepted"];
  /**
   * Status label.
   */
  status: z.input<typeof ControlCommandResultSchema>["status"];
  /**
   * Optional structured error.
   */
  error?: z.input<typeof ControlCommandResultSchema>["error"];
  /**
   * Optional state delta.
   */
  state_delta?: z.input<typeof ControlCommandResultSchema>["state_delta"];
  /**
   * Completion time as Unix nanoseconds.
   */
  completed_at_unix_nanos?: z.input<typeof ControlCommandResultSchema>["completed_at_unix_nanos"];
}

const auditEventSchema = struct(
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
/**
 * The zod type of {@link AuditEventSchema}.
 */
export interface AuditEventSchema extends Named<typeof auditEventSchema> {}
/**
 * Audit event emitted for accepted, rejected, and completed commands.
 *
 * The zod schema of `AuditEvent`: `AuditEventSchema.parse(value)` gives a {@link AuditEvent}.
 */
export const AuditEventSchema: AuditEventSchema = auditEventSchema;
/**
 * Audit event emitted for accepted, rejected, and completed commands.
 */
export interface AuditEvent extends z.output<typeof AuditEventSchema> {
  /**
   * Audit event identifier.
   */
  audit_id: z.output<typeof AuditEventSchema>["audit_id"];
  /**
   * Remote identity summary.
   */
  identity: z.output<typeof AuditEventSchema>["identity"];
  /**
   * Target process identifier.
   */
  target_id: z.output<typeof AuditEventSchema>["target_id"];
  /**
   * Command identifier.
   */
  command_id: z.output<typeof AuditEventSchema>["command_id"];
  /**
   * Command kind.
   */
  command: z.output<typeof AuditEventSchema>["command"];
  /**
   * Command target.
   */
  target: z.output<typeof AuditEventSchema>["target"];
  /**
   * Operator-provided reason.
   */
  reason: z.output<typeof AuditEventSchema>["reason"];
  /**
   * Result summary.
   */
  result: z.output<typeof AuditEventSchema>["result"];
  /**
   * Occurred time as Unix nanoseconds.
   */
  occurred_at_unix_nanos: z.output<typeof AuditEventSchema>["occurred_at_unix_nanos"];
}
/**
 * `AuditEvent` as a sender may write it (what `AuditEventSchema` accepts: defaulted and `Option` fields may be absent).
 *
 * Audit event emitted for accepted, rejected, and completed commands.
 */
export interface AuditEventWire extends z.input<typeof AuditEventSchema> {
  /**
   * Audit event identifier.
   */
  audit_id: z.input<typeof AuditEventSchema>["audit_id"];
  /**
   * Remote identity summary.
   */
  identity: z.input<typeof AuditEventSchema>["identity"];
  /**
   * Target process identifier.
   */
  target_id: z.input<typeof AuditEventSchema>["target_id"];
  /**
   * Command identifier.
   */
  command_id: z.input<typeof AuditEventSchema>["command_id"];
  /**
   * Command kind.
   */
  command: z.input<typeof AuditEventSchema>["command"];
  /**
   * Command target.
   */
  target: z.input<typeof AuditEventSchema>["target"];
  /**
   * Operator-provided reason.
   */
  reason: z.input<typeof AuditEventSchema>["reason"];
  /**
   * Result summary.
   */
  result: z.input<typeof AuditEventSchema>["result"];
  /**
   * Occurred time as Unix nanoseconds.
   */
  occurred_at_unix_nanos: z.input<typeof AuditEventSchema>["occurred_at_unix_nanos"];
}

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
