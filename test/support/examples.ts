/**
 * Example values of every wire type, by Rust name: the one table the tests
 * take examples from. Each type has a valid example that parses (in its
 * application form: u128 as a bigint), an invalid one (the valid example with
 * one field made wrong, rejected by serde too unless a Decision says so), and
 * `json`: plain JSON values, several where the shape branches, that JSON
 * Schema validators can read as well (integers within 2^53), for the zod ↔ ajv
 * differential. A wire type without an entry fails to type-check.
 */
import type { WireTypeName } from "../../src/index.js";

export type Path = readonly (string | number)[];

export interface Example {
  /** A value serde and the library accept. */
  readonly valid: unknown;
  /** The valid value with the field at `at` replaced by `value` (`undefined`: the field left out). */
  readonly invalid: { readonly at: Path; readonly value: unknown };
  /**
   * Where a 100 KB string is wrong-typed (defaults to `invalid.at`), or `"any string"` for the
   * two types that are a string themselves and take any string.
   */
  readonly hugeAt?: Path | "any string";
  /** Plain JSON values a JSON Schema validator can check too (no bigint; integers within 2^53). */
  readonly json?: readonly unknown[];
}

const runnerUiError = {
  kind: "port_conflict",
  message: "port 9876 is already in use",
  detail: "bind: address already in use",
  reportedAt: "2026-06-12T16:59:00Z",
};
const runnerCrash = {
  filePath: "/var/lib/qontinui/crash-1.json",
  panicMessage: "called `Option::unwrap()` on a `None` value",
  panicLocation: "src/main.rs:42:13",
  thread: "tokio-runtime-worker",
  reportedAt: "2026-06-12T16:58:00Z",
};
const supportedCommand = { name: "restart_child", idempotent: true, timeout_seconds: 30 };
const identity = {
  target_id: "payments",
  display_name: "Payments service",
  registration_state: "active",
  connection_state: "connected",
};
const rootNode = {
  node_id: "n-root",
  child_id: null,
  path: "/root",
  name: "root",
  kind: "root_supervisor",
  tags: ["core"],
  criticality: "critical",
  state_summary: "running",
  diagnostics: {},
};
const childNode = {
  node_id: "n-worker",
  child_id: "c-worker",
  path: "/root/worker",
  name: "worker",
  kind: "child_task",
  tags: [],
  criticality: "best_effort",
  state_summary: "backing off",
  diagnostics: { restarts: "3", last_exit: "code 1" },
};
const edge = {
  edge_id: "e-1",
  source_path: "/root",
  target_path: "/root/worker",
  kind: "parent_child",
  order: 0,
};
const topology = {
  root: rootNode,
  nodes: [rootNode, childNode],
  edges: [edge],
  declaration_order: ["/root", "/root/worker"],
};
const runtimeState = {
  child_path: "/root/worker",
  lifecycle_state: "running",
  health: "healthy",
  readiness: "ready",
  generation: 4,
  attempt: 2,
  restart_count: 3,
  last_failure: "exit code 1",
  last_policy_decision: null,
  shutdown_state: "none",
};
const eventRecord = {
  target_id: "payments",
  sequence: 17,
  correlation_id: "corr-9",
  event_type: "child_restarted",
  severity: "warn",
  target_path: "/root/worker",
  child_id: "c-worker",
  occurred_at_unix_nanos: 1_781_283_600_123_456_789n,
  config_version: "v7",
  payload: { attempt: 2, backoff_ms: 1500.5, reasons: ["exit", null, true], big: 2n ** 63n },
};
const logRecord = {
  target_id: "payments",
  sequence: null,
  correlation_id: "corr-9",
  severity: "info",
  message: "child restarted",
  fields: { child: "worker" },
  occurred_at_unix_nanos: 1_781_283_600_000_000_000n,
};
const commandTarget = { child_path: "/root/worker", child_manifest: null };
const dashboardError = {
  code: "child_not_found",
  stage: "dispatch",
  target_id: null,
  message: "no child at /root/ghost",
  retryable: false,
};
const artifactRef = {
  kind: "coverage.xml",
  path: "/tmp/coverage.xml",
  checksum: "sha256:abc",
  mime_type: "application/xml",
  size_bytes: 1024,
};
const retryPolicy = {
  max_attempts: 5,
  initial_backoff_seconds: 1,
  max_backoff_seconds: 60,
  backoff_multiplier: 3,
};
const alertChannels = [
  { kind: "slack", webhook_url: "https://hooks.slack.com/test" },
  { kind: "webhook", url: "https://example.com/hook", secret: null },
  { kind: "pager_duty", routing_key: "rk-1", severity: "critical" },
];
const alertPolicy = { channels: alertChannels, after_attempts: 2, after_minutes_stale: null };
const taskSpec = {
  id: "task-1",
  name: "lint",
  description: "clippy on the workspace",
  instructions: "run cargo clippy",
  expected_artifacts: ["log", "coverage.xml"],
  scorer: { kind: "regex_match", path: "out.txt", pattern: "^ok$" },
  retry_policy: retryPolicy,
  alert_policy: alertPolicy,
  timeout_seconds: 300,
  metadata: { owner: "ci", weight: 0.5, tags: ["a"] },
};
const workerSpec = {
  id: "worker-a",
  name: "builder",
  host: { kind: "docker", image: "rust:1.80", args: ["--rm"] },
  labels: { zone: "eu-1" },
  capabilities: ["rust"],
  max_concurrent_tasks: 2,
};
const score = { value: 0.95, max: 1, notes: "good" };

/** The examples, by Rust name. */

// Plain-JSON building blocks of the `json` samples.
const JSON_NANOS = 1_700_000_000_123_456; // below 2^53, so exact in a JS number

const jsonRunnerUiError = {
  kind: "build_failed",
  message: "cargo failed",
  detail: "stderr…",
  reportedAt: "2026-05-20T12:00:00Z",
};
const jsonRunnerCrash = {
  filePath: "/tmp/crash.dmp",
  panicMessage: "boom",
  panicLocation: "src/main.rs:10",
  thread: "main",
  reportedAt: "2026-05-20T12:00:00Z",
};
const jsonNode = (path: string, kind: string) => ({
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
const jsonEventRecord = {
  target_id: "t1",
  sequence: 7,
  correlation_id: "corr",
  event_type: "child_started",
  severity: "info",
  target_path: "/root/a",
  child_id: null,
  occurred_at_unix_nanos: JSON_NANOS,
  config_version: "v3",
  payload: { nested: [1, 2.5, "x", null, true, { deep: {} }], big: 9007199254740991 },
};
const jsonLogRecord = {
  target_id: "t1",
  sequence: null,
  correlation_id: "corr",
  severity: "warn",
  message: "slow",
  fields: { a: "1", "": "empty key" },
  occurred_at_unix_nanos: 0,
};
const jsonCommandTarget = { child_path: "/root/a", child_manifest: null };
const jsonArtifactRef = {
  kind: "log",
  path: "out/run.log",
  checksum: "sha256:00",
  mime_type: "text/plain",
  size_bytes: 1024,
};
const jsonTaskSpec = {
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
const jsonWorkerSpec = {
  id: "w1",
  name: "worker one",
  host: { kind: "ssh", host: "build-1", port: 22, user: "ci", identity: "/home/ci/.ssh/id" },
  labels: { zone: "a" },
  capabilities: ["rust"],
  max_concurrent_tasks: 4,
};
const jsonEnvelope = {
  seq: 12,
  run_id: "run-1",
  worker_id: "w1",
  task_id: "task-1",
  timestamp: "2026-05-20T12:00:00Z",
};

/** The examples, by Rust name. */
export const examples = {
  RunnerStatus: { valid: "degraded", invalid: { at: [], value: "Degraded" }, json: ["healthy", "errored"] },
  RunnerUiError: {
    valid: runnerUiError,
    invalid: { at: ["message"], value: 42 },
    hugeAt: [],
    json: [jsonRunnerUiError, { kind: "k", message: "m", reportedAt: "t" }],
  },
  RunnerCrash: {
    valid: runnerCrash,
    invalid: { at: ["thread"], value: null },
    hugeAt: [],
    json: [jsonRunnerCrash],
  },
  Runner: {
    valid: {
      id: "r-1",
      userId: "u-1",
      name: "desk runner",
      hostname: "desk",
      ipAddress: "192.168.1.20",
      port: 9876,
      os: "linux",
      osVersion: "6.8",
      capabilities: ["python", "playwright"],
      derivedStatus: "errored",
      wsConnected: false,
      lastHeartbeat: "2026-06-12T16:59:30Z",
      uiError: runnerUiError,
      recentCrash: runnerCrash,
      createdAt: "2026-01-01T00:00:00Z",
    },
    invalid: { at: ["port"], value: 65536 },
    json: [
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
        uiError: jsonRunnerUiError,
        recentCrash: jsonRunnerCrash,
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
  },
  EventStarted: {
    valid: {
      result_id: "result-uuid-1",
      request_id: "req-1",
      exec_id: "exec-uuid-1",
      pc_id: "minipc",
      started_at: "2026-05-20T21:00:00.5+09:00",
      manifest_id: "inventory-hw",
      version: "1.0.0",
    },
    invalid: { at: ["started_at"], value: "2026-05-20T12:00:00" },
    json: [
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
  },
  JobTailRequest: {
    valid: { result_id: "abc-123" },
    invalid: { at: ["result_id"], value: null },
    hugeAt: [],
    json: [{ result_id: "abc" }, {}],
  },
  JobTailReply: {
    valid: {
      found: true,
      running: false,
      stdout: "hello\n",
      stderr: "",
      stdout_truncated: true,
      stderr_truncated: false,
    },
    invalid: { at: ["found"], value: "true" },
    json: [
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
  },
  SupportedCommand: {
    valid: supportedCommand,
    invalid: { at: ["timeout_seconds"], value: -1 },
    json: [{ name: "restart_child", idempotent: true, timeout_seconds: 30 }],
  },
  TargetProcessRegistration: {
    valid: {
      target_id: "payments",
      display_name: "Payments service",
      ipc_path: "/run/payments.sock",
      lease_seconds: 60,
      supported_commands: [
        supportedCommand,
        { name: "shutdown_tree", idempotent: false, timeout_seconds: 120 },
      ],
    },
    invalid: { at: ["supported_commands", 1, "idempotent"], value: "yes" },
    json: [
      {
        target_id: "t1",
        display_name: "Target",
        ipc_path: "/run/t1.sock",
        lease_seconds: 60,
        supported_commands: [{ name: "restart_child", idempotent: true, timeout_seconds: 30 }],
      },
    ],
  },
  RegistrationState: { valid: "active", invalid: { at: [], value: "Active" } },
  TargetConnectionState: { valid: "reconnecting", invalid: { at: [], value: "disconnected" } },
  TargetProcessIdentity: {
    valid: identity,
    invalid: { at: ["connection_state"], value: "online" },
    json: [
      {
        target_id: "t1",
        display_name: "Target",
        registration_state: "active",
        connection_state: "connected",
      },
    ],
  },
  DashboardState: {
    valid: {
      target: identity,
      topology,
      runtime_state: [runtimeState],
      recent_events: [eventRecord],
      recent_logs: [logRecord],
      dropped_event_count: 0,
      dropped_log_count: 12,
      config_version: "v7",
      generated_at_unix_nanos: 1_781_283_600_987_654_321n,
      state_generation: 99,
    },
    invalid: { at: ["topology", "edges", 0, "order"], value: 1.5 },
    json: [
      {
        target: {
          target_id: "t1",
          display_name: "Target",
          registration_state: "active",
          connection_state: "reconnecting",
        },
        topology: {
          root: jsonNode("/root", "root_supervisor"),
          nodes: [jsonNode("/root", "root_supervisor"), jsonNode("/root/a", "child_task")],
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
        recent_events: [jsonEventRecord],
        recent_logs: [jsonLogRecord],
        dropped_event_count: 0,
        dropped_log_count: 3,
        config_version: "v3",
        generated_at_unix_nanos: JSON_NANOS,
        state_generation: 9,
      },
    ],
  },
  SupervisorTopology: { valid: topology, invalid: { at: ["nodes", 1, "kind"], value: "leaf" } },
  SupervisorNodeKind: { valid: "child_task", invalid: { at: [], value: "ChildTask" } },
  DashboardCriticality: { valid: "best_effort", invalid: { at: [], value: "besteffort" } },
  SupervisorNode: {
    valid: childNode,
    invalid: { at: ["diagnostics", "restarts"], value: 3 },
    hugeAt: ["kind"],
  },
  SupervisorEdgeKind: { valid: "dependency", invalid: { at: [], value: 1 } },
  SupervisorEdge: {
    valid: edge,
    invalid: { at: ["order"], value: -1 },
    json: [
      { edge_id: "e1", source_path: "/a", target_path: "/b", kind: "dependency", order: 9007199254740991 },
    ],
  },
  RuntimeState: { valid: runtimeState, invalid: { at: ["generation"], value: "4" } },
  EventRecord: {
    valid: eventRecord,
    invalid: { at: ["payload", "reasons", 1], value: Number.NaN },
    hugeAt: ["occurred_at_unix_nanos"],
    json: [jsonEventRecord, { ...jsonEventRecord, payload: null, child_id: "c1" }],
  },
  LogRecord: {
    valid: logRecord,
    invalid: { at: ["occurred_at_unix_nanos"], value: -5n },
    json: [jsonLogRecord],
  },
  ControlCommandKind: { valid: "quarantine_child", invalid: { at: [], value: "restart" } },
  ControlCommandTarget: { valid: commandTarget, invalid: { at: ["child_manifest"], value: {} }, hugeAt: [] },
  ControlCommandRequest: {
    valid: {
      command_id: "cmd-1",
      target_id: "payments",
      command: "restart_child",
      target: commandTarget,
      reason: "stuck in backoff",
      requested_by: "ops@example.com",
      confirmed: true,
      requested_at_unix_nanos: 1_781_283_600_000_000_001n,
    },
    // D9: serde reads this number, but as a JS number it was already rounded.
    // biome-ignore lint/correctness/noPrecisionLoss: this literal is already rounded, which is what must be refused
    invalid: { at: ["requested_at_unix_nanos"], value: 1.781283600000000001e18 },
    json: [
      {
        command_id: "cmd",
        target_id: "t1",
        command: "restart_child",
        target: jsonCommandTarget,
        reason: "stuck",
        requested_by: "ops",
        confirmed: false,
        requested_at_unix_nanos: JSON_NANOS,
      },
    ],
  },
  ControlCommandResult: {
    valid: {
      command_id: "cmd-1",
      target_id: "payments",
      accepted: false,
      status: "rejected",
      error: dashboardError,
      state_delta: { restarted: ["worker"] },
      completed_at_unix_nanos: 1_781_283_601_000_000_000n,
    },
    invalid: { at: ["error", "retryable"], value: "no" },
    json: [
      {
        command_id: "cmd",
        target_id: "t1",
        accepted: false,
        status: "rejected",
        error: { code: "E1", stage: "validate", target_id: null, message: "no", retryable: true },
        state_delta: { a: [1] },
        completed_at_unix_nanos: JSON_NANOS,
      },
      { command_id: "cmd", target_id: "t1", accepted: true, status: "done" },
    ],
  },
  DashboardError: { valid: dashboardError, invalid: { at: ["target_id"], value: 7 }, hugeAt: [] },
  AuditEvent: {
    valid: {
      audit_id: "audit-1",
      identity: "ops@example.com",
      target_id: "payments",
      command_id: "cmd-1",
      command: "shutdown_tree",
      target: { child_path: null, child_manifest: null },
      reason: "maintenance",
      result: "accepted",
      occurred_at_unix_nanos: 5,
    },
    invalid: { at: ["command"], value: "ShutdownTree" },
    json: [
      {
        audit_id: "a1",
        identity: "ops",
        target_id: "t1",
        command_id: "cmd",
        command: "shutdown_tree",
        target: { child_path: null, child_manifest: "m" },
        reason: "r",
        result: "ok",
        occurred_at_unix_nanos: JSON_NANOS,
      },
    ],
  },
  FleetRunId: { valid: "run-001", invalid: { at: [], value: 1 }, hugeAt: "any string", json: ["run-1", ""] },
  FleetRun: {
    valid: {
      id: "run-001",
      name: "dogfood smoke",
      status: "running",
      task_specs: [taskSpec],
      worker_specs: [
        workerSpec,
        { id: "worker-b", name: "remote", host: { kind: "ssh", host: "build-2", port: 2222 } },
      ],
      labels: { team: "infra" },
      created_at: "2026-06-12T17:00:00Z",
      updated_at: "2026-06-12T17:05:00Z",
    },
    invalid: { at: ["worker_specs", 1, "host", "port"], value: 70000 },
    json: [
      {
        id: "run-1",
        name: "nightly",
        status: "running",
        task_specs: [jsonTaskSpec, { id: "t2", name: "n", instructions: "i", timeout_seconds: null }],
        worker_specs: [jsonWorkerSpec, { id: "w2", name: "local", host: { kind: "local" } }],
        labels: { env: "ci" },
        created_at: "2026-05-20T12:00:00Z",
        updated_at: "2026-05-20T12:01:00Z",
      },
      { id: "run-2", name: "min", status: "pending", created_at: "yesterday" },
    ],
  },
  FleetRunStatus: { valid: "paused", invalid: { at: [], value: "Paused" } },
  FleetTaskSpec: {
    valid: taskSpec,
    invalid: { at: ["scorer", "kind"], value: "exact" },
    json: [jsonTaskSpec],
  },
  FleetArtifactRef: {
    valid: artifactRef,
    invalid: { at: ["size_bytes"], value: 1.5 },
    json: [jsonArtifactRef, { kind: "coverage.xml", path: "c.xml", size_bytes: null }],
  },
  FleetArtifactKind: {
    valid: "test_result",
    invalid: { at: [], value: null },
    hugeAt: "any string",
    json: ["receipt", "Log", ""],
  },
  FleetScorerSpec: {
    valid: { kind: "json_path", path: "report.json", expression: "$.ok" },
    invalid: { at: ["expression"], value: undefined },
    hugeAt: ["kind"],
    json: [
      { kind: "exit_code" },
      { kind: "file_exists", path: "a" },
      { kind: "json_path", path: "a.json", expression: "$.x" },
      { kind: "manual" },
    ],
  },
  FleetWorkerSpec: {
    valid: workerSpec,
    invalid: { at: ["max_concurrent_tasks"], value: -1 },
    json: [jsonWorkerSpec],
  },
  FleetHostSpec: {
    valid: { kind: "ssh", host: "build-2", port: 2222, user: "ci", identity: "/home/ci/.ssh/id_ed25519" },
    invalid: { at: ["host"], value: undefined },
    hugeAt: ["port"],
    json: [
      { kind: "local" },
      { kind: "docker", image: "rust:1", args: ["--rm"] },
      { kind: "ssh", host: "h" },
    ],
  },
  FleetWorkerStatus: { valid: "draining", invalid: { at: [], value: "drained" }, json: ["draining"] },
  FleetInboxEntry: {
    valid: {
      run_id: "run-001",
      task_id: "task-1",
      priority: -5,
      enqueued_at: "2026-06-12T17:00:01Z",
      lease_deadline: "2026-06-12T17:10:00Z",
      attempts: 1,
    },
    invalid: { at: ["priority"], value: 2147483648 },
    json: [
      {
        run_id: "run-1",
        task_id: "t",
        priority: -5,
        enqueued_at: "now",
        lease_deadline: "later",
        attempts: 2,
      },
      { run_id: "run-1", task_id: "t", priority: 2147483647, enqueued_at: "now" },
    ],
  },
  FleetWorkerEvent: {
    valid: {
      seq: 4,
      run_id: "run-001",
      worker_id: "worker-a",
      task_id: "task-1",
      timestamp: "2026-06-12T17:01:30Z",
      state: "heartbeat",
      cpu_percent: 37.5,
      memory_mb: 2048,
      extra: { host_load: [0.5, 0.7], note: "steady" },
    },
    invalid: { at: ["memory_mb"], value: 1.5 },
    json: [
      { ...jsonEnvelope, state: "heartbeat", cpu_percent: 12.5, memory_mb: 2048, extra: { host: "h", n: 1 } },
      { ...jsonEnvelope, state: "artifact", ...jsonArtifactRef },
      { ...jsonEnvelope, state: "failed", reason: "oom", recoverable: true },
      { ...jsonEnvelope, state: "restarted", restart_count: 3 },
      { ...jsonEnvelope, state: "queued" },
      { ...jsonEnvelope, state: "running_tool", tool: "bash", call_id: "c1" },
    ],
  },
  FleetWorkerEventPayload: {
    valid: { state: "failed", reason: "oom killed", recoverable: true },
    invalid: { at: ["recoverable"], value: null },
    json: [
      { state: "completed", exit_code: -1, summary: "done" },
      { state: "leased", lease_expires_at: "soon" },
      { state: "escalated", channel: "pager", alert_id: null },
    ],
  },
  FleetRetryPolicy: {
    valid: retryPolicy,
    invalid: { at: ["backoff_multiplier"], value: "2" },
    json: [{}, { max_attempts: 4294967295 }],
  },
  FleetAlertPolicy: {
    valid: alertPolicy,
    invalid: { at: ["channels", 2, "routing_key"], value: undefined },
    hugeAt: ["channels", 2, "kind"],
    json: [
      {
        channels: [
          { kind: "webhook", url: "https://x", secret: "s" },
          { kind: "pager_duty", routing_key: "k", severity: "critical" },
        ],
      },
    ],
  },
  FleetAlertChannel: {
    valid: alertChannels[1],
    invalid: { at: ["url"], value: undefined },
    hugeAt: ["kind"],
    json: [{ kind: "webhook", url: "https://x" }],
  },
  FleetReceipt: {
    valid: {
      run_id: "run-001",
      task_id: "task-1",
      worker_id: "worker-a",
      completed_at: "2026-06-12T17:03:00Z",
      result: "fail",
      artifacts: [artifactRef, { kind: "log", path: "/tmp/run.log", size_bytes: null }],
      score,
    },
    invalid: { at: ["score", "value"], value: "0.95" },
    json: [
      {
        run_id: "run-1",
        task_id: "t",
        worker_id: "w",
        completed_at: "now",
        result: "pass",
        artifacts: [jsonArtifactRef],
        score: { value: 0.75, max: 1, notes: "good" },
      },
      { run_id: "run-1", task_id: "t", worker_id: "w", completed_at: "now", result: "timeout", score: null },
    ],
  },
  FleetTaskResult: { valid: "timeout", invalid: { at: [], value: "timed_out" }, json: ["skip"] },
  FleetScore: {
    valid: score,
    invalid: { at: ["max"], value: "1.0" },
    json: [{ value: 1 }, { value: -1.5e300, max: null }],
  },
} satisfies Record<WireTypeName, Example>;

/** The `json` samples, for the types that have them. */
export const jsonSamples: Partial<Record<WireTypeName, readonly unknown[]>> = Object.fromEntries(
  Object.entries(examples as Record<WireTypeName, Example>).flatMap(([name, example]) =>
    example.json === undefined ? [] : [[name, example.json]],
  ),
);

/** FleetWorkerEvent's 15 `state`s, in declaration order: the generators of event streams cycle through them. */
export const WORKER_STATES = [
  "queued",
  "leased",
  "starting",
  "running",
  "model_wait",
  "running_tool",
  "heartbeat",
  "artifact",
  "completed",
  "failed",
  "cancelled",
  "interrupted",
  "stale",
  "restarted",
  "escalated",
] as const;
