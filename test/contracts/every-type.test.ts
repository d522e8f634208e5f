/**
 * Every one of the 47 wire types: a valid example that parses, and an invalid
 * one (the valid example with one field made wrong) whose error points at that
 * field. The examples are written by hand, keyed by Rust name; a type in
 * `wireTypes` without an example fails the suite.
 *
 * The valid examples are JSON serde accepts, and each invalid one is rejected
 * by serde too (checked with test/rust-oracle's oracle), except ControlCommandRequest's,
 * where a Decision (test/support/rules.ts) makes the library stricter (a u128 that
 * arrives as an unsafe-integer JS number).
 */
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { wireTypeNames, wireTypes, type WireTypeName } from "../../src/index.js";

type Path = readonly (string | number)[];

interface Example {
  /** A value serde and the library accept. */
  readonly valid: unknown;
  /** The valid value with the field at `at` replaced by `value` (`undefined`: the field left out). */
  readonly invalid: { readonly at: Path; readonly value: unknown };
  /**
   * Where a 100 KB string is wrong-typed (defaults to `invalid.at`), or `"any string"` for the
   * two types that are a string themselves and take any string.
   */
  readonly hugeAt?: Path | "any string";
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
const examples: Readonly<Record<string, Example>> = {
  RunnerStatus: { valid: "degraded", invalid: { at: [], value: "Degraded" } },
  RunnerUiError: { valid: runnerUiError, invalid: { at: ["message"], value: 42 }, hugeAt: [] },
  RunnerCrash: { valid: runnerCrash, invalid: { at: ["thread"], value: null }, hugeAt: [] },
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
  },
  JobTailRequest: {
    valid: { result_id: "abc-123" },
    invalid: { at: ["result_id"], value: null },
    hugeAt: [],
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
  },
  SupportedCommand: { valid: supportedCommand, invalid: { at: ["timeout_seconds"], value: -1 } },
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
  },
  RegistrationState: { valid: "active", invalid: { at: [], value: "Active" } },
  TargetConnectionState: { valid: "reconnecting", invalid: { at: [], value: "disconnected" } },
  TargetProcessIdentity: { valid: identity, invalid: { at: ["connection_state"], value: "online" } },
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
  SupervisorEdge: { valid: edge, invalid: { at: ["order"], value: -1 } },
  RuntimeState: { valid: runtimeState, invalid: { at: ["generation"], value: "4" } },
  EventRecord: {
    valid: eventRecord,
    invalid: { at: ["payload", "reasons", 1], value: Number.NaN },
    hugeAt: ["occurred_at_unix_nanos"],
  },
  LogRecord: { valid: logRecord, invalid: { at: ["occurred_at_unix_nanos"], value: -5n } },
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
  },
  FleetRunId: { valid: "run-001", invalid: { at: [], value: 1 }, hugeAt: "any string" },
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
  },
  FleetRunStatus: { valid: "paused", invalid: { at: [], value: "Paused" } },
  FleetTaskSpec: { valid: taskSpec, invalid: { at: ["scorer", "kind"], value: "exact" } },
  FleetArtifactRef: { valid: artifactRef, invalid: { at: ["size_bytes"], value: 1.5 } },
  FleetArtifactKind: { valid: "test_result", invalid: { at: [], value: null }, hugeAt: "any string" },
  FleetScorerSpec: {
    valid: { kind: "json_path", path: "report.json", expression: "$.ok" },
    invalid: { at: ["expression"], value: undefined },
    hugeAt: ["kind"],
  },
  FleetWorkerSpec: { valid: workerSpec, invalid: { at: ["max_concurrent_tasks"], value: -1 } },
  FleetHostSpec: {
    valid: { kind: "ssh", host: "build-2", port: 2222, user: "ci", identity: "/home/ci/.ssh/id_ed25519" },
    invalid: { at: ["host"], value: undefined },
    hugeAt: ["port"],
  },
  FleetWorkerStatus: { valid: "draining", invalid: { at: [], value: "drained" } },
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
  },
  FleetWorkerEventPayload: {
    valid: { state: "failed", reason: "oom killed", recoverable: true },
    invalid: { at: ["recoverable"], value: null },
  },
  FleetRetryPolicy: { valid: retryPolicy, invalid: { at: ["backoff_multiplier"], value: "2" } },
  FleetAlertPolicy: {
    valid: alertPolicy,
    invalid: { at: ["channels", 2, "routing_key"], value: undefined },
    hugeAt: ["channels", 2, "kind"],
  },
  FleetAlertChannel: {
    valid: alertChannels[1],
    invalid: { at: ["url"], value: undefined },
    hugeAt: ["kind"],
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
  },
  FleetTaskResult: { valid: "timeout", invalid: { at: [], value: "timed_out" } },
  FleetScore: { valid: score, invalid: { at: ["max"], value: "1.0" } },
};

/** The types whose published contract is closed: an unknown key is an error. */
const CLOSED = new Set<string>(["Runner", "RunnerUiError", "RunnerCrash"]);

/** A copy of `value` with the field at `path` replaced by `replacement` (left out when undefined). */
function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (!(last in parent)) throw new Error(`example has no field at ${JSON.stringify(path)}`);
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

function exampleOf(name: WireTypeName): Example {
  const example = examples[name];
  if (example === undefined)
    throw new Error(`no example for ${name}: add one to the table in every-type.test.ts`);
  return example;
}

const schemaOf = (name: WireTypeName) => wireTypes[name].schema as z.ZodType;
const HUGE = "A".repeat(100 * 1024);

test("there is an example for each of the 47 types, and none for a type that does not exist", () => {
  expect(wireTypeNames).toHaveLength(47);
  const missing = wireTypeNames.filter((name) => examples[name] === undefined);
  expect(missing, "types without an example").toEqual([]);
  expect(Object.keys(examples).sort()).toEqual([...wireTypeNames].sort());
});

describe.each(wireTypeNames)("%s", (name) => {
  test("the valid example parses", () => {
    const result = schemaOf(name).safeParse(exampleOf(name).valid);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  test("what it parses to is itself valid input, and reads back the same", () => {
    const schema = schemaOf(name);
    const once = schema.parse(exampleOf(name).valid);
    expect(schema.parse(once)).toEqual(once);
  });

  test("the invalid example fails with an error at the offending field", () => {
    const { valid, invalid } = exampleOf(name);
    const input = setAt(valid, invalid.at, invalid.value);
    const result = schemaOf(name).safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([invalid.at]);
    expect(() => schemaOf(name).parse(input)).toThrow();
  });

  test(CLOSED.has(name) ? "an unknown key is an error naming it" : "an unknown key is dropped", () => {
    const { valid } = exampleOf(name);
    const schema = schemaOf(name);
    if (typeof valid !== "object" || valid === null) {
      // A unit enum, newtype or open enum: a JSON object is not one.
      expect(schema.safeParse({ [String(valid)]: null }).success).toBe(false);
      return;
    }
    const withUnknown = { ...valid, zz_unknown_field: 1 };
    if (CLOSED.has(name)) {
      const result = schema.safeParse(withUnknown);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        "unknown field `zz_unknown_field`",
      ]);
    } else {
      const parsed = schema.parse(withUnknown) as Record<string, unknown>;
      expect(parsed).not.toHaveProperty("zz_unknown_field");
      expect(parsed).toEqual(schema.parse(valid));
    }
  });

  test("a 100 KB string in a wrong-typed position gives a short error message", () => {
    const { valid, invalid, hugeAt = invalid.at } = exampleOf(name);
    const schema = schemaOf(name);
    if (hugeAt === "any string") {
      // This type is a string itself: every string is valid, kept as it is.
      expect(schema.parse(HUGE)).toBe(HUGE);
      return;
    }
    const result = schema.safeParse(setAt(valid, hugeAt, HUGE));
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([hugeAt]);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(500);
    expect(result.error?.message.length).toBeLessThan(500);
    expect(String(result.error)).not.toContain(HUGE.slice(0, 1000));
  });
});
