/**
 * Type-level tests: the inferred application types (`Xxx`, z.output) and wire
 * types (`XxxWire`, z.input) have the shapes a TypeScript user expects from the
 * Rust declarations.
 */
import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type {
  FleetAlertChannelSchema,
  FleetHostSpecSchema,
  FleetHostSpecSsh,
  FleetScorerSpec,
  FleetScorerSpecSchema,
  FleetWorkerEventEnvelope,
  FleetWorkerEventHeartbeat,
  FleetWorkerEventPayloadQueued,
  FleetWorkerEventPayloadSchema,
  FleetWorkerEventSchema,
  ControlCommandResult,
  ControlCommandResultWire,
  DashboardState,
  DashboardStateWire,
  EventRecord,
  EventRecordWire,
  FleetAlertChannel,
  FleetArtifactKind,
  FleetArtifactKindWire,
  FleetHostSpec,
  FleetInboxEntry,
  FleetInboxEntryWire,
  FleetRetryPolicy,
  FleetRetryPolicyWire,
  FleetRun,
  FleetRunWire,
  FleetWorkerEvent,
  FleetWorkerEventPayload,
  FleetWorkerEventWire,
  JobTailReply,
  JobTailReplyWire,
  JsonValue,
  LogRecord,
  LogRecordWire,
  Runner,
  RunnerStatus,
  RunnerWire,
  SupervisorNode,
  SupervisorNodeWire,
  WireInput,
  WireTypeName,
  WireValue,
} from "../../src/index.js";

/** `true` when key `K` of `T` may be left out. */
// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is the test for an optional key
type IsOptionalKey<T, K extends keyof T> = {} extends Pick<T, K> ? true : false;

describe("u128 (the *_unix_nanos fields)", () => {
  test("is a bigint in the application type", () => {
    expectTypeOf<EventRecord["occurred_at_unix_nanos"]>().toEqualTypeOf<bigint>();
    expectTypeOf<LogRecord["occurred_at_unix_nanos"]>().toEqualTypeOf<bigint>();
    expectTypeOf<DashboardState["generated_at_unix_nanos"]>().toEqualTypeOf<bigint>();
    expectTypeOf<ControlCommandResult["completed_at_unix_nanos"]>().toEqualTypeOf<bigint | null>();
  });

  test("is a bigint or a number on the wire", () => {
    expectTypeOf<EventRecordWire["occurred_at_unix_nanos"]>().toEqualTypeOf<bigint | number>();
    expectTypeOf<LogRecordWire["occurred_at_unix_nanos"]>().toEqualTypeOf<bigint | number>();
    expectTypeOf<DashboardStateWire["generated_at_unix_nanos"]>().toEqualTypeOf<bigint | number>();
    expectTypeOf<ControlCommandResultWire["completed_at_unix_nanos"]>().toEqualTypeOf<
      bigint | number | null | undefined
    >();
  });

  test("other integers are numbers", () => {
    expectTypeOf<EventRecord["sequence"]>().toEqualTypeOf<number>();
    expectTypeOf<FleetInboxEntry["priority"]>().toEqualTypeOf<number>();
  });
});

describe("plain Option<T> (written as null when None)", () => {
  test("is T | null under a required key in the application type", () => {
    expectTypeOf<SupervisorNode["child_id"]>().toEqualTypeOf<string | null>();
    expectTypeOf<IsOptionalKey<SupervisorNode, "child_id">>().toEqualTypeOf<false>();
    expectTypeOf<LogRecord["sequence"]>().toEqualTypeOf<number | null>();
    expectTypeOf<IsOptionalKey<LogRecord, "sequence">>().toEqualTypeOf<false>();
    expectTypeOf<FleetInboxEntry["lease_deadline"]>().toEqualTypeOf<string | null>();
    expectTypeOf<IsOptionalKey<FleetInboxEntry, "lease_deadline">>().toEqualTypeOf<false>();
  });

  test("is an optional key on the wire, null allowed", () => {
    expectTypeOf<IsOptionalKey<SupervisorNodeWire, "child_id">>().toEqualTypeOf<true>();
    expectTypeOf<SupervisorNodeWire["child_id"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<IsOptionalKey<LogRecordWire, "sequence">>().toEqualTypeOf<true>();
    expectTypeOf<IsOptionalKey<FleetInboxEntryWire, "lease_deadline">>().toEqualTypeOf<true>();
  });
});

describe("Option<T> with skip_serializing_if (left out when None)", () => {
  test("is an optional key in the application type", () => {
    expectTypeOf<Pick<Runner, "hostname">>().toEqualTypeOf<{ hostname?: string | undefined }>();
    expectTypeOf<Pick<Runner, "port">>().toEqualTypeOf<{ port?: number | undefined }>();
    expectTypeOf<Pick<FleetRun, "updated_at">>().toEqualTypeOf<{ updated_at?: string | undefined }>();
    expectTypeOf<IsOptionalKey<Runner, "uiError">>().toEqualTypeOf<true>();
  });

  test("is an optional key on the wire, null allowed", () => {
    expectTypeOf<IsOptionalKey<RunnerWire, "hostname">>().toEqualTypeOf<true>();
    expectTypeOf<RunnerWire["hostname"]>().toEqualTypeOf<string | null | undefined>();
  });
});

describe("non-Option fields with #[serde(default)]", () => {
  test("are required in the application type", () => {
    expectTypeOf<IsOptionalKey<FleetRun, "task_specs">>().toEqualTypeOf<false>();
    expectTypeOf<IsOptionalKey<FleetRun, "labels">>().toEqualTypeOf<false>();
    expectTypeOf<FleetRun["labels"]>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<IsOptionalKey<Runner, "capabilities">>().toEqualTypeOf<false>();
    expectTypeOf<Runner["capabilities"]>().toEqualTypeOf<string[]>();
    expectTypeOf<IsOptionalKey<FleetRetryPolicy, "max_attempts">>().toEqualTypeOf<false>();
    expectTypeOf<FleetRetryPolicy["max_attempts"]>().toEqualTypeOf<number>();
    expectTypeOf<IsOptionalKey<FleetInboxEntry, "attempts">>().toEqualTypeOf<false>();
    expectTypeOf<IsOptionalKey<JobTailReply, "found">>().toEqualTypeOf<false>();
    expectTypeOf<JobTailReply["found"]>().toEqualTypeOf<boolean>();
  });

  test("are optional on the wire", () => {
    expectTypeOf<IsOptionalKey<FleetRunWire, "task_specs">>().toEqualTypeOf<true>();
    expectTypeOf<IsOptionalKey<FleetRunWire, "labels">>().toEqualTypeOf<true>();
    expectTypeOf<IsOptionalKey<RunnerWire, "capabilities">>().toEqualTypeOf<true>();
    expectTypeOf<IsOptionalKey<FleetRetryPolicyWire, "max_attempts">>().toEqualTypeOf<true>();
    expectTypeOf<IsOptionalKey<FleetInboxEntryWire, "attempts">>().toEqualTypeOf<true>();
    expectTypeOf<IsOptionalKey<JobTailReplyWire, "found">>().toEqualTypeOf<true>();
    expectTypeOf<JobTailReplyWire>().toEqualTypeOf<{
      found?: boolean | undefined;
      running?: boolean | undefined;
      stdout?: string | undefined;
      stderr?: string | undefined;
      stdout_truncated?: boolean | undefined;
      stderr_truncated?: boolean | undefined;
    }>();
  });

  test("required fields stay required on the wire", () => {
    expectTypeOf<IsOptionalKey<FleetRunWire, "name">>().toEqualTypeOf<false>();
    expectTypeOf<IsOptionalKey<RunnerWire, "userId">>().toEqualTypeOf<false>();
    expectTypeOf<IsOptionalKey<EventRecordWire, "payload">>().toEqualTypeOf<false>();
  });
});

describe("discriminated unions narrow on their tag", () => {
  test("FleetWorkerEvent by state", () => {
    expectTypeOf<FleetWorkerEvent>().not.toHaveProperty("cpu_percent");
    const event = {} as FleetWorkerEvent;
    if (event.state === "heartbeat") {
      expectTypeOf(event).toHaveProperty("cpu_percent");
      expectTypeOf(event.cpu_percent).toEqualTypeOf<number | undefined>();
      expectTypeOf(event.memory_mb).toEqualTypeOf<number | undefined>();
      expectTypeOf(event.seq).toEqualTypeOf<number>();
      expectTypeOf(event.extra).toEqualTypeOf<Record<string, JsonValue>>();
    }
    if (event.state === "artifact") {
      expectTypeOf(event.path).toEqualTypeOf<string>();
      expectTypeOf(event.size_bytes).toEqualTypeOf<number | null>();
    }
    if (event.state === "failed") {
      expectTypeOf(event.recoverable).toEqualTypeOf<boolean>();
    }
  });

  test("FleetWorkerEvent's tag lists every payload variant", () => {
    expectTypeOf<FleetWorkerEvent["state"]>().toEqualTypeOf<FleetWorkerEventPayload["state"]>();
    expectTypeOf<FleetWorkerEventPayload["state"]>().toEqualTypeOf<
      | "queued"
      | "leased"
      | "starting"
      | "running"
      | "model_wait"
      | "running_tool"
      | "heartbeat"
      | "artifact"
      | "completed"
      | "failed"
      | "cancelled"
      | "interrupted"
      | "stale"
      | "restarted"
      | "escalated"
    >();
    expectTypeOf<FleetWorkerEventWire>().toHaveProperty("state");
  });

  test("FleetHostSpec by kind", () => {
    expectTypeOf<FleetHostSpec>().not.toHaveProperty("host");
    const host = {} as FleetHostSpec;
    if (host.kind === "ssh") {
      expectTypeOf(host.host).toEqualTypeOf<string>();
      expectTypeOf(host.port).toEqualTypeOf<number | undefined>();
    }
    if (host.kind === "docker") {
      expectTypeOf(host.args).toEqualTypeOf<string[]>();
    }
    if (host.kind === "local") {
      expectTypeOf(host).toEqualTypeOf<{ kind: "local" }>();
    }
  });

  test("each variant is an interface of its own, and the union is exactly what the schema parses to", () => {
    expectTypeOf<Extract<FleetHostSpec, { kind: "ssh" }>>().toEqualTypeOf<FleetHostSpecSsh>();
    expectTypeOf<FleetWorkerEventHeartbeat["cpu_percent"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<FleetWorkerEventHeartbeat["seq"]>().toEqualTypeOf<number>();
    expectTypeOf<FleetWorkerEventHeartbeat>().toExtend<FleetWorkerEventEnvelope>();
    expectTypeOf<FleetWorkerEventHeartbeat>().not.toExtend<FleetWorkerEventPayloadQueued>();
    expectTypeOf<z.output<typeof FleetHostSpecSchema>>().toEqualTypeOf<FleetHostSpec>();
    expectTypeOf<z.output<typeof FleetScorerSpecSchema>>().toEqualTypeOf<FleetScorerSpec>();
    expectTypeOf<z.output<typeof FleetAlertChannelSchema>>().toEqualTypeOf<FleetAlertChannel>();
    expectTypeOf<z.output<typeof FleetWorkerEventPayloadSchema>>().toEqualTypeOf<FleetWorkerEventPayload>();
    expectTypeOf<z.output<typeof FleetWorkerEventSchema>>().toEqualTypeOf<FleetWorkerEvent>();
    expectTypeOf<z.input<typeof FleetWorkerEventSchema>>().toEqualTypeOf<FleetWorkerEventWire>();
  });

  test("FleetAlertChannel by kind", () => {
    const channel = {} as FleetAlertChannel;
    if (channel.kind === "webhook") expectTypeOf(channel.secret).toEqualTypeOf<string | null>();
    if (channel.kind === "pager_duty") expectTypeOf(channel.routing_key).toEqualTypeOf<string>();
  });
});

describe("enums", () => {
  test("unit enums are unions of their wire names", () => {
    expectTypeOf<RunnerStatus>().toEqualTypeOf<"healthy" | "degraded" | "offline" | "starting" | "errored">();
  });

  test("FleetArtifactKind takes the known names and any other string", () => {
    expectTypeOf<"log">().toExtend<FleetArtifactKind>();
    expectTypeOf<"test_result">().toExtend<FleetArtifactKind>();
    expectTypeOf<"coverage.xml">().toExtend<FleetArtifactKind>();
    expectTypeOf<string>().toExtend<FleetArtifactKind>();
    expectTypeOf<FleetArtifactKind>().toExtend<string>();
    expectTypeOf<string>().toExtend<FleetArtifactKindWire>();
    expectTypeOf<number>().not.toExtend<FleetArtifactKind>();
  });
});

describe("the registry's types", () => {
  test("WireValue<N> is the application type and WireInput<N> the wire type", () => {
    expectTypeOf<WireValue<"FleetRun">>().toEqualTypeOf<FleetRun>();
    expectTypeOf<WireInput<"FleetRun">>().toEqualTypeOf<FleetRunWire>();
    expectTypeOf<WireValue<"Runner">>().toEqualTypeOf<Runner>();
    expectTypeOf<WireValue<"EventRecord">>().toEqualTypeOf<EventRecord>();
  });

  test("WireTypeName is the Rust names", () => {
    expectTypeOf<"FleetWorkerEvent">().toExtend<WireTypeName>();
    expectTypeOf<"DashboardError">().toExtend<WireTypeName>();
    expectTypeOf<"fleet_worker_event">().not.toExtend<WireTypeName>();
  });

  test("serde_json::Value is JsonValue, bigint included", () => {
    expectTypeOf<EventRecord["payload"]>().toEqualTypeOf<JsonValue>();
    expectTypeOf<bigint>().toExtend<JsonValue>();
    expectTypeOf<undefined>().not.toExtend<JsonValue>();
  });
});
