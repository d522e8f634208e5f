/**
 * Hand-built valid wire values (what serde writes or accepts), for the zod ↔
 * ajv differential. Several per type where the shape branches.
 */
import type { WireTypeName } from "../../src/index.js";

const NANOS = 1_700_000_000_123_456; // below 2^53, so exact in a JS number

const runnerUiError = {
  kind: "build_failed",
  message: "cargo failed",
  detail: "stderr…",
  reportedAt: "2026-05-20T12:00:00Z",
};
const runnerCrash = {
  filePath: "/tmp/crash.dmp",
  panicMessage: "boom",
  panicLocation: "src/main.rs:10",
  thread: "main",
  reportedAt: "2026-05-20T12:00:00Z",
};
const node = (path: string, kind: string) => ({
  node_id: `n-${path}`,
  child_id: kind === "child_task" ? "c1" : null,
  path,
  name: path,
  kind,
  tags: ["io"],
  criticality: "standard",
  state_summary: "running",
  // JSON.parse makes `__proto__` an own key, as serde reads it: ordinary map data.
  diagnostics: JSON.parse('{"restarts":"0","__proto__":"kept"}') as Record<string, string>,
});
const eventRecord = {
  target_id: "t1",
  sequence: 7,
  correlation_id: "corr",
  event_type: "child_started",
  severity: "info",
  target_path: "/root/a",
  child_id: null,
  occurred_at_unix_nanos: NANOS,
  config_version: "v3",
  payload: { nested: [1, 2.5, "x", null, true, { deep: {} }], big: 9007199254740991 },
};
const logRecord = {
  target_id: "t1",
  sequence: null,
  correlation_id: "corr",
  severity: "warn",
  message: "slow",
  fields: { a: "1", "": "empty key" },
  occurred_at_unix_nanos: 0,
};
const commandTarget = { child_path: "/root/a", child_manifest: null };
const artifactRef = {
  kind: "log",
  path: "out/run.log",
  checksum: "sha256:00",
  mime_type: "text/plain",
  size_bytes: 1024,
};
const taskSpec = {
  id: "task-1",
  name: "build",
  description: "Build it",
  instructions: "cargo build",
  expected_artifacts: ["log", "coverage.xml"],
  scorer: { kind: "regex_match", path: "out/run.log", pattern: "ok" },
  retry_policy: {
    max_attempts: 5,
    initial_backoff_seconds: 1,
    max_backoff_seconds: 60,
    backoff_multiplier: 3,
  },
  alert_policy: {
    channels: [{ kind: "slack", webhook_url: "https://hooks" }],
    after_attempts: 2,
    after_minutes_stale: null,
  },
  timeout_seconds: 3600,
  metadata: { owner: "ci", weights: [0.5, 1], nested: { a: null } },
};
const workerSpec = {
  id: "w1",
  name: "worker one",
  host: { kind: "ssh", host: "build-1", port: 22, user: "ci", identity: "/home/ci/.ssh/id" },
  labels: { zone: "a" },
  capabilities: ["rust"],
  max_concurrent_tasks: 4,
};
const envelope = {
  seq: 12,
  run_id: "run-1",
  worker_id: "w1",
  task_id: "task-1",
  timestamp: "2026-05-20T12:00:00Z",
};

export const samples: Partial<Record<WireTypeName, readonly unknown[]>> = {
  RunnerStatus: ["healthy", "errored"],
  RunnerUiError: [runnerUiError, { kind: "k", message: "m", reportedAt: "t" }],
  RunnerCrash: [runnerCrash],
  Runner: [
    {
      id: "r1",
      userId: "u1",
      name: "laptop",
      hostname: "host",
      ipAddress: "10.0.0.1",
      port: 8080,
      os: "linux",
      osVersion: "6.1",
      capabilities: ["python", "vision"],
      derivedStatus: "healthy",
      wsConnected: true,
      lastHeartbeat: "2026-05-20T12:00:00Z",
      uiError: runnerUiError,
      recentCrash: runnerCrash,
      createdAt: "2026-05-01T00:00:00Z",
    },
    {
      id: "r2",
      userId: "u1",
      name: "min",
      derivedStatus: "offline",
      wsConnected: false,
      createdAt: "2026-05-01T00:00:00Z",
    },
  ],
  EventStarted: [
    {
      result_id: "res",
      request_id: "req",
      exec_id: "exec",
      pc_id: "pc",
      started_at: "2026-05-20T12:00:00.123456+02:00",
      manifest_id: "m",
      version: "1.0.0",
    },
  ],
  JobTailRequest: [{ result_id: "abc" }, {}],
  JobTailReply: [
    {
      found: true,
      running: false,
      stdout: "out",
      stderr: "",
      stdout_truncated: true,
      stderr_truncated: false,
    },
    {},
  ],
  SupportedCommand: [{ name: "restart_child", idempotent: true, timeout_seconds: 30 }],
  TargetProcessRegistration: [
    {
      target_id: "t1",
      display_name: "Target",
      ipc_path: "/run/t1.sock",
      lease_seconds: 60,
      supported_commands: [{ name: "restart_child", idempotent: true, timeout_seconds: 30 }],
    },
  ],
  TargetProcessIdentity: [
    { target_id: "t1", display_name: "Target", registration_state: "active", connection_state: "connected" },
  ],
  DashboardState: [
    {
      target: {
        target_id: "t1",
        display_name: "Target",
        registration_state: "active",
        connection_state: "reconnecting",
      },
      topology: {
        root: node("/root", "root_supervisor"),
        nodes: [node("/root", "root_supervisor"), node("/root/a", "child_task")],
        edges: [
          { edge_id: "e1", source_path: "/root", target_path: "/root/a", kind: "parent_child", order: 0 },
        ],
        declaration_order: ["/root", "/root/a"],
      },
      runtime_state: [
        {
          child_path: "/root/a",
          lifecycle_state: "running",
          health: "healthy",
          readiness: "ready",
          generation: 1,
          attempt: 2,
          restart_count: 1,
          last_failure: "exit 1",
          last_policy_decision: null,
          shutdown_state: "none",
        },
      ],
      recent_events: [eventRecord],
      recent_logs: [logRecord],
      dropped_event_count: 0,
      dropped_log_count: 3,
      config_version: "v3",
      generated_at_unix_nanos: NANOS,
      state_generation: 9,
    },
  ],
  SupervisorEdge: [
    { edge_id: "e1", source_path: "/a", target_path: "/b", kind: "dependency", order: 9007199254740991 },
  ],
  EventRecord: [eventRecord, { ...eventRecord, payload: null, child_id: "c1" }],
  LogRecord: [logRecord],
  ControlCommandRequest: [
    {
      command_id: "cmd",
      target_id: "t1",
      command: "restart_child",
      target: commandTarget,
      reason: "stuck",
      requested_by: "ops",
      confirmed: false,
      requested_at_unix_nanos: NANOS,
    },
  ],
  ControlCommandResult: [
    {
      command_id: "cmd",
      target_id: "t1",
      accepted: false,
      status: "rejected",
      error: { code: "E1", stage: "validate", target_id: null, message: "no", retryable: true },
      state_delta: { a: [1] },
      completed_at_unix_nanos: NANOS,
    },
    { command_id: "cmd", target_id: "t1", accepted: true, status: "done" },
  ],
  AuditEvent: [
    {
      audit_id: "a1",
      identity: "ops",
      target_id: "t1",
      command_id: "cmd",
      command: "shutdown_tree",
      target: { child_path: null, child_manifest: "m" },
      reason: "r",
      result: "ok",
      occurred_at_unix_nanos: NANOS,
    },
  ],
  FleetRunId: ["run-1", ""],
  FleetRun: [
    {
      id: "run-1",
      name: "nightly",
      status: "running",
      task_specs: [taskSpec, { id: "t2", name: "n", instructions: "i", timeout_seconds: null }],
      worker_specs: [workerSpec, { id: "w2", name: "local", host: { kind: "local" } }],
      labels: { env: "ci" },
      created_at: "2026-05-20T12:00:00Z",
      updated_at: "2026-05-20T12:01:00Z",
    },
    { id: "run-2", name: "min", status: "pending", created_at: "yesterday" },
  ],
  FleetTaskSpec: [taskSpec],
  FleetArtifactRef: [artifactRef, { kind: "coverage.xml", path: "c.xml", size_bytes: null }],
  FleetArtifactKind: ["receipt", "Log", ""],
  FleetScorerSpec: [
    { kind: "exit_code" },
    { kind: "file_exists", path: "a" },
    { kind: "json_path", path: "a.json", expression: "$.x" },
    { kind: "manual" },
  ],
  FleetWorkerSpec: [workerSpec],
  FleetHostSpec: [
    { kind: "local" },
    { kind: "docker", image: "rust:1", args: ["--rm"] },
    { kind: "ssh", host: "h" },
  ],
  FleetWorkerStatus: ["draining"],
  FleetInboxEntry: [
    { run_id: "run-1", task_id: "t", priority: -5, enqueued_at: "now", lease_deadline: "later", attempts: 2 },
    { run_id: "run-1", task_id: "t", priority: 2147483647, enqueued_at: "now" },
  ],
  FleetWorkerEvent: [
    { ...envelope, state: "heartbeat", cpu_percent: 12.5, memory_mb: 2048, extra: { host: "h", n: 1 } },
    { ...envelope, state: "artifact", ...artifactRef },
    { ...envelope, state: "failed", reason: "oom", recoverable: true },
    { ...envelope, state: "restarted", restart_count: 3 },
    { ...envelope, state: "queued" },
    { ...envelope, state: "running_tool", tool: "bash", call_id: "c1" },
  ],
  FleetWorkerEventPayload: [
    { state: "completed", exit_code: -1, summary: "done" },
    { state: "leased", lease_expires_at: "soon" },
    { state: "escalated", channel: "pager", alert_id: null },
  ],
  FleetRetryPolicy: [{}, { max_attempts: 4294967295 }],
  FleetAlertPolicy: [
    {
      channels: [
        { kind: "webhook", url: "https://x", secret: "s" },
        { kind: "pager_duty", routing_key: "k", severity: "critical" },
      ],
    },
  ],
  FleetAlertChannel: [{ kind: "webhook", url: "https://x" }],
  FleetReceipt: [
    {
      run_id: "run-1",
      task_id: "t",
      worker_id: "w",
      completed_at: "now",
      result: "pass",
      artifacts: [artifactRef],
      score: { value: 0.75, max: 1, notes: "good" },
    },
    { run_id: "run-1", task_id: "t", worker_id: "w", completed_at: "now", result: "timeout", score: null },
  ],
  FleetTaskResult: ["skip"],
  FleetScore: [{ value: 1 }, { value: -1.5e300, max: null }],
};
