/**
 * The reading rules (R…, test/support/rules.ts): for every rule that can be checked on a JS value,
 * values the library accepts (and what it reads them as) and values it rejects.
 *
 * Not here, because they need the JSON text and belong to the text codec:
 * R6 (duplicate keys: `JSON.parse` already kept the last one), the lone
 * surrogate part of R10, and what only the text shows about a number
 * (R7's `1.0`/`1e2` tokens, leading zeros, `+1`, and digits `JSON.parse`
 * has already rounded away).
 *
 * Expected outputs were checked against real serde (test/rust-oracle's oracle) where
 * serde and the library agree; the Decisions (D…) are the library's own.
 */
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import {
  ControlCommandRequestSchema,
  ControlCommandResultSchema,
  DashboardCriticalitySchema,
  EventRecordSchema,
  EventStartedSchema,
  FleetAlertChannelSchema,
  FleetAlertPolicySchema,
  FleetArtifactKindSchema,
  FleetArtifactRefSchema,
  FleetHostSpecSchema,
  FleetInboxEntrySchema,
  FleetReceiptSchema,
  FleetRetryPolicySchema,
  FleetRunSchema,
  FleetRunStatusSchema,
  FleetScorerSpecSchema,
  FleetScoreSchema,
  FleetTaskSpecSchema,
  FleetWorkerEventPayloadSchema,
  FleetWorkerEventSchema,
  FleetWorkerSpecSchema,
  JobTailReplySchema,
  JobTailRequestSchema,
  LogRecordSchema,
  RunnerCrashSchema,
  RunnerSchema,
  RunnerStatusSchema,
  RunnerUiErrorSchema,
  SupervisorEdgeSchema,
  SupervisorNodeKindSchema,
  SupervisorNodeSchema,
  SupportedCommandSchema,
  TargetProcessRegistrationSchema,
} from "../../src/index.js";
import { cite } from "../support/rules.js";

type Path = readonly PropertyKey[];
/** A table row: label, schema, a valid base value, the field under test, and a value for it. */
type Row = readonly [
  label: string,
  schema: z.ZodType,
  base: Record<string, unknown>,
  field: string,
  value: unknown,
];
type RequiredRow = readonly [label: string, schema: z.ZodType, base: Record<string, unknown>, field: string];
type KindRow = readonly [
  label: string,
  schema: z.ZodType,
  base: Record<string, unknown>,
  field: string,
  min: number,
  max: number,
];

/** Parses, failing the test with zod's issues if the value is rejected. */
function accept<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(`expected a value, got ${JSON.stringify(result.error.issues, bigints)}`);
  return result.data;
}

/** Parses, expecting a rejection; returns zod's issues. */
function reject(schema: z.ZodType, value: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(value);
  expect(result.success, "the value should be rejected").toBe(false);
  return result.error?.issues ?? [];
}

/** The one issue at `path` (the rejection must point there). */
function rejectAt(schema: z.ZodType, value: unknown, path: Path): string {
  const issues = reject(schema, value);
  const at = issues.filter((issue) => samePath(issue.path, path));
  expect(at, `issues: ${JSON.stringify(issues, bigints)}`).toHaveLength(1);
  return at[0]?.message ?? "";
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => k === b[i]);
const bigints = (_: string, v: unknown) => (typeof v === "bigint" ? `${v}n` : v);

// ---------------------------------------------------------------------------------------------
// Fixtures: minimal valid values.

const runner = {
  id: "r-1",
  userId: "u-1",
  name: "runner one",
  derivedStatus: "healthy",
  wsConnected: true,
  createdAt: "2026-06-12T17:00:00Z",
};

const envelope = {
  seq: 1,
  run_id: "run-1",
  worker_id: "worker-a",
  task_id: "task-1",
  timestamp: "2026-06-12T17:01:00Z",
};

const eventRecord = {
  target_id: "t",
  sequence: 1,
  correlation_id: "c",
  event_type: "child_started",
  severity: "info",
  target_path: "/root/a",
  child_id: null,
  occurred_at_unix_nanos: 1,
  config_version: "v1",
  payload: null,
};

const inbox = { run_id: "run-1", task_id: "task-1", priority: 0, enqueued_at: "2026-06-12T17:00:00Z" };
const supportedCommand = { name: "restart_child", idempotent: true, timeout_seconds: 30 };
const edge = { edge_id: "e", source_path: "/a", target_path: "/a/b", kind: "parent_child", order: 0 };
const fleetRun = { id: "run-1", name: "n", status: "running", created_at: "2026-06-12T17:00:00Z" };
const taskSpec = { id: "task-1", name: "lint", instructions: "run it" };
const node = {
  node_id: "n",
  child_id: null,
  path: "/root",
  name: "root",
  kind: "root_supervisor",
  tags: [],
  criticality: "critical",
  state_summary: "running",
  diagnostics: {},
};
const logRecord = {
  target_id: "t",
  sequence: null,
  correlation_id: null,
  severity: "info",
  message: "m",
  fields: {},
  occurred_at_unix_nanos: 1,
};
const receipt = { run_id: "r", task_id: "t", worker_id: "w", completed_at: "x", result: "pass" };
const registration = {
  target_id: "t",
  display_name: "d",
  ipc_path: "/s",
  lease_seconds: 1,
  supported_commands: [],
};
const eventStarted = {
  result_id: "",
  request_id: "",
  exec_id: "",
  pc_id: "",
  started_at: "2026-05-20T12:00:00Z",
  manifest_id: "",
  version: "",
};
const commandRequest = {
  command_id: "c",
  target_id: "t",
  command: "restart_child",
  target: { child_path: "/root/a", child_manifest: null },
  reason: "stuck",
  requested_by: "ops",
  confirmed: true,
  requested_at_unix_nanos: 1n,
};
const commandResult = { command_id: "c", target_id: "t", accepted: true, status: "done" };

/** An array nested `levels` deep (`[[...]]`), built without recursion. */
function nestedArrays(levels: number): unknown {
  let value: unknown[] = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

function nestedObjects(levels: number): unknown {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

// ---------------------------------------------------------------------------------------------

describe(cite("R1"), () => {
  test("Runner, RunnerUiError and RunnerCrash read camelCase keys", () => {
    const value = accept(RunnerSchema, {
      ...runner,
      ipAddress: "10.0.0.2",
      osVersion: "14.1",
      lastHeartbeat: "2026-06-12T17:00:05Z",
      uiError: { kind: "build_failed", message: "m", reportedAt: "2026-06-12T17:00:00Z" },
      recentCrash: {
        filePath: "/tmp/crash",
        panicMessage: "boom",
        panicLocation: "main.rs:1",
        thread: "main",
        reportedAt: "2026-06-12T17:00:01Z",
      },
    });
    expect(value.userId).toBe("u-1");
    expect(value.ipAddress).toBe("10.0.0.2");
    expect(value.osVersion).toBe("14.1");
    expect(value.derivedStatus).toBe("healthy");
    expect(value.wsConnected).toBe(true);
    expect(value.lastHeartbeat).toBe("2026-06-12T17:00:05Z");
    expect(value.uiError?.reportedAt).toBe("2026-06-12T17:00:00Z");
    expect(value.recentCrash?.panicLocation).toBe("main.rs:1");
  });

  test("Runner, RunnerUiError and RunnerCrash reject their snake_case names", () => {
    const { userId, ...rest } = runner;
    expect(rejectAt(RunnerSchema, { ...rest, user_id: userId }, ["userId"])).toMatch(/missing field/);
    expect(
      reject(RunnerUiErrorSchema, { kind: "k", message: "m", reported_at: "x" }).map((i) => i.message),
    ).toContain("unknown field `reported_at`");
    const crash = { file_path: "/c", panicMessage: "p", panicLocation: "l", thread: "t", reportedAt: "x" };
    expect(rejectAt(RunnerCrashSchema, crash, ["filePath"])).toMatch(/missing field/);
  });

  test("every other struct reads snake_case keys", () => {
    const entry = accept(FleetInboxEntrySchema, { ...inbox, lease_deadline: "2026-06-12T17:05:00Z" });
    expect(entry.run_id).toBe("run-1");
    expect(entry.enqueued_at).toBe("2026-06-12T17:00:00Z");
    expect(entry.lease_deadline).toBe("2026-06-12T17:05:00Z");
    expect(accept(JobTailReplySchema, { stdout_truncated: true }).stdout_truncated).toBe(true);
  });

  test("every other struct rejects camelCase keys (the snake_case field is then missing)", () => {
    const { run_id, ...rest } = inbox;
    expect(rejectAt(FleetInboxEntrySchema, { ...rest, runId: run_id }, ["run_id"])).toMatch(/missing field/);
    expect(
      rejectAt(SupportedCommandSchema, { name: "n", idempotent: true, timeoutSeconds: 1 }, [
        "timeout_seconds",
      ]),
    ).toMatch(/missing field/);
  });

  test("unit enums and tags use their attribute's casing", () => {
    expect(accept(RunnerStatusSchema, "healthy")).toBe("healthy");
    expect(accept(SupervisorNodeKindSchema, "root_supervisor")).toBe("root_supervisor");
    expect(accept(DashboardCriticalitySchema, "best_effort")).toBe("best_effort");
    expect(
      accept(FleetAlertChannelSchema, { kind: "pager_duty", routing_key: "k", severity: "critical" }).kind,
    ).toBe("pager_duty");
    expect(accept(FleetWorkerEventPayloadSchema, { state: "heartbeat" }).state).toBe("heartbeat");
    expect(accept(FleetWorkerEventPayloadSchema, { state: "running_tool", tool: "bash" }).state).toBe(
      "running_tool",
    );
  });

  test("variant names are exact and case-sensitive", () => {
    for (const name of ["Healthy", "HEALTHY", "healthy ", ""]) reject(RunnerStatusSchema, name);
    for (const name of ["RootSupervisor", "rootSupervisor", "root-supervisor"])
      reject(SupervisorNodeKindSchema, name);
    expect(rejectAt(FleetWorkerEventPayloadSchema, { state: "Heartbeat" }, ["state"])).toMatch(
      /unknown variant/,
    );
    expect(
      rejectAt(FleetWorkerEventPayloadSchema, { state: "RunningTool", tool: "bash" }, ["state"]),
    ).toMatch(/unknown variant/);
    expect(
      rejectAt(FleetAlertChannelSchema, { kind: "pagerduty", routing_key: "k", severity: "s" }, ["kind"]),
    ).toMatch(/unknown variant .*`pager_duty`/);
    expect(
      rejectAt(FleetAlertChannelSchema, { kind: "PagerDuty", routing_key: "k", severity: "s" }, ["kind"]),
    ).toMatch(/unknown variant/);
  });
});

describe(cite("R2"), () => {
  test("the tag may appear anywhere in the object", () => {
    const first = accept(FleetHostSpecSchema, { kind: "ssh", host: "h", port: 22, user: "u" });
    const middle = accept(FleetHostSpecSchema, { host: "h", kind: "ssh", port: 22, user: "u" });
    const last = accept(FleetHostSpecSchema, { host: "h", port: 22, user: "u", kind: "ssh" });
    expect(first).toEqual({ kind: "ssh", host: "h", port: 22, user: "u" });
    expect(middle).toEqual(first);
    expect(last).toEqual(first);
    const channel = accept(FleetAlertChannelSchema, { routing_key: "k", severity: "s", kind: "pager_duty" });
    expect(channel).toEqual({ kind: "pager_duty", routing_key: "k", severity: "s" });
  });

  test("the variant's fields sit beside the tag", () => {
    expect(accept(FleetScorerSpecSchema, { kind: "regex_match", path: "out.txt", pattern: "^ok$" })).toEqual({
      kind: "regex_match",
      path: "out.txt",
      pattern: "^ok$",
    });
    expect(accept(FleetHostSpecSchema, { kind: "docker", image: "rust:1" })).toEqual({
      kind: "docker",
      image: "rust:1",
      args: [],
    });
  });

  test("a unit variant is just the tag", () => {
    expect(accept(FleetHostSpecSchema, { kind: "local" })).toEqual({ kind: "local" });
    expect(accept(FleetScorerSpecSchema, { kind: "exit_code" })).toEqual({ kind: "exit_code" });
    expect(accept(FleetWorkerEventPayloadSchema, { state: "queued" })).toEqual({ state: "queued" });
  });

  test("a unit variant is not a bare string, nor externally tagged", () => {
    expect(rejectAt(FleetHostSpecSchema, "local", [])).toMatch(
      /expected FleetHostSpec \(a JSON object\), got string/,
    );
    expect(rejectAt(FleetHostSpecSchema, { local: null }, ["kind"])).toMatch(/missing field `kind`/);
    expect(rejectAt(FleetHostSpecSchema, { ssh: { host: "h" } }, ["kind"])).toMatch(/missing field `kind`/);
  });

  test("the tag is required, a string, and names a variant", () => {
    expect(rejectAt(FleetHostSpecSchema, { host: "h" }, ["kind"])).toMatch(/missing field `kind`/);
    expect(rejectAt(FleetHostSpecSchema, { kind: "kubernetes" }, ["kind"])).toMatch(
      /unknown variant "kubernetes"/,
    );
    reject(FleetHostSpecSchema, { kind: 1 });
    reject(FleetHostSpecSchema, { kind: null });
  });

  test("a variant's required field is required", () => {
    expect(rejectAt(FleetHostSpecSchema, { kind: "ssh" }, ["host"])).toMatch(/missing field/);
    expect(rejectAt(FleetScorerSpecSchema, { kind: "json_path", path: "a.json" }, ["expression"])).toMatch(
      /missing field/,
    );
  });

  test("the newtype variant Artifact puts the ref's fields inline", () => {
    const payload = accept(FleetWorkerEventPayloadSchema, {
      state: "artifact",
      kind: "patch",
      path: "/tmp/a.diff",
      checksum: "sha256:1",
      size_bytes: 12,
    });
    expect(payload).toEqual({
      state: "artifact",
      kind: "patch",
      path: "/tmp/a.diff",
      checksum: "sha256:1",
      size_bytes: 12,
    });
  });

  test('a nested "artifact" object is an error: kind and path are then missing', () => {
    const nested = { state: "artifact", artifact: { kind: "patch", path: "/tmp/a.diff" } };
    const issues = reject(FleetWorkerEventPayloadSchema, nested);
    expect(issues.map((i) => i.path)).toEqual([["kind"], ["path"]]);
    for (const issue of issues) expect(issue.message).toMatch(/missing field/);
  });
});

describe(cite("R3"), () => {
  test("envelope, tag and variant fields sit together at the top level", () => {
    const event = accept(FleetWorkerEventSchema, {
      ...envelope,
      state: "heartbeat",
      cpu_percent: 0.5,
      memory_mb: 512,
    });
    expect(event).toEqual({ ...envelope, state: "heartbeat", cpu_percent: 0.5, memory_mb: 512, extra: {} });
    if (event.state !== "heartbeat") throw new Error("narrowing");
    expect(event.memory_mb).toBe(512);
  });

  test("the flattened Artifact variant's fields sit at the top level too", () => {
    const event = accept(FleetWorkerEventSchema, {
      state: "artifact",
      ...envelope,
      kind: "log",
      path: "/tmp/log",
    });
    expect(event).toEqual({
      ...envelope,
      state: "artifact",
      kind: "log",
      path: "/tmp/log",
      size_bytes: null,
      extra: {},
    });
  });

  test("extra is an ordinary nested object field, empty when absent", () => {
    const extra = { region: "eu", attempt: 2, tags: ["a", true, null], nested: { ok: false } };
    expect(accept(FleetWorkerEventSchema, { ...envelope, state: "queued", extra }).extra).toEqual(extra);
    expect(accept(FleetWorkerEventSchema, { ...envelope, state: "queued" }).extra).toEqual({});
  });

  test("unknown top-level keys are dropped, not collected into extra", () => {
    const event = accept(FleetWorkerEventSchema, {
      ...envelope,
      state: "queued",
      region: "eu",
      extra: { a: 1 },
    });
    expect(event).not.toHaveProperty("region");
    expect(event.extra).toEqual({ a: 1 });
    expect(accept(FleetWorkerEventSchema, { ...envelope, state: "running", region: "eu" }).extra).toEqual({});
  });

  test("the payload is not a nested object", () => {
    expect(
      rejectAt(FleetWorkerEventSchema, { ...envelope, payload: { state: "queued" } }, ["state"]),
    ).toMatch(/missing field `state`/);
  });

  test("an envelope field is required, a variant field is checked, extra must be an object", () => {
    const { seq: _, ...noSeq } = envelope;
    expect(rejectAt(FleetWorkerEventSchema, { ...noSeq, state: "queued" }, ["seq"])).toMatch(/missing field/);
    expect(rejectAt(FleetWorkerEventSchema, { ...envelope, state: "running_tool" }, ["tool"])).toMatch(
      /missing field/,
    );
    rejectAt(FleetWorkerEventSchema, { ...envelope, state: "queued", extra: [1] }, ["extra"]);
    rejectAt(FleetWorkerEventSchema, { ...envelope, state: "queued", extra: "x" }, ["extra"]);
  });
});

describe(cite("R4"), () => {
  describe("Option<T>: absent or null is None", () => {
    const plain: Row[] = [
      ["SupervisorNode.child_id", SupervisorNodeSchema, node, "child_id", "c-1"],
      ["LogRecord.sequence", LogRecordSchema, logRecord, "sequence", 7],
      [
        "FleetInboxEntry.lease_deadline (with default)",
        FleetInboxEntrySchema,
        inbox,
        "lease_deadline",
        "later",
      ],
      [
        "FleetArtifactRef.size_bytes (with default)",
        FleetArtifactRefSchema,
        { kind: "log", path: "/l" },
        "size_bytes",
        9,
      ],
      [
        "FleetAlertChannel webhook secret",
        FleetAlertChannelSchema,
        { kind: "webhook", url: "https://x" },
        "secret",
        "s",
      ],
      ["ControlCommandResult.error", ControlCommandResultSchema, commandResult, "error", undefined],
      [
        "ControlCommandResult.state_delta (Option<Value>)",
        ControlCommandResultSchema,
        commandResult,
        "state_delta",
        { a: 1 },
      ],
      ["FleetReceipt.score", FleetReceiptSchema, receipt, "score", { value: 1 }],
    ];

    test.each(plain)("plain %s: absent and null read as null", (_, schema, base, field) => {
      const { [field]: _drop, ...without } = base as Record<string, unknown>;
      const absent = accept(schema, without) as Record<string, unknown>;
      expect(absent).toHaveProperty(field, null);
      const nulled = accept(schema, { ...base, [field]: null }) as Record<string, unknown>;
      expect(nulled).toHaveProperty(field, null);
    });

    test.each(plain.filter((row) => row[4] !== undefined))(
      "plain %s: a value reads as itself",
      (_, schema, base, field, v) => {
        expect(accept(schema, { ...base, [field]: v })).toHaveProperty([field], v);
      },
    );

    test("plain u128 Option (completed_at_unix_nanos): absent and null are null, a value is a bigint", () => {
      expect(accept(ControlCommandResultSchema, commandResult).completed_at_unix_nanos).toBeNull();
      expect(
        accept(ControlCommandResultSchema, { ...commandResult, completed_at_unix_nanos: null })
          .completed_at_unix_nanos,
      ).toBeNull();
      expect(
        accept(ControlCommandResultSchema, { ...commandResult, completed_at_unix_nanos: 5 })
          .completed_at_unix_nanos,
      ).toBe(5n);
    });

    const skipped: Row[] = [
      ["Runner.hostname", RunnerSchema, runner, "hostname", "box"],
      ["Runner.uiError", RunnerSchema, runner, "uiError", { kind: "k", message: "m", reportedAt: "x" }],
      ["FleetRun.updated_at", FleetRunSchema, fleetRun, "updated_at", "later"],
      ["FleetTaskSpec.retry_policy", FleetTaskSpecSchema, taskSpec, "retry_policy", { max_attempts: 1 }],
      ["FleetHostSpec ssh port", FleetHostSpecSchema, { kind: "ssh", host: "h" }, "port", 22],
      [
        "heartbeat cpu_percent (with default)",
        FleetWorkerEventPayloadSchema,
        { state: "heartbeat" },
        "cpu_percent",
        0.5,
      ],
      [
        "completed exit_code (with default)",
        FleetWorkerEventPayloadSchema,
        { state: "completed" },
        "exit_code",
        -1,
      ],
    ];

    test.each(skipped)(
      "skip-if-none %s: absent stays absent, null reads as undefined",
      (_, schema, base, field) => {
        const absent = accept(schema, base) as Record<string, unknown>;
        expect(Object.keys(absent)).not.toContain(field);
        const nulled = accept(schema, { ...base, [field]: null }) as Record<string, unknown>;
        expect(nulled[field]).toBeUndefined();
      },
    );

    test.each(skipped)("skip-if-none %s: a value reads as itself", (_, schema, base, field, v) => {
      const read = accept(schema, { ...base, [field]: v }) as Record<string, unknown>;
      expect(read[field]).toEqual(typeof v === "object" ? expect.objectContaining(v) : v);
    });

    test("an Option still checks its inner type", () => {
      expect(rejectAt(SupervisorNodeSchema, { ...node, child_id: 5 }, ["child_id"])).toMatch(
        /expected a string, got integer 5/,
      );
      rejectAt(RunnerSchema, { ...runner, hostname: 5 }, ["hostname"]);
      rejectAt(FleetArtifactRefSchema, { kind: "log", path: "/l", size_bytes: -1 }, ["size_bytes"]);
      rejectAt(RunnerSchema, { ...runner, port: "8080" }, ["port"]);
    });
  });

  describe("non-Option field with #[serde(default)]: absent is the default, null is an error", () => {
    const defaulted: Row[] = [
      ["FleetRun.task_specs", FleetRunSchema, fleetRun, "task_specs", []],
      ["FleetRun.worker_specs", FleetRunSchema, fleetRun, "worker_specs", []],
      ["FleetRun.labels", FleetRunSchema, fleetRun, "labels", {}],
      ["FleetTaskSpec.expected_artifacts", FleetTaskSpecSchema, taskSpec, "expected_artifacts", []],
      ["FleetTaskSpec.metadata", FleetTaskSpecSchema, taskSpec, "metadata", {}],
      [
        "FleetWorkerSpec.capabilities",
        FleetWorkerSpecSchema,
        { id: "w", name: "n", host: { kind: "local" } },
        "capabilities",
        [],
      ],
      ["FleetHostSpec docker args", FleetHostSpecSchema, { kind: "docker", image: "i" }, "args", []],
      ["FleetAlertPolicy.channels", FleetAlertPolicySchema, {}, "channels", []],
      ["FleetReceipt.artifacts", FleetReceiptSchema, receipt, "artifacts", []],
      ["Runner.capabilities", RunnerSchema, runner, "capabilities", []],
      ["JobTailRequest.result_id", JobTailRequestSchema, {}, "result_id", ""],
      ["JobTailReply.found", JobTailReplySchema, {}, "found", false],
      ["JobTailReply.stderr", JobTailReplySchema, {}, "stderr", ""],
      ["FleetRetryPolicy.max_attempts", FleetRetryPolicySchema, {}, "max_attempts", 3],
      ["FleetRetryPolicy.initial_backoff_seconds", FleetRetryPolicySchema, {}, "initial_backoff_seconds", 5],
      ["FleetRetryPolicy.max_backoff_seconds", FleetRetryPolicySchema, {}, "max_backoff_seconds", 300],
      ["FleetRetryPolicy.backoff_multiplier", FleetRetryPolicySchema, {}, "backoff_multiplier", 2],
      ["FleetInboxEntry.attempts", FleetInboxEntrySchema, inbox, "attempts", 0],
      ["restarted restart_count", FleetWorkerEventPayloadSchema, { state: "restarted" }, "restart_count", 0],
      [
        "failed recoverable",
        FleetWorkerEventPayloadSchema,
        { state: "failed", reason: "r" },
        "recoverable",
        false,
      ],
      ["FleetWorkerEvent.extra", FleetWorkerEventSchema, { ...envelope, state: "queued" }, "extra", {}],
    ];

    test.each(defaulted)("%s: absent reads as the default", (_, schema, base, field, fallback) => {
      expect(accept(schema, base)).toHaveProperty([field], fallback);
    });

    test.each(defaulted)("%s: null is an error", (_, schema, base, field) => {
      expect(rejectAt(schema, { ...base, [field]: null }, [field])).toMatch(/got null/);
    });

    test("a defaulted container gets a fresh default each time", () => {
      const a = accept(FleetRunSchema, fleetRun);
      const b = accept(FleetRunSchema, fleetRun);
      expect(a.task_specs).not.toBe(b.task_specs);
      expect(a.labels).not.toBe(b.labels);
    });
  });

  describe("required field absent: missing field", () => {
    const required: RequiredRow[] = [
      ["String", FleetRunSchema, fleetRun, "name"],
      ["newtype FleetRunId", FleetRunSchema, fleetRun, "id"],
      ["unit enum", FleetRunSchema, fleetRun, "status"],
      ["u64", SupportedCommandSchema, supportedCommand, "timeout_seconds"],
      ["usize", SupervisorEdgeSchema, edge, "order"],
      ["i32", FleetInboxEntrySchema, inbox, "priority"],
      ["bool", SupportedCommandSchema, supportedCommand, "idempotent"],
      ["u128", EventRecordSchema, eventRecord, "occurred_at_unix_nanos"],
      ["serde_json::Value", EventRecordSchema, eventRecord, "payload"],
      ["Vec without default", TargetProcessRegistrationSchema, registration, "supported_commands"],
      ["BTreeMap without default", SupervisorNodeSchema, node, "diagnostics"],
      ["DateTime<Utc>", EventStartedSchema, eventStarted, "started_at"],
      ["f64", FleetScoreSchema, { value: 1 }, "value"],
      ["tagged enum", FleetWorkerSpecSchema, { id: "w", name: "n", host: { kind: "local" } }, "host"],
      ["struct", ControlCommandRequestSchema, commandRequest, "target"],
    ];

    test.each(required)("%s: the base value parses", (_, schema, base) => {
      accept(schema, base);
    });

    test.each(required)("%s: absent is an error saying the field is missing", (_, schema, base, field) => {
      const { [field]: _drop, ...without } = base as Record<string, unknown>;
      expect(rejectAt(schema, without, [field])).toMatch(/^missing field/);
    });

    test.each(required.filter(([kind]) => kind !== "serde_json::Value"))(
      "%s: null is an error",
      (_, schema, base, field) => {
        expect(rejectAt(schema, { ...base, [field]: null }, [field])).toMatch(/got null/);
      },
    );
  });

  describe("non-Option serde_json::Value (EventRecord.payload)", () => {
    test("null is a valid value", () => {
      const record = accept(EventRecordSchema, { ...eventRecord, payload: null });
      expect(record).toHaveProperty("payload", null);
    });

    test("absence is an error", () => {
      const { payload: _, ...without } = eventRecord;
      expect(rejectAt(EventRecordSchema, without, ["payload"])).toMatch(/missing field/);
      expect(rejectAt(EventRecordSchema, { ...eventRecord, payload: undefined }, ["payload"])).toMatch(
        /missing field/,
      );
    });
  });
});

describe(cite("R5"), () => {
  test("are dropped by ordinary structs, tagged enums and nested values", () => {
    const entry = accept(FleetInboxEntrySchema, { ...inbox, colour: "red" });
    expect(entry).not.toHaveProperty("colour");
    const host = accept(FleetHostSpecSchema, { kind: "local", host: "ignored" });
    expect(host).toEqual({ kind: "local" });
    const run = accept(FleetRunSchema, {
      ...fleetRun,
      owner: "x",
      task_specs: [{ ...taskSpec, priority: 1, retry_policy: { max_attempts: 1, jitter: true } }],
    });
    expect(run).not.toHaveProperty("owner");
    expect(run.task_specs[0]).not.toHaveProperty("priority");
    expect(run.task_specs[0]?.retry_policy).toEqual({
      max_attempts: 1,
      initial_backoff_seconds: 5,
      max_backoff_seconds: 300,
      backoff_multiplier: 2,
    });
    expect(accept(JobTailRequestSchema, { resultId: "camel" })).toEqual({ result_id: "" });
  });

  test("a BTreeMap keeps every key (maps have no unknown keys)", () => {
    const run = accept(FleetRunSchema, {
      ...fleetRun,
      labels: { team: "infra", "10": "x", __proto__x: "y" },
    });
    expect(run.labels).toEqual({ team: "infra", "10": "x", __proto__x: "y" });
  });

  test(cite("D1", "Runner, RunnerUiError and RunnerCrash: an unknown key is an error naming it"), () => {
    const issues = reject(RunnerSchema, { ...runner, hostName: "typo" });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe("unknown field `hostName`");
    expect(
      reject(RunnerUiErrorSchema, { kind: "k", message: "m", reportedAt: "x", details: "d" })[0]?.message,
    ).toBe("unknown field `details`");
    const crash = {
      filePath: "/c",
      panicMessage: "p",
      panicLocation: "l",
      thread: "t",
      reportedAt: "x",
      pid: 4,
    };
    expect(reject(RunnerCrashSchema, crash)[0]?.message).toBe("unknown field `pid`");
  });

  test(cite("D1", "a closed struct inside Runner points at it"), () => {
    const uiError = { kind: "k", message: "m", reportedAt: "x", severity: "high" };
    const issues = reject(RunnerSchema, { ...runner, uiError });
    expect(issues.map((i) => [i.path, i.message])).toEqual([[["uiError"], "unknown field `severity`"]]);
  });

  test("Runner, RunnerUiError and RunnerCrash accept their own keys", () => {
    const full = accept(RunnerSchema, {
      ...runner,
      hostname: "h",
      ipAddress: "a",
      port: 1,
      os: "linux",
      osVersion: "6",
      capabilities: ["x"],
      lastHeartbeat: "t",
      uiError: { kind: "k", message: "m", detail: "d", reportedAt: "x" },
      recentCrash: { filePath: "/c", panicMessage: "p", panicLocation: "l", thread: "t", reportedAt: "x" },
    });
    expect(full.os).toBe("linux");
    expect(full.uiError?.detail).toBe("d");
  });
});

describe(cite("R7"), () => {
  const kinds: KindRow[] = [
    ["u16 (Runner.port)", RunnerSchema, runner, "port", 0, 65535],
    ["u16 (ssh port)", FleetHostSpecSchema, { kind: "ssh", host: "h" }, "port", 0, 65535],
    ["u32 (FleetInboxEntry.attempts)", FleetInboxEntrySchema, inbox, "attempts", 0, 4294967295],
    ["u32 (FleetRetryPolicy.max_attempts)", FleetRetryPolicySchema, {}, "max_attempts", 0, 4294967295],
    ["i32 (FleetInboxEntry.priority)", FleetInboxEntrySchema, inbox, "priority", -2147483648, 2147483647],
    [
      "u64 (SupportedCommand.timeout_seconds)",
      SupportedCommandSchema,
      supportedCommand,
      "timeout_seconds",
      0,
      2 ** 53 - 1,
    ],
    [
      "u64 (FleetWorkerEvent.seq)",
      FleetWorkerEventSchema,
      { ...envelope, state: "queued" },
      "seq",
      0,
      2 ** 53 - 1,
    ],
    ["usize (SupervisorEdge.order)", SupervisorEdgeSchema, edge, "order", 0, 2 ** 53 - 1],
  ];

  test.each(kinds)("%s: the bounds are accepted", (_, schema, base, field, min, max) => {
    expect(accept(schema, { ...base, [field]: min })).toHaveProperty(field, min);
    expect(accept(schema, { ...base, [field]: max })).toHaveProperty(field, max);
    expect(accept(schema, { ...base, [field]: 7 })).toHaveProperty(field, 7);
  });

  test.each(kinds)("%s: one past each bound is rejected", (_, schema, base, field, min, max) => {
    expect(rejectAt(schema, { ...base, [field]: min - 1 }, [field])).toMatch(
      /expected (u16|u32|i32|u64|usize) /,
    );
    expect(rejectAt(schema, { ...base, [field]: max + 1 }, [field])).toMatch(/\b(u16|u32|i32|u64|usize)\b/);
  });

  test.each(kinds)(
    "%s: a float, a string, -0, a boolean, NaN and Infinity are rejected",
    (_, schema, base, field) => {
      for (const bad of [1.5, 0.1, "8080", "1", -0, true, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(rejectAt(schema, { ...base, [field]: bad }, [field])).toMatch(
          /^expected (u16|u32|i32|u64|usize) \(an integer/,
        );
      }
    },
  );

  test(cite("D2", "u64 and usize above 2^53−1 are an error that says so, never a rounded number"), () => {
    for (const [schema, base, field] of [
      [SupportedCommandSchema, supportedCommand, "timeout_seconds"],
      [SupervisorEdgeSchema, edge, "order"],
      [EventRecordSchema, eventRecord, "sequence"],
    ] as const) {
      for (const big of [2 ** 53, 2 ** 60, 2 ** 64 - 2048]) {
        const message = rejectAt(schema, { ...base, [field]: big }, [field]);
        expect(message).toContain("2^53−1");
        expect(message).toContain(String(Number.MAX_SAFE_INTEGER));
      }
    }
  });

  test("u64 beyond 2^64−1 and negatives are rejected as out of range", () => {
    // 2 ** 64 is what JSON.parse makes of u64::MAX, so it gets the 2^53−1 message above; 2 ** 65 is no u64 at all.
    expect(
      rejectAt(SupportedCommandSchema, { ...supportedCommand, timeout_seconds: 2 ** 64 }, [
        "timeout_seconds",
      ]),
    ).toContain("2^53−1");
    expect(
      rejectAt(SupportedCommandSchema, { ...supportedCommand, timeout_seconds: 2 ** 65 }, [
        "timeout_seconds",
      ]),
    ).toMatch(/^expected u64/);
    expect(
      rejectAt(SupportedCommandSchema, { ...supportedCommand, timeout_seconds: -1 }, ["timeout_seconds"]),
    ).toMatch(/got integer -1/);
  });

  describe("u128 reads into a bigint", () => {
    const nanos = (value: unknown) => ({ ...eventRecord, occurred_at_unix_nanos: value });

    test("a safe-integer number comes in and is returned as a bigint", () => {
      expect(accept(EventRecordSchema, nanos(0)).occurred_at_unix_nanos).toBe(0n);
      expect(accept(EventRecordSchema, nanos(1_700_000_000)).occurred_at_unix_nanos).toBe(1_700_000_000n);
      expect(accept(EventRecordSchema, nanos(Number.MAX_SAFE_INTEGER)).occurred_at_unix_nanos).toBe(
        2n ** 53n - 1n,
      );
    });

    test("a bigint comes in with every digit", () => {
      const real = 1_781_283_600_123_456_789n;
      expect(accept(EventRecordSchema, nanos(real)).occurred_at_unix_nanos).toBe(real);
      expect(accept(EventRecordSchema, nanos(2n ** 128n - 1n)).occurred_at_unix_nanos).toBe(2n ** 128n - 1n);
      expect(
        accept(LogRecordSchema, { ...logRecord, occurred_at_unix_nanos: 0n }).occurred_at_unix_nanos,
      ).toBe(0n);
    });

    test(cite("D9", "an unsafe-integer number is an error pointing to decodeJson"), () => {
      for (const rounded of [2 ** 53, 1.7812836001234568e18]) {
        const message = rejectAt(EventRecordSchema, nanos(rounded), ["occurred_at_unix_nanos"]);
        expect(message).toContain("decodeJson");
        expect(message).toMatch(/rounded/);
      }
    });

    test("negatives, values above 2^128−1 and non-integers are rejected", () => {
      for (const bad of [-1n, -1, 2n ** 128n, 2n ** 129n, 1.5, -0, "5", null, Number.NaN, true]) {
        expect(rejectAt(EventRecordSchema, nanos(bad), ["occurred_at_unix_nanos"])).toMatch(/u128/);
      }
    });
  });
});

describe(cite("R8"), () => {
  const score = (value: unknown) => accept(FleetScoreSchema, { value }).value;
  const cpu = (value: unknown) => {
    const payload = accept(FleetWorkerEventPayloadSchema, { state: "heartbeat", cpu_percent: value });
    if (payload.state !== "heartbeat") throw new Error("narrowing");
    return payload.cpu_percent;
  };

  test("f64 takes any finite number, integers included", () => {
    expect(score(1)).toBe(1);
    expect(score(0.95)).toBe(0.95);
    expect(score(-2.5e-300)).toBe(-2.5e-300);
    expect(score(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(score(2 ** 60)).toBe(2 ** 60);
    expect(accept(FleetScoreSchema, { value: 0, max: 10 }).max).toBe(10);
  });

  test("f64 rejects NaN, infinities, strings and booleans", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1", true]) {
      expect(rejectAt(FleetScoreSchema, { value: bad }, ["value"])).toMatch(/f64/);
    }
  });

  test("f32 is read as the nearest f32", () => {
    expect(cpu(0.1)).toBe(Math.fround(0.1));
    expect(cpu(0.1)).not.toBe(0.1);
    expect(cpu(16777217)).toBe(16777216);
    expect(cpu(1)).toBe(1);
    expect(cpu(3.4028234663852886e38)).toBe(3.4028234663852886e38);
  });

  test(cite("D3", "f32 rejects a value whose f32 rounding is infinite"), () => {
    for (const bad of [1e39, -1e39, Number.MAX_VALUE]) {
      expect(
        rejectAt(FleetWorkerEventPayloadSchema, { state: "heartbeat", cpu_percent: bad }, ["cpu_percent"]),
      ).toMatch(/out of range for f32/);
    }
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "0.5"]) {
      rejectAt(FleetWorkerEventPayloadSchema, { state: "heartbeat", cpu_percent: bad }, ["cpu_percent"]);
    }
  });
});

describe(cite("R9"), () => {
  const started = (started_at: unknown) => ({
    result_id: "r",
    request_id: "q",
    exec_id: "e",
    pc_id: "p",
    started_at,
    manifest_id: "m",
    version: "1",
  });

  const accepted = [
    ["2026-05-20T12:00:00Z", "2026-05-20T12:00:00Z"],
    ["2026-05-20 12:00:00Z", "2026-05-20T12:00:00Z"],
    ["2026-05-20T12:00:00z", "2026-05-20T12:00:00Z"],
    ["2026-05-20T21:00:00.5+09:00", "2026-05-20T12:00:00.500Z"],
    ["2026-05-19T23:30:00-12:30", "2026-05-20T12:00:00Z"],
    ["2026-05-20T12:00:00-00:00", "2026-05-20T12:00:00Z"],
    ["2026-05-20T12:00:00+23:59", "2026-05-19T12:01:00Z"],
    ["2026-05-20T12:00:00.000Z", "2026-05-20T12:00:00Z"],
    ["2026-05-20T12:00:00.1Z", "2026-05-20T12:00:00.100Z"],
    ["2026-05-20T12:00:00.0001Z", "2026-05-20T12:00:00.000100Z"],
    ["2026-05-20T12:00:00.123456Z", "2026-05-20T12:00:00.123456Z"],
    ["2026-05-20T12:00:00.123456789Z", "2026-05-20T12:00:00.123456789Z"],
    ["2026-05-20T12:00:00.1234567891234Z", "2026-05-20T12:00:00.123456789Z"],
    ["2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"],
    ["2016-12-31T23:59:60Z", "2016-12-31T23:59:60Z"],
    ["2026-01-01T08:59:60.25+09:00", "2025-12-31T23:59:60.250Z"],
    ["9999-12-31T23:59:59+00:00", "9999-12-31T23:59:59Z"],
    ["0000-01-01T00:00:00-00:01", "0000-01-01T00:01:00Z"],
  ] as const;

  test.each(accepted)("%s is read as %s", (input, canonical) => {
    expect(accept(EventStartedSchema, started(input)).started_at).toBe(canonical);
  });

  const rejected = [
    ["a lowercase t separator", "2026-05-20t12:00:00Z"],
    ["an offset hour above 23", "2026-05-20T12:00:00+24:00"],
    ["an offset minute above 59", "2026-05-20T12:00:00+09:60"],
    ["February 30th", "2026-02-30T00:00:00Z"],
    ["February 29th of a common year", "2025-02-29T00:00:00Z"],
    ["a missing offset", "2026-05-20T12:00:00"],
    ["a UTC suffix", "2026-05-20T12:00:00 UTC"],
    ["an offset without colon", "2026-05-20T12:00:00+0900"],
    ["an unpadded month", "2026-5-20T12:00:00Z"],
    ["a five-digit year", "12026-05-20T12:00:00Z"],
    ["an instant past year 9999 once in UTC (chrono would write +10000)", "9999-12-31T23:59:59-23:59"],
    ["an instant before year 0 once in UTC (chrono would write -0001)", "0000-01-01T00:00:00+00:01"],
    ["hour 24", "2026-05-20T24:00:00Z"],
    ["minute 60", "2026-05-20T12:60:00Z"],
    ["second 61", "2026-05-20T12:00:61Z"],
    ["an empty fraction", "2026-05-20T12:00:00.Z"],
    ["a date only", "2026-05-20"],
    ["an empty string", ""],
    ["a Unix timestamp number", 1_779_278_400],
    ["a Date object", new Date("2026-05-20T12:00:00Z")],
  ] as const;

  test.each(rejected)("%s is rejected", (_, input) => {
    expect(rejectAt(EventStartedSchema, started(input), ["started_at"])).toMatch(/RFC 3339/);
  });

  test("timestamps that are plain Strings in Rust accept any string", () => {
    for (const text of ["yesterday", "", "2026-05-20t12:00:00Z", "2026-02-30T00:00:00Z"]) {
      expect(accept(FleetRunSchema, { ...fleetRun, created_at: text }).created_at).toBe(text);
      expect(accept(RunnerSchema, { ...runner, createdAt: text, lastHeartbeat: text }).lastHeartbeat).toBe(
        text,
      );
      expect(
        accept(FleetWorkerEventSchema, { ...envelope, timestamp: text, state: "queued" }).timestamp,
      ).toBe(text);
    }
  });

  test("timestamps that are plain Strings in Rust still reject non-strings", () => {
    rejectAt(FleetRunSchema, { ...fleetRun, created_at: 1_779_278_400 }, ["created_at"]);
    rejectAt(RunnerSchema, { ...runner, createdAt: new Date() }, ["createdAt"]);
  });
});

describe(cite("R10"), () => {
  test("any string is read as itself", () => {
    const odd = ["", " ", '\u0000\u001f"\\', "naïve ☃ 😀", "\uffff", "x".repeat(100_000), "__proto__"];
    for (const text of odd) {
      expect(accept(FleetRunSchema, { ...fleetRun, name: text }).name).toBe(text);
      expect(accept(JobTailReplySchema, { stdout: text }).stdout).toBe(text);
    }
  });

  test("a non-string is rejected", () => {
    for (const bad of [1, true, ["a"], { a: "b" }, 1n]) {
      expect(rejectAt(FleetRunSchema, { ...fleetRun, name: bad }, ["name"])).toMatch(
        /^expected a string, got/,
      );
    }
  });
});

describe(cite("R11"), () => {
  test("the known variants read as their names", () => {
    for (const known of ["log", "patch", "test_result", "report", "checkpoint", "receipt"]) {
      expect(accept(FleetArtifactKindSchema, known)).toBe(known);
    }
  });

  test("any other string is Other, kept verbatim", () => {
    for (const other of ["Log", "", "coverage.xml", "TEST_RESULT", " log"]) {
      expect(accept(FleetArtifactKindSchema, other)).toBe(other);
      expect(accept(FleetArtifactRefSchema, { kind: other, path: "/a" }).kind).toBe(other);
    }
    expect(
      accept(FleetTaskSpecSchema, { ...taskSpec, expected_artifacts: ["log", "coverage.xml"] })
        .expected_artifacts,
    ).toEqual(["log", "coverage.xml"]);
  });

  test("a non-string is rejected", () => {
    for (const bad of [1, null, true, ["log"], { kind: "log" }]) {
      expect(rejectAt(FleetArtifactKindSchema, bad, [])).toMatch(/^expected FleetArtifactKind \(a string\)/);
    }
    rejectAt(FleetArtifactRefSchema, { kind: 3, path: "/a" }, ["kind"]);
  });
});

describe(cite("R12"), () => {
  const payload = (value: unknown) => ({ ...eventRecord, payload: value });

  test("any JSON value is read as itself", () => {
    const values = [
      null,
      true,
      false,
      0,
      -1,
      2.5,
      1e300,
      "",
      "text",
      [],
      {},
      [1, "two", null, [false], { three: 3 }],
      { a: { b: [{ c: null }] }, "": 1, "10": "ten", __proto__x: 1 },
    ];
    for (const value of values) expect(accept(EventRecordSchema, payload(value)).payload).toEqual(value);
  });

  test("an integer bigint within −2^63..2^64−1 is kept exactly", () => {
    for (const exact of [-(2n ** 63n), 2n ** 64n - 1n, 2n ** 53n + 1n, 1_781_283_600_123_456_789n]) {
      const read = accept(EventRecordSchema, payload({ n: exact, list: [exact] })).payload as {
        n: bigint;
        list: bigint[];
      };
      expect(read.n).toBe(exact);
      expect(read.list[0]).toBe(exact);
    }
  });

  test(cite("D5", "an integer bigint beyond −2^63..2^64−1 is rejected"), () => {
    for (const beyond of [-(2n ** 63n) - 1n, 2n ** 64n, 2n ** 100n]) {
      expect(rejectAt(EventRecordSchema, payload({ n: beyond }), ["payload", "n"])).toMatch(/exact range/);
    }
  });

  test("126 nested levels are accepted", () => {
    expect(accept(EventRecordSchema, payload(nestedArrays(126))).payload).toEqual(nestedArrays(126));
    expect(accept(EventRecordSchema, payload(nestedObjects(126))).payload).toEqual(nestedObjects(126));
  });

  test("127 nested levels are rejected (serde_json's limit of 127 counts the EventRecord)", () => {
    for (const deep of [nestedArrays(127), nestedObjects(127)]) {
      const issues = reject(EventRecordSchema, payload(deep));
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path[0]).toBe("payload");
      expect(issues[0]?.message).toMatch(/127/);
    }
  });

  test("100,000 nested levels give a clean error, not a stack overflow", () => {
    const deep = nestedArrays(100_000);
    const result = EventRecordSchema.safeParse(payload(deep));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/nested deeper than .*127/);
    expect(() => EventRecordSchema.parse(payload(deep))).toThrow(/127/);
  });

  test("values that are not JSON are rejected, with a path to them", () => {
    const cases: [unknown, PropertyKey[]][] = [
      [
        [1, undefined],
        ["payload", 1],
      ],
      [{ a: undefined }, ["payload", "a"]],
      [{ f: () => 1 }, ["payload", "f"]],
      [[new Date(0)], ["payload", 0]],
      [{ a: [1, Number.NaN] }, ["payload", "a", 1]],
      [{ a: Number.POSITIVE_INFINITY }, ["payload", "a"]],
      [{ s: Symbol("s") }, ["payload", "s"]],
      [{ m: new Map() }, ["payload", "m"]],
      [Number.NaN, ["payload"]],
      [() => 1, ["payload"]],
    ];
    for (const [value, path] of cases) rejectAt(EventRecordSchema, payload(value), path);
  });

  test("Values elsewhere follow the same rules", () => {
    const spec = accept(FleetTaskSpecSchema, {
      ...taskSpec,
      metadata: { owner: "me", weights: [0.5, 2n ** 60n] },
    });
    expect(spec.metadata).toEqual({ owner: "me", weights: [0.5, 2n ** 60n] });
    rejectAt(FleetTaskSpecSchema, { ...taskSpec, metadata: { bad: undefined } }, ["metadata", "bad"]);
    expect(
      accept(ControlCommandResultSchema, { ...commandResult, state_delta: [1, { a: "b" }] }).state_delta,
    ).toEqual([1, { a: "b" }]);
    rejectAt(ControlCommandResultSchema, { ...commandResult, state_delta: { when: new Date() } }, [
      "state_delta",
      "when",
    ]);
    rejectAt(FleetWorkerEventSchema, { ...envelope, state: "queued", extra: { n: 2n ** 64n } }, [
      "extra",
      "n",
    ]);
  });
});

describe(cite("R13", "shapes serde accepts that fleetwire refuses"), () => {
  test(cite("D7", "a struct is an object, not a positional array"), () => {
    expect(accept(JobTailRequestSchema, { result_id: "abc" })).toEqual({ result_id: "abc" });
    expect(rejectAt(JobTailRequestSchema, ["abc"], [])).toMatch(
      /expected struct JobTailRequest \(a JSON object\), got array/,
    );
    rejectAt(FleetRetryPolicySchema, [5, 1, 60, 2], []);
    rejectAt(FleetRunSchema, ["run-1", "n", "running"], []);
  });

  test(cite("D8", 'a unit variant is its name, not {"Variant": null}'), () => {
    expect(accept(RunnerStatusSchema, "healthy")).toBe("healthy");
    expect(rejectAt(RunnerStatusSchema, { healthy: null }, [])).toMatch(
      /expected one of `healthy`.*, got object/,
    );
    rejectAt(FleetRunStatusSchema, { running: null }, []);
    rejectAt(RunnerSchema, { ...runner, derivedStatus: { healthy: null } }, ["derivedStatus"]);
  });
});
