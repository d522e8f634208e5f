/**
 * The 13 `#[test]`s of the seeds (events: 1, jobtail: 4, fleet: 8), one to one.
 *
 * Each test reads the JSON the Rust test produces (what `serde_json::to_string`
 * writes for the Rust value, checked against real serde) or consumes, and
 * asserts on what `Schema.parse` returns the same things the Rust test asserts
 * on what `serde_json::from_str` returns. Where the Rust test also asserts on
 * serialized text, the TS test checks the parse side; the writing side belongs
 * to the codec (encode: see test/codec).
 */
import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  EventStartedSchema,
  FleetAlertPolicySchema,
  FleetArtifactKindSchema,
  FleetArtifactRefSchema,
  FleetReceiptSchema,
  FleetRetryPolicySchema,
  FleetRunSchema,
  FleetWorkerEventPayloadSchema,
  FleetWorkerEventSchema,
  JobTailReplySchema,
  JobTailRequestSchema,
} from "../../src/index.js";

/** `serde_json::from_str` for a schema: the text through `JSON.parse`, then the schema. */
const fromStr = <S extends z.ZodType>(schema: S, json: string): z.output<S> => schema.parse(JSON.parse(json));

describe("kanade_shared/wire/event.rs", () => {
  test("event_started_round_trips_through_json", () => {
    // `Utc.with_ymd_and_hms(2026, 5, 20, 12, 0, 0)`, written by chrono as RFC 3339 in UTC.
    const t = "2026-05-20T12:00:00Z";
    const e = {
      result_id: "result-uuid-1",
      request_id: "req-1",
      exec_id: "exec-uuid-1",
      pc_id: "minipc",
      started_at: t,
      manifest_id: "inventory-hw",
      version: "1.0.0",
    };
    const json =
      '{"result_id":"result-uuid-1","request_id":"req-1","exec_id":"exec-uuid-1","pc_id":"minipc",' +
      '"started_at":"2026-05-20T12:00:00Z","manifest_id":"inventory-hw","version":"1.0.0"}';
    const back = fromStr(EventStartedSchema, json);
    expect(back.result_id).toBe(e.result_id);
    expect(back.request_id).toBe(e.request_id);
    expect(back.exec_id).toBe(e.exec_id);
    expect(back.pc_id).toBe(e.pc_id);
    expect(back.started_at).toBe(t);
    expect(back.manifest_id).toBe(e.manifest_id);
    expect(back.version).toBe(e.version);
  });
});

describe("kanade_shared/wire/jobtail.rs", () => {
  test("request_round_trips", () => {
    const back = fromStr(JobTailRequestSchema, '{"result_id":"abc-123"}');
    expect(back.result_id).toBe("abc-123");
  });

  test("request_missing_field_defaults_empty", () => {
    const req = fromStr(JobTailRequestSchema, "{}");
    expect(req.result_id).toBe("");
  });

  test("reply_defaults_are_not_found", () => {
    // `JobTailReply::default()`: the struct is `#[serde(default)]`, so `{}` reads as exactly that value.
    const reply = fromStr(JobTailReplySchema, "{}");
    expect(reply.found).toBe(false);
    expect(reply.running).toBe(false);
    expect(reply.stdout).toBe("");
  });

  test("reply_round_trips", () => {
    const json =
      '{"found":true,"running":true,"stdout":"hello","stderr":"","stdout_truncated":true,"stderr_truncated":false}';
    const back = fromStr(JobTailReplySchema, json);
    expect(back.found).toBe(true);
    expect(back.running).toBe(true);
    expect(back.stdout).toBe("hello");
    expect(back.stdout_truncated).toBe(true);
  });
});

describe("crates/protocol/src/fleet.rs", () => {
  test("fleet_run_round_trip", () => {
    // description and alert_policy (None, skipped) are left out; timeout_seconds is written.
    const json =
      '{"id":"run-001","name":"dogfood smoke","status":"running","task_specs":[{"id":"task-1","name":"lint",' +
      '"instructions":"run cargo clippy","expected_artifacts":["log"],"scorer":{"kind":"exit_code"},' +
      '"retry_policy":{"max_attempts":3,"initial_backoff_seconds":5,"max_backoff_seconds":300,"backoff_multiplier":2},' +
      '"timeout_seconds":300,"metadata":{}}],"worker_specs":[],"labels":{},"created_at":"2026-06-12T17:00:00Z"}';
    const back = fromStr(FleetRunSchema, json);
    expect(back.id).toBe("run-001");
    expect(back.status).toBe("running");
    expect(back.task_specs).toHaveLength(1);
  });

  test("worker_event_lifecycle_round_trip", () => {
    const json =
      "[" +
      '{"seq":1,"run_id":"run-002","worker_id":"worker-a","task_id":"task-1","timestamp":"2026-06-12T17:01:00Z","state":"queued"},' +
      '{"seq":2,"run_id":"run-002","worker_id":"worker-a","task_id":"task-1","timestamp":"2026-06-12T17:01:05Z",' +
      '"state":"running_tool","tool":"bash","call_id":"call-1"},' +
      '{"seq":3,"run_id":"run-002","worker_id":"worker-a","task_id":"task-1","timestamp":"2026-06-12T17:02:00Z",' +
      '"state":"completed","exit_code":0,"summary":"ok"}' +
      "]";
    const back = fromStr(z.array(FleetWorkerEventSchema), json);
    expect(back).toHaveLength(3);
    expect(back[0]?.state).toBe("queued"); // matches!(back[0].payload, Queued)
    expect(back[2]?.state).toBe("completed"); // matches!(back[2].payload, Completed { .. })
  });

  test("alert_policy_round_trip", () => {
    // The Rust test also checks the written text holds "kind":"slack" (encode: see test/codec);
    // the parse side: the channel's tag reads back as the slack variant.
    const json =
      '{"channels":[{"kind":"slack","webhook_url":"https://hooks.slack.com/test"}],"after_attempts":2,"after_minutes_stale":10}';
    const back = fromStr(FleetAlertPolicySchema, json);
    expect(back.channels[0]?.kind).toBe("slack");
    expect(back.after_attempts).toBe(2);
  });

  test("artifact_other_kind_round_trip", () => {
    const json =
      '{"kind":"coverage.xml","path":"/tmp/coverage.xml","checksum":"sha256:abc","mime_type":"application/xml","size_bytes":1024}';
    const back = fromStr(FleetArtifactRefSchema, json);
    expect(back.kind).toBe("coverage.xml"); // FleetArtifactKind::Other("coverage.xml")
    expect(back.size_bytes).toBe(1024);
  });

  test("artifact_kind_uses_flat_string_json", () => {
    // The Rust test asserts the written strings (encode: see test/codec); each is read back here.
    expect(fromStr(FleetArtifactKindSchema, '"test_result"')).toBe("test_result");
    expect(fromStr(FleetArtifactKindSchema, '"coverage.xml"')).toBe("coverage.xml");
  });

  test("retry_policy_missing_fields_use_nonzero_defaults", () => {
    // FleetRetryPolicy::default()
    const defaults = {
      max_attempts: 3,
      initial_backoff_seconds: 5,
      max_backoff_seconds: 300,
      backoff_multiplier: 2,
    };
    expect(FleetRetryPolicySchema.parse({})).toEqual(defaults);

    const policy = FleetRetryPolicySchema.parse({ max_attempts: 5 });
    expect(policy.max_attempts).toBe(5);
    expect(policy.initial_backoff_seconds).toBe(defaults.initial_backoff_seconds);
    expect(policy.max_backoff_seconds).toBe(defaults.max_backoff_seconds);
    expect(policy.backoff_multiplier).toBe(defaults.backoff_multiplier);
  });

  test("sparse_worker_events_omit_absent_optional_fields", () => {
    // The Rust test asserts what `to_value` writes (encode: see test/codec). The parse side of that
    // same JSON: the sparse payloads read back with no keys for the absent optional fields.
    const heartbeat = FleetWorkerEventPayloadSchema.parse({ state: "heartbeat" });
    expect(heartbeat).toStrictEqual({ state: "heartbeat" });
    expect(Object.keys(heartbeat)).toEqual(["state"]);

    const completed = FleetWorkerEventPayloadSchema.parse({ state: "completed" });
    expect(completed).toStrictEqual({ state: "completed" });
    expect(Object.keys(completed)).toEqual(["state"]);
  });

  test("receipt_round_trip", () => {
    const json =
      '{"run_id":"run-003","task_id":"task-1","worker_id":"worker-b","completed_at":"2026-06-12T17:03:00Z",' +
      '"result":"pass","artifacts":[],"score":{"value":0.95,"max":1.0}}';
    const back = fromStr(FleetReceiptSchema, json);
    expect(back.result).toBe("pass");
    expect(back.score?.value).toBe(0.95);
  });
});
