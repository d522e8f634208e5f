/**
 * The writing rules (W…, test/support/rules.ts): every rule, with the exact bytes serde_json writes.
 * Expected strings were checked against the serde oracle (test/rust-oracle,
 * `check`), which re-encodes them unchanged.
 */
import { describe, expect, test } from "vitest";
import {
  decodeJson,
  encodeJson,
  type RunnerWire,
  type SupervisorNodeWire,
  WireError,
  type WireTypeName,
} from "../../src/index.js";
import { objectFrom } from "../support/arbitraries.js";
import { cite } from "../support/rules.js";
import { compareUtf8, hasSurrogate, sortUtf8 } from "../../src/serde/key-order.js";

/** The WireError `f` throws (failing the test if it returns or throws anything else). */
function wireErrorOf(f: () => unknown): WireError {
  let thrown: unknown;
  try {
    const bytes = f();
    expect.fail(`expected a WireError, got bytes ${String(bytes).slice(0, 200)}`);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(WireError);
  return thrown as WireError;
}

/** Decode canonical text and write it back: serde's bytes must survive unchanged. */
function reencode(type: WireTypeName, text: string): string {
  return encodeJson(type, decodeJson(type, text) as never);
}

const envelope = {
  seq: 7,
  run_id: "run-1",
  worker_id: "w-1",
  task_id: "t-1",
  timestamp: "2026-05-20T12:00:00Z",
};
const envelopeText =
  '{"seq":7,"run_id":"run-1","worker_id":"w-1","task_id":"t-1","timestamp":"2026-05-20T12:00:00Z"';

const node: SupervisorNodeWire = {
  node_id: "n",
  child_id: null,
  path: "/",
  name: "x",
  kind: "child_task",
  tags: [],
  criticality: "critical",
  state_summary: "ok",
  diagnostics: {},
};
/** A SupervisorNode's bytes; `name` is the name's JSON text. */
const nodeText = (diagnostics: string, name = '"x"') =>
  `{"node_id":"n","child_id":null,"path":"/","name":${name},"kind":"child_task","tags":[],"criticality":"critical","state_summary":"ok","diagnostics":${diagnostics}}`;

const record = {
  target_id: "t",
  sequence: 1,
  correlation_id: "c",
  event_type: "e",
  severity: "s",
  target_path: "p",
  child_id: null,
  occurred_at_unix_nanos: 1_800_000_000_123_456_789n,
  config_version: "v",
  payload: null as unknown,
};
const recordPrefix =
  '{"target_id":"t","sequence":1,"correlation_id":"c","event_type":"e","severity":"s","target_path":"p","child_id":null,' +
  '"occurred_at_unix_nanos":1800000000123456789,"config_version":"v","payload":';
const recordText = (payload: string) => `${recordPrefix}${payload}}`;
const encodeRecord = (payload: unknown) => encodeJson("EventRecord", { ...record, payload } as never);

/** `value` with its keys inserted in the reverse order, so only the encoder can put them right. */
function reversed<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

describe(cite("W1", "no whitespace, fields in declaration order, the flatten point"), () => {
  test("a struct is written in declaration order whatever order the object's keys are in", () => {
    const spec = reversed({
      id: "t1",
      name: "n",
      description: "d",
      instructions: "run it",
      expected_artifacts: ["log", "coverage.xml"],
      scorer: reversed({ kind: "regex_match" as const, path: "/log", pattern: "ok" }),
      retry_policy: reversed({
        max_attempts: 4,
        initial_backoff_seconds: 1,
        max_backoff_seconds: 60,
        backoff_multiplier: 3,
      }),
      alert_policy: reversed({
        channels: [reversed({ kind: "webhook" as const, url: "https://h", secret: null })],
        after_attempts: null,
        after_minutes_stale: 5,
      }),
      timeout_seconds: 30,
      metadata: {},
    });
    expect(encodeJson("FleetTaskSpec", spec)).toBe(
      '{"id":"t1","name":"n","description":"d","instructions":"run it","expected_artifacts":["log","coverage.xml"],' +
        '"scorer":{"kind":"regex_match","path":"/log","pattern":"ok"},' +
        '"retry_policy":{"max_attempts":4,"initial_backoff_seconds":1,"max_backoff_seconds":60,"backoff_multiplier":3},' +
        '"alert_policy":{"channels":[{"kind":"webhook","url":"https://h","secret":null}],"after_attempts":null,"after_minutes_stale":5},' +
        '"timeout_seconds":30,"metadata":{}}',
    );
  });

  test("camelCase structs (Runner, RunnerUiError, RunnerCrash) in declaration order", () => {
    const runner = reversed({
      id: "r1",
      userId: "u1",
      name: "box",
      hostname: "h",
      ipAddress: "10.0.0.1",
      port: 8080,
      os: "linux",
      osVersion: "6.1",
      capabilities: ["python"],
      derivedStatus: "healthy" as const,
      wsConnected: true,
      lastHeartbeat: "2026-01-01T00:00:00Z",
      uiError: reversed({ kind: "build_failed", message: "m", detail: "d", reportedAt: "t" }),
      recentCrash: reversed({
        filePath: "/c",
        panicMessage: "p",
        panicLocation: "l",
        thread: "main",
        reportedAt: "t",
      }),
      createdAt: "c",
    });
    expect(encodeJson("Runner", runner)).toBe(
      '{"id":"r1","userId":"u1","name":"box","hostname":"h","ipAddress":"10.0.0.1","port":8080,"os":"linux","osVersion":"6.1",' +
        '"capabilities":["python"],"derivedStatus":"healthy","wsConnected":true,"lastHeartbeat":"2026-01-01T00:00:00Z",' +
        '"uiError":{"kind":"build_failed","message":"m","detail":"d","reportedAt":"t"},' +
        '"recentCrash":{"filePath":"/c","panicMessage":"p","panicLocation":"l","thread":"main","reportedAt":"t"},"createdAt":"c"}',
    );
  });

  // Every FleetWorkerEvent variant with all its fields: envelope, then `state` and the
  // variant's fields in declaration order, then `extra`.
  const variants: [name: string, fields: Record<string, unknown>, wire: string][] = [
    ["queued", {}, ""],
    ["leased", { lease_expires_at: "x" }, ',"lease_expires_at":"x"'],
    ["starting", {}, ""],
    ["running", {}, ""],
    ["model_wait", { model: "m" }, ',"model":"m"'],
    ["running_tool", { tool: "bash", call_id: "c-9" }, ',"tool":"bash","call_id":"c-9"'],
    ["heartbeat", { cpu_percent: 12.5, memory_mb: 512 }, ',"cpu_percent":12.5,"memory_mb":512'],
    [
      "artifact",
      {
        kind: "patch",
        path: "/out/p.diff",
        checksum: "sha256:ab",
        mime_type: "text/x-diff",
        size_bytes: 1024,
      },
      ',"kind":"patch","path":"/out/p.diff","checksum":"sha256:ab","mime_type":"text/x-diff","size_bytes":1024',
    ],
    ["completed", { exit_code: -1, summary: "s" }, ',"exit_code":-1,"summary":"s"'],
    ["failed", { reason: "r", recoverable: true }, ',"reason":"r","recoverable":true'],
    ["cancelled", { cancelled_by: "u" }, ',"cancelled_by":"u"'],
    ["interrupted", { signal: "SIGTERM" }, ',"signal":"SIGTERM"'],
    ["stale", { last_heartbeat_at: "h" }, ',"last_heartbeat_at":"h"'],
    ["restarted", { restart_count: 3 }, ',"restart_count":3'],
    ["escalated", { channel: "slack", alert_id: "a" }, ',"channel":"slack","alert_id":"a"'],
  ];

  test.each(variants)(
    "FleetWorkerEvent %s: seq, run_id, worker_id, task_id, timestamp, state, variant fields, extra",
    (state, fields, wire) => {
      // Keys deliberately scrambled: extra first, variant fields, the tag, then the envelope backwards.
      const value = {
        extra: objectFrom([
          ["z", 1],
          ["a", []],
        ]),
        ...reversed(fields),
        state,
        ...reversed(envelope),
      };
      const expected = `${envelopeText},"state":"${state}"${wire},"extra":{"a":[],"z":1}}`;
      expect(encodeJson("FleetWorkerEvent", value as never)).toBe(expected);
      expect(reencode("FleetWorkerEvent", expected)).toBe(expected);
    },
  );

  test("the artifact variant puts the FleetArtifactRef's fields inline, never nested", () => {
    const text = encodeJson("FleetWorkerEvent", {
      ...envelope,
      state: "artifact",
      kind: "report",
      path: "/r",
      size_bytes: null,
      extra: {},
    });
    expect(text).toBe(`${envelopeText},"state":"artifact","kind":"report","path":"/r","size_bytes":null}`);
    expect(text).not.toContain('"artifact":{');
  });

  test("FleetWorkerEventPayload on its own: the tag first, then the fields", () => {
    expect(encodeJson("FleetWorkerEventPayload", { summary: "done", exit_code: 0, state: "completed" })).toBe(
      '{"state":"completed","exit_code":0,"summary":"done"}',
    );
  });

  test("unit enums are their variant name; a unit variant of a tagged enum is just its tag", () => {
    expect(encodeJson("SupervisorNodeKind", "root_supervisor")).toBe('"root_supervisor"');
    expect(encodeJson("FleetHostSpec", { kind: "local" })).toBe('{"kind":"local"}');
    expect(encodeJson("FleetScorerSpec", { kind: "exit_code" })).toBe('{"kind":"exit_code"}');
    expect(encodeJson("FleetAlertChannel", { severity: "high", routing_key: "k", kind: "pager_duty" })).toBe(
      '{"kind":"pager_duty","routing_key":"k","severity":"high"}',
    );
  });

  test("a newtype is its inner string; the open FleetArtifactKind is the flat string, Other verbatim", () => {
    expect(encodeJson("FleetRunId", "run \u{1f600}")).toBe('"run \u{1f600}"');
    expect(encodeJson("FleetArtifactKind", "test_result")).toBe('"test_result"');
    expect(encodeJson("FleetArtifactKind", "coverage.xml")).toBe('"coverage.xml"');
    expect(encodeJson("FleetArtifactKind", "Log")).toBe('"Log"');
    expect(encodeJson("FleetArtifactKind", "")).toBe('""');
  });

  test("unknown keys on an open struct are dropped, not written", () => {
    expect(encodeJson("FleetScore", { value: 1, notes: "n", surplus: true } as never)).toBe(
      '{"value":1.0,"notes":"n"}',
    );
  });
});

describe(
  cite("W2", "None is null or left out per field; extra omitted when empty; defaults always written"),
  () => {
    const nullFields: [type: WireTypeName, value: unknown, wire: string][] = [
      ["SupervisorNode", { ...node, child_id: undefined }, nodeText("{}")],
      ["EventRecord", { ...record, child_id: undefined }, recordText("null")],
      [
        "LogRecord",
        { target_id: "t", severity: "info", message: "m", fields: {}, occurred_at_unix_nanos: 5n },
        '{"target_id":"t","sequence":null,"correlation_id":null,"severity":"info","message":"m","fields":{},"occurred_at_unix_nanos":5}',
      ],
      ["FleetAlertChannel", { kind: "webhook", url: "u" }, '{"kind":"webhook","url":"u","secret":null}'],
      [
        "FleetTaskSpec",
        { id: "t", name: "n", instructions: "i" },
        '{"id":"t","name":"n","instructions":"i","expected_artifacts":[],"timeout_seconds":null,"metadata":{}}',
      ],
      [
        "FleetInboxEntry",
        { run_id: "r", task_id: "t", priority: -5, enqueued_at: "e", lease_deadline: null },
        '{"run_id":"r","task_id":"t","priority":-5,"enqueued_at":"e","lease_deadline":null,"attempts":0}',
      ],
      ["FleetArtifactRef", { kind: "log", path: "/l" }, '{"kind":"log","path":"/l","size_bytes":null}'],
      [
        "DashboardError",
        { code: "c", stage: "s", message: "m", retryable: false },
        '{"code":"c","stage":"s","target_id":null,"message":"m","retryable":false}',
      ],
      ["ControlCommandTarget", {}, '{"child_path":null,"child_manifest":null}'],
      [
        "ControlCommandResult",
        { command_id: "c", target_id: "t", accepted: true, status: "ok" },
        '{"command_id":"c","target_id":"t","accepted":true,"status":"ok","error":null,"state_delta":null,"completed_at_unix_nanos":null}',
      ],
      ["FleetAlertPolicy", {}, '{"channels":[],"after_attempts":null,"after_minutes_stale":null}'],
      [
        "FleetReceipt",
        { run_id: "r", task_id: "t", worker_id: "w", completed_at: "c", result: "pass" },
        '{"run_id":"r","task_id":"t","worker_id":"w","completed_at":"c","result":"pass","artifacts":[],"score":null}',
      ],
    ];

    test.each(nullFields)("%s: a plain Option that is None is written as null", (type, value, wire) => {
      expect(encodeJson(type, value as never)).toBe(wire);
      expect(reencode(type, wire)).toBe(wire);
    });

    test("a skip-if-none Option is left out, whether None is given as absent, undefined or null", () => {
      const minimal = {
        id: "i",
        userId: "u",
        name: "n",
        derivedStatus: "offline",
        wsConnected: false,
        createdAt: "c",
      } as const;
      const wire =
        '{"id":"i","userId":"u","name":"n","capabilities":[],"derivedStatus":"offline","wsConnected":false,"createdAt":"c"}';
      expect(encodeJson("Runner", minimal)).toBe(wire);
      expect(
        encodeJson("Runner", { ...minimal, hostname: undefined, port: undefined, uiError: undefined }),
      ).toBe(wire);
      expect(
        encodeJson("Runner", {
          ...minimal,
          hostname: null,
          port: null,
          uiError: null,
          recentCrash: null,
        } as never),
      ).toBe(wire);
      expect(encodeJson("FleetScore", { value: 0.5 })).toBe('{"value":0.5}');
      expect(encodeJson("FleetScore", { value: 0.5, max: null, notes: null } as never)).toBe('{"value":0.5}');
      expect(encodeJson("FleetHostSpec", { kind: "ssh", host: "h" })).toBe('{"kind":"ssh","host":"h"}');
      expect(
        encodeJson("FleetArtifactRef", {
          kind: "log",
          path: "/l",
          checksum: null,
          mime_type: undefined,
          size_bytes: 0,
        } as never),
      ).toBe('{"kind":"log","path":"/l","size_bytes":0}');
      expect(encodeJson("FleetWorkerEvent", { ...envelope, state: "heartbeat", extra: {} })).toBe(
        `${envelopeText},"state":"heartbeat"}`,
      );
    });

    test("Some of a falsy value is written, not taken for None", () => {
      expect(encodeJson("FleetHostSpec", { kind: "ssh", host: "", port: 0, user: "" })).toBe(
        '{"kind":"ssh","host":"","port":0,"user":""}',
      );
      expect(encodeJson("FleetScore", { value: 0, max: 0, notes: "" })).toBe(
        '{"value":0.0,"max":0.0,"notes":""}',
      );
      expect(
        encodeJson("FleetWorkerEvent", { ...envelope, state: "completed", exit_code: 0, extra: {} }),
      ).toBe(`${envelopeText},"state":"completed","exit_code":0}`);
      expect(
        encodeJson("ControlCommandResult", {
          command_id: "c",
          target_id: "t",
          accepted: false,
          status: "",
          state_delta: false,
          completed_at_unix_nanos: 0n,
        }),
      ).toBe(
        '{"command_id":"c","target_id":"t","accepted":false,"status":"","error":null,"state_delta":false,"completed_at_unix_nanos":0}',
      );
    });

    test("extra is left out when empty (or absent) and written when it holds anything", () => {
      expect(encodeJson("FleetWorkerEvent", { ...envelope, state: "queued" } as never)).toBe(
        `${envelopeText},"state":"queued"}`,
      );
      expect(encodeJson("FleetWorkerEvent", { ...envelope, state: "queued", extra: {} })).toBe(
        `${envelopeText},"state":"queued"}`,
      );
      expect(encodeJson("FleetWorkerEvent", { ...envelope, state: "queued", extra: { k: null } })).toBe(
        `${envelopeText},"state":"queued","extra":{"k":null}}`,
      );
    });

    const defaults: [type: WireTypeName, value: unknown, wire: string][] = [
      [
        "FleetRetryPolicy",
        {},
        '{"max_attempts":3,"initial_backoff_seconds":5,"max_backoff_seconds":300,"backoff_multiplier":2}',
      ],
      ["JobTailRequest", {}, '{"result_id":""}'],
      [
        "JobTailReply",
        {},
        '{"found":false,"running":false,"stdout":"","stderr":"","stdout_truncated":false,"stderr_truncated":false}',
      ],
      [
        "FleetRun",
        { id: "r", name: "n", status: "pending", created_at: "c" },
        '{"id":"r","name":"n","status":"pending","task_specs":[],"worker_specs":[],"labels":{},"created_at":"c"}',
      ],
      [
        "FleetWorkerSpec",
        { id: "w", name: "n", host: { kind: "local" } },
        '{"id":"w","name":"n","host":{"kind":"local"},"labels":{},"capabilities":[]}',
      ],
      ["FleetHostSpec", { kind: "docker", image: "i" }, '{"kind":"docker","image":"i","args":[]}'],
      [
        "FleetWorkerEventPayload",
        { state: "failed", reason: "r" },
        '{"state":"failed","reason":"r","recoverable":false}',
      ],
      ["FleetWorkerEventPayload", { state: "restarted" }, '{"state":"restarted","restart_count":0}'],
    ];

    test.each(defaults)("%s: defaulted fields are always written", (type, value, wire) => {
      expect(encodeJson(type, value as never)).toBe(wire);
    });

    test('Runner writes "capabilities":[] when it has none', () => {
      const runner: RunnerWire = {
        id: "i",
        userId: "u",
        name: "n",
        capabilities: [],
        derivedStatus: "starting",
        wsConnected: true,
        createdAt: "c",
      };
      expect(encodeJson("Runner", runner)).toContain(',"capabilities":[],');
    });
  },
);

describe(cite("W3", "map keys sorted by UTF-8 bytes, recursively"), () => {
  const keys = [
    "a",
    "B",
    "9",
    "10",
    "__proto__",
    "constructor",
    "\u{1f600}",
    "\uffff",
    "\ue000",
    "\u{10000}",
    "",
    "a\u0000",
  ];
  const sortedWire =
    '{"":"","10":"10","9":"9","B":"B","__proto__":"__proto__","a":"a","a\\u0000":"a\\u0000","constructor":"constructor",' +
    '"\ue000":"\ue000","\uffff":"\uffff","\u{10000}":"\u{10000}","\u{1f600}":"\u{1f600}"}';

  test('"10" < "9" < "B" < "a", U+E000 < U+FFFF < U+10000 < U+1F600, "__proto__" an ordinary key (BTreeMap)', () => {
    // JS's own orders get these wrong: integer-like keys first, and UTF-16 puts U+1F600 before U+FFFF.
    expect(Object.keys({ a: 1, 9: 1, 10: 1 })).toEqual(["9", "10", "a"]);
    expect(["\uffff", "\u{1f600}"].sort()).toEqual(["\u{1f600}", "\uffff"]);
    const diagnostics = objectFrom(keys.map((k) => [k, k]));
    expect(encodeJson("SupervisorNode", { ...node, diagnostics } as never)).toBe(nodeText(sortedWire));
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  test("a map without surrogates sorts in the engine's own order, which is UTF-8 order; with one, not", () => {
    const plain = keys.filter((k) => !/[\ud800-\udfff]/.test(k));
    const big = Array.from({ length: 40 }, (_, i) => `${i}${plain[i % plain.length]}`);
    for (const list of [plain, big, [...plain, ...big]]) {
      expect(hasSurrogate(list)).toBe(false);
      expect(sortUtf8([...list])).toEqual([...list].sort(compareUtf8));
    }
    // With a surrogate the orders differ, and sortUtf8 keeps UTF-8's.
    expect(hasSurrogate(keys)).toBe(true);
    expect([...keys].sort()).not.toEqual([...keys].sort(compareUtf8));
    expect(sortUtf8([...keys])).toEqual([...keys].sort(compareUtf8));
    // The same through a map written by both roads (more than 16 keys: the sort, not the insertion sort).
    const wide = objectFrom(big.map((k) => [k, k]));
    const written = encodeJson("SupervisorNode", { ...node, diagnostics: wide } as never);
    expect(written).toContain(
      `"diagnostics":{${[...big]
        .sort(compareUtf8)
        .map((k) => `${JSON.stringify(k)}:${JSON.stringify(k)}`)
        .join(",")}}`,
    );
  });

  test("the same order in every BTreeMap: labels, fields, metadata, extra", () => {
    const labels = objectFrom(keys.map((k) => [k, k]));
    expect(
      encodeJson("FleetRun", { id: "r", name: "n", status: "running", created_at: "c", labels } as never),
    ).toBe(
      `{"id":"r","name":"n","status":"running","task_specs":[],"worker_specs":[],"labels":${sortedWire},"created_at":"c"}`,
    );
    expect(
      encodeJson("LogRecord", {
        target_id: "t",
        severity: "s",
        message: "m",
        fields: labels,
        occurred_at_unix_nanos: 1n,
      } as never),
    ).toContain(`"fields":${sortedWire},`);
    const event = encodeJson("FleetWorkerEvent", { ...envelope, state: "queued", extra: labels } as never);
    expect(event).toBe(`${envelopeText},"state":"queued","extra":${sortedWire}}`);
  });

  test("objects inside a serde_json::Value are sorted at every depth", () => {
    const payload = { b: { z: 1, a: [{ y: true, x: null }] }, a: 0 };
    expect(encodeRecord(payload)).toBe(recordText('{"a":0,"b":{"a":[{"x":null,"y":true}],"z":1}}'));
    const metadata = { zeta: { "9": [{ b: 1, a: 2 }], "10": "ten" }, alpha: { "\u{1f600}": 1, "\uffff": 2 } };
    expect(encodeJson("FleetTaskSpec", { id: "t", name: "n", instructions: "i", metadata })).toBe(
      '{"id":"t","name":"n","instructions":"i","expected_artifacts":[],"timeout_seconds":null,' +
        '"metadata":{"alpha":{"\uffff":2,"\u{1f600}":1},"zeta":{"10":"ten","9":[{"a":2,"b":1}]}}}',
    );
  });

  test('"__proto__" and "constructor" keys from JSON.parse or decodeJson are written as data', () => {
    const fromJsonParse = JSON.parse(
      '{"constructor":{"10":1,"9":2},"__proto__":{"polluted":true}}',
    ) as unknown;
    expect(encodeRecord(fromJsonParse)).toBe(
      recordText('{"__proto__":{"polluted":true},"constructor":{"10":1,"9":2}}'),
    );
    const text = recordText('{"__proto__":1,"constructor":{"10":1,"9":2}}');
    expect(reencode("EventRecord", text)).toBe(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a repeated key read from text keeps its last value and is written once", () => {
    expect(reencode("EventRecord", recordText('{"k":1,"k":2}'))).toBe(recordText('{"k":2}'));
  });
});

describe(cite("W4", "integers as plain digits, u128 from its bigint"), () => {
  test("the bounds of every integer kind", () => {
    expect(
      encodeJson("SupportedCommand", { name: "n", idempotent: true, timeout_seconds: 9007199254740991 }),
    ).toBe('{"name":"n","idempotent":true,"timeout_seconds":9007199254740991}');
    expect(
      encodeJson("FleetInboxEntry", {
        run_id: "r",
        task_id: "t",
        priority: -2147483648,
        enqueued_at: "e",
        lease_deadline: null,
        attempts: 4294967295,
      }),
    ).toBe(
      '{"run_id":"r","task_id":"t","priority":-2147483648,"enqueued_at":"e","lease_deadline":null,"attempts":4294967295}',
    );
    expect(encodeJson("FleetHostSpec", { kind: "ssh", host: "h", port: 65535 })).toBe(
      '{"kind":"ssh","host":"h","port":65535}',
    );
    expect(
      encodeJson("SupervisorEdge", {
        edge_id: "e",
        source_path: "s",
        target_path: "t",
        kind: "dependency",
        order: 0,
      }),
    ).toBe('{"edge_id":"e","source_path":"s","target_path":"t","kind":"dependency","order":0}');
  });

  test("u128 from a bigint with every digit, up to 2^128−1; a safe-integer number is accepted too", () => {
    const request = {
      command_id: "c",
      target_id: "t",
      command: "shutdown_tree",
      target: { child_path: null, child_manifest: null },
      reason: "r",
      requested_by: "me",
      confirmed: true,
      requested_at_unix_nanos: 2n ** 128n - 1n,
    } as const;
    const prefix =
      '{"command_id":"c","target_id":"t","command":"shutdown_tree","target":{"child_path":null,"child_manifest":null},' +
      '"reason":"r","requested_by":"me","confirmed":true,"requested_at_unix_nanos":';
    expect(encodeJson("ControlCommandRequest", request)).toBe(
      `${prefix}340282366920938463463374607431768211455}`,
    );
    expect(encodeJson("ControlCommandRequest", { ...request, requested_at_unix_nanos: 5 })).toBe(
      `${prefix}5}`,
    );
    expect(encodeJson("ControlCommandRequest", { ...request, requested_at_unix_nanos: 0n })).toBe(
      `${prefix}0}`,
    );
  });

  test("a u128 of 1800000000123456789 survives decode and encode with every digit", () => {
    const text = recordText("null");
    expect(text).toContain('"occurred_at_unix_nanos":1800000000123456789,');
    const decoded = decodeJson("EventRecord", text);
    expect(decoded.occurred_at_unix_nanos).toBe(1_800_000_000_123_456_789n);
    expect(encodeJson("EventRecord", decoded)).toBe(text);
  });
});

describe(cite("W5", "floats as ryu writes them"), () => {
  const f64Cases: [value: number, wire: string][] = [
    [1, "1.0"],
    [0, "0.0"],
    [-0, "-0.0"],
    [1e15, "1000000000000000.0"],
    [1e16, "1e16"],
    [1e17, "1e17"],
    [1e-5, "0.00001"],
    [1e-6, "1e-6"],
    [1e21, "1e21"],
    [1e22, "1e22"],
    [1.5e300, "1.5e300"],
    [0.1, "0.1"],
    [0.3, "0.3"],
    [100, "100.0"],
    [0.000123, "0.000123"],
    [-2.5e-7, "-2.5e-7"],
    [123456789.125, "123456789.125"],
    // biome-ignore lint/correctness/noPrecisionLoss: the literal is rounded on purpose; the test is what gets written
    [12345678901234567, "1.2345678901234568e16"],
    // biome-ignore lint/correctness/noPrecisionLoss: as above, 2^53 + 1 reads as 2^53
    [9007199254740993, "9007199254740992.0"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e308"],
  ];

  test.each(f64Cases)("f64 %s is written %s", (value, wire) => {
    expect(encodeJson("FleetScore", { value })).toBe(`{"value":${wire}}`);
    expect(reencode("FleetScore", `{"value":${wire}}`)).toBe(`{"value":${wire}}`);
  });

  const f32Cases: [value: number, wire: string][] = [
    [0.30000001192092896, "0.3"],
    [0.3, "0.3"],
    [16777217, "16777216.0"],
    [1e12, "1000000000000.0"],
    [1e13, "1e13"],
    [1234567890123, "1234568000000.0"],
    [123456.7, "123456.7"],
    [1e-5, "0.00001"],
    [1e-6, "0.000001"],
    [1e-7, "1e-7"],
    [3.4028235e38, "3.4028235e38"],
    [1e-45, "1e-45"],
    [0.1, "0.1"],
    [-0, "-0.0"],
    [1, "1.0"],
    // ryu's choices a search for the shortest toPrecision that reads back misses: an exact tie
    // goes to the even digit, and below a power of two (a narrower interval) the next decimal up.
    [1633541.25, "1633541.2"],
    [2 ** -12, "0.00024414062"],
    [2 ** -96, "1.2621775e-29"],
    [2 ** 87, "1.5474251e26"],
  ];

  test.each(f32Cases)("f32 %s is written %s (the shortest digits of the f32)", (value, wire) => {
    const expected = `${envelopeText},"state":"heartbeat","cpu_percent":${wire}}`;
    expect(
      encodeJson("FleetWorkerEvent", { ...envelope, state: "heartbeat", cpu_percent: value, extra: {} }),
    ).toBe(expected);
    expect(reencode("FleetWorkerEvent", expected)).toBe(expected);
  });

  test("a Value remembers int versus float: 1, 2.5, 3.0, -0.0, 1e2 → 100.0", () => {
    const text = recordText('{"a":1,"b":2.5,"c":3.0,"d":-0.0,"e":1e2,"f":[1.0,1,0.0,0]}');
    expect(reencode("EventRecord", text)).toBe(
      recordText('{"a":1,"b":2.5,"c":3.0,"d":-0.0,"e":100.0,"f":[1.0,1,0.0,0]}'),
    );
  });

  test.each([
    ["3.0", "3.0"],
    ["3", "3"],
    ["-0", "-0.0"],
    ["-0.0", "-0.0"],
    ["1E2", "100.0"],
    ["0.1e1", "1.0"],
    ["2.5", "2.5"],
  ])("an EventRecord payload that is directly %s is written %s", (payload, wire) => {
    expect(reencode("EventRecord", recordText(payload))).toBe(recordText(wire));
  });

  test("integral floats stay floats in Option<Value>, BTreeMap<String, Value> and extra", () => {
    const result =
      '{"command_id":"c","target_id":"t","accepted":true,"status":"ok","error":null,"state_delta":3.0,"completed_at_unix_nanos":null}';
    expect(reencode("ControlCommandResult", result)).toBe(result);
    const spec =
      '{"id":"t","name":"n","instructions":"i","expected_artifacts":[],"timeout_seconds":null,"metadata":{"x":3.0,"y":3,"z":[2.0]}}';
    expect(reencode("FleetTaskSpec", spec)).toBe(spec);
    const event = `${envelopeText},"state":"queued","extra":{"f":1.0,"i":1}}`;
    expect(reencode("FleetWorkerEvent", event)).toBe(event);
    const run = `{"id":"r","name":"n","status":"pending","task_specs":[${spec},${spec}],"worker_specs":[],"labels":{},"created_at":"c"}`;
    expect(reencode("FleetRun", run)).toBe(run);
  });

  test("integers above 2^53 inside a Value are kept exact, as text and as bigint", () => {
    const text = recordText(
      "[9007199254740993,18446744073709551615,-9223372036854775808,12345678901234567890]",
    );
    const decoded = decodeJson("EventRecord", text);
    expect(decoded.payload).toEqual([
      9007199254740993n,
      18446744073709551615n,
      -9223372036854775808n,
      12345678901234567890n,
    ]);
    expect(encodeJson("EventRecord", decoded)).toBe(text);
    // 2 ** 60 built in JS is an integer: written as one, every digit (the README's promise).
    expect(encodeRecord({ big: 2n ** 60n, small: 7n, float: 2 ** 60, int: 7 })).toBe(
      recordText('{"big":1152921504606846976,"float":1152921504606846976,"int":7,"small":7}'),
    );
  });

  test("a Value number that is not an integer in −2^63..2^64−1 is written as a float; 2 ** 53 built in JS is an integer", () => {
    expect(encodeRecord([0.5, -0, 1e300, 2 ** 53, Number.MAX_SAFE_INTEGER, 2 ** 64, -(2 ** 63)])).toBe(
      recordText(
        "[0.5,-0.0,1e300,9007199254740992,9007199254740991,1.8446744073709552e19,-9223372036854775808]",
      ),
    );
  });
});

describe(cite("W6", 'strings escape only ", \\ and U+0000–U+001F'), () => {
  const controls = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join("");
  const controlsWire =
    "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f" +
    "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f";
  const raw = "/\u007f\u0080\u2028\u2029\ufeff\uffff\u{1f600}\u{10ffff}é";

  test('control characters short (\\b \\f \\n \\r \\t) or as lowercase \\u00xx; " and \\ escaped; everything else raw', () => {
    const name = `${controls}"\\${raw}`;
    const wire = encodeJson("SupervisorNode", { ...node, name });
    expect(wire).toBe(nodeText("{}", `"${controlsWire}\\"\\\\${raw}"`));
    expect(wire).not.toMatch(/\\u00[0-9a-f]*[A-F]/);
    expect(wire).not.toContain("\\u007f");
    expect(wire).not.toContain("\\u2028");
    expect(decodeJson("SupervisorNode", wire).name).toBe(name);
  });

  test("map keys, Value strings and Value keys are escaped the same way", () => {
    const key = `k${controls}"\\${raw}`;
    const keyWire = `"k${controlsWire}\\"\\\\${raw}"`;
    expect(encodeJson("SupervisorNode", { ...node, diagnostics: { [key]: key } })).toBe(
      nodeText(`{${keyWire}:${keyWire}}`),
    );
    expect(encodeRecord({ [key]: [key] })).toBe(recordText(`{${keyWire}:[${keyWire}]}`));
  });

  test("escaped input that means the same string is written in the one canonical form", () => {
    const text = nodeText("{}", '"\\u0041\\/\\u00e9\\ud83d\\ude00\\u2028\\u001F"');
    expect(reencode("SupervisorNode", text)).toBe(nodeText("{}", '"A/é\u{1f600}\u2028\\u001f"'));
  });
});

describe(cite("W7", "DateTime<Utc> in UTC with Z and 0, 3, 6 or 9 fraction digits"), () => {
  const started = {
    result_id: "a",
    request_id: "b",
    exec_id: "c",
    pc_id: "d",
    manifest_id: "m",
    version: "v",
  };
  const startedText = (at: string) =>
    `{"result_id":"a","request_id":"b","exec_id":"c","pc_id":"d","started_at":"${at}","manifest_id":"m","version":"v"}`;

  test.each([
    ["2026-05-20T12:00:00Z", "2026-05-20T12:00:00Z"],
    ["2026-05-20T12:00:00.5Z", "2026-05-20T12:00:00.500Z"],
    ["2026-05-20T12:00:00.000Z", "2026-05-20T12:00:00Z"],
    ["2026-05-20T12:00:00.100000000Z", "2026-05-20T12:00:00.100Z"],
    ["2026-05-20T12:00:00.1234Z", "2026-05-20T12:00:00.123400Z"],
    ["2026-05-20T12:00:00.12345Z", "2026-05-20T12:00:00.123450Z"],
    ["2026-05-20T12:00:00.000001Z", "2026-05-20T12:00:00.000001Z"],
    ["2026-05-20T12:00:00.123456789Z", "2026-05-20T12:00:00.123456789Z"],
    ["2026-05-20T12:00:00.1234567891Z", "2026-05-20T12:00:00.123456789Z"],
    ["2026-05-20T12:00:00.999999999999Z", "2026-05-20T12:00:00.999999999Z"],
    ["2026-05-20T14:30:00+02:30", "2026-05-20T12:00:00Z"],
    ["2026-05-20T02:00:00-10:00", "2026-05-20T12:00:00Z"],
    ["2026-12-31T23:30:00-01:00", "2027-01-01T00:30:00Z"],
    ["2026-05-20 12:00:00z", "2026-05-20T12:00:00Z"],
    ["2016-12-31T23:59:60Z", "2016-12-31T23:59:60Z"],
    ["2016-12-31T23:59:60.5Z", "2016-12-31T23:59:60.500Z"],
    ["2017-01-01T00:59:60+01:00", "2016-12-31T23:59:60Z"],
  ])("%s is written %s", (input, wire) => {
    expect(encodeJson("EventStarted", { ...started, started_at: input })).toBe(startedText(wire));
    expect(reencode("EventStarted", startedText(input))).toBe(startedText(wire));
  });

  test("timestamps that are plain Rust Strings are written verbatim", () => {
    expect(
      encodeJson("FleetInboxEntry", {
        run_id: "r",
        task_id: "t",
        priority: 0,
        enqueued_at: "2026-05-20T12:00:00.5+02:00",
        lease_deadline: "soon",
      }),
    ).toBe(
      '{"run_id":"r","task_id":"t","priority":0,"enqueued_at":"2026-05-20T12:00:00.5+02:00","lease_deadline":"soon","attempts":0}',
    );
  });
});

describe("encoding validates first: an invalid value is a WireError with a path, never bytes", () => {
  const task = { id: "t", name: "n", instructions: "i" };
  const run = (tasks: unknown[]) => ({
    id: "r",
    name: "n",
    status: "running",
    created_at: "c",
    task_specs: tasks,
  });

  test("a bad field deep inside names its path", () => {
    const tasks = [task, task, task, { ...task, retry_policy: { max_attempts: -1 } }];
    const error = wireErrorOf(() => encodeJson("FleetRun", run(tasks) as never));
    expect(error.path).toEqual(["task_specs", 3, "retry_policy", "max_attempts"]);
    expect(error.pathString).toBe("task_specs[3].retry_policy.max_attempts");
    expect(error.typeName).toBe("FleetRun");
    expect(error.message).toContain("task_specs[3].retry_policy.max_attempts");
    expect(error.message).toContain("u32");
    expect(error.message).not.toContain("\n");
    expect(error.line).toBeUndefined();
  });

  test.each<[string, WireTypeName, unknown, (string | number)[], string]>([
    [
      "u64 of 2^53",
      "SupportedCommand",
      { name: "n", idempotent: true, timeout_seconds: 2 ** 53 },
      ["timeout_seconds"],
      "2^53−1",
    ],
    [
      "u64 as a bigint",
      "SupportedCommand",
      { name: "n", idempotent: true, timeout_seconds: 5n },
      ["timeout_seconds"],
      "u64",
    ],
    ["negative u16", "FleetHostSpec", { kind: "ssh", host: "h", port: -1 }, ["port"], "u16"],
    [
      "i32 above 2^31−1",
      "FleetInboxEntry",
      { run_id: "r", task_id: "t", priority: 2 ** 31, enqueued_at: "e", lease_deadline: null },
      ["priority"],
      "i32",
    ],
    ["fractional u32", "FleetRetryPolicy", { max_attempts: 1.5 }, ["max_attempts"], "u32"],
    [
      "u128 as an unsafe JS number",
      "LogRecord",
      { target_id: "t", severity: "s", message: "m", fields: {}, occurred_at_unix_nanos: 2 ** 60 },
      ["occurred_at_unix_nanos"],
      "decodeJson",
    ],
    [
      "negative u128",
      "LogRecord",
      { target_id: "t", severity: "s", message: "m", fields: {}, occurred_at_unix_nanos: -1n },
      ["occurred_at_unix_nanos"],
      "u128",
    ],
    ["NaN f64", "FleetScore", { value: Number.NaN }, ["value"], "finite"],
    ["Infinity f64", "FleetScore", { value: Number.POSITIVE_INFINITY }, ["value"], "finite"],
    [
      "f32 that rounds to infinity",
      "FleetWorkerEventPayload",
      { state: "heartbeat", cpu_percent: 1e39 },
      ["cpu_percent"],
      "f32",
    ],
    ["unknown unit variant", "RunnerStatus", "Healthy", [], "healthy"],
    ["unknown tag", "FleetHostSpec", { kind: "kubernetes" }, ["kind"], "kubernetes"],
    [
      "missing required field",
      "FleetScorerSpec",
      { kind: "regex_match", path: "/p" },
      ["pattern"],
      "missing field",
    ],
    [
      "unknown key on a closed struct",
      "RunnerUiError",
      { kind: "k", message: "m", reportedAt: "t", detial: "typo" },
      [],
      "detial",
    ],
    [
      "non-canonical-able timestamp",
      "EventStarted",
      {
        result_id: "a",
        request_id: "b",
        exec_id: "c",
        pc_id: "d",
        started_at: "2026-02-30T00:00:00Z",
        manifest_id: "m",
        version: "v",
      },
      ["started_at"],
      "RFC 3339",
    ],
    ["null for a defaulted non-Option field", "FleetAlertPolicy", { channels: null }, ["channels"], "array"],
    ["a string for a bool", "JobTailReply", { found: "true" }, ["found"], "boolean"],
  ])("%s", (_, type, value, path, hint) => {
    const error = wireErrorOf(() => encodeJson(type, value as never));
    expect(error.path).toEqual(path);
    expect(error.message).toContain(hint);
    expect(error.message).not.toContain("\n");
  });

  test.each<[string, unknown, (string | number)[]]>([
    ["a Date", { at: new Date(0) }, ["payload", "at"]],
    ["a Map", [new Map()], ["payload", 0]],
    ["undefined in an array", [1, undefined], ["payload", 1]],
    ["undefined as an object value", { k: undefined }, ["payload", "k"]],
    ["a function", { f: () => 1 }, ["payload", "f"]],
    ["a symbol", { s: Symbol("s") }, ["payload", "s"]],
    ["NaN", { n: Number.NaN }, ["payload", "n"]],
    ["an integer beyond 2^64−1", { n: 2n ** 64n }, ["payload", "n"]],
    ["an integer below −2^63", [-(2n ** 63n) - 1n], ["payload", 0]],
    ["a class instance", { c: new (class Point {})() }, ["payload", "c"]],
  ])("a Value holding %s is a WireError at its path", (_, payload, path) => {
    const error = wireErrorOf(() => encodeRecord(payload));
    expect(error.path).toEqual(path);
  });

  test.each<[string, WireTypeName, unknown, (string | number)[]]>([
    ["a String field", "SupervisorNode", { ...node, name: "a\ud800b" }, ["name"]],
    ["a trailing high surrogate", "SupervisorNode", { ...node, name: "end\ud83d" }, ["name"]],
    ["a leading low surrogate", "SupervisorNode", { ...node, name: "\ude00start" }, ["name"]],
    [
      "a high surrogate followed by a non-low one",
      "SupervisorNode",
      { ...node, name: "\ud800\ud800" },
      ["name"],
    ],
    ["a BTreeMap value", "SupervisorNode", { ...node, diagnostics: { k: "\udc00" } }, ["diagnostics", "k"]],
    [
      "a BTreeMap key",
      "SupervisorNode",
      { ...node, diagnostics: { "\udc00": "v" } },
      ["diagnostics", "\udc00"],
    ],
    ["a Vec item", "SupervisorNode", { ...node, tags: ["ok", "\ud800"] }, ["tags", 1]],
    ["a Value string", "EventRecord", { ...record, payload: ["\ud800"] }, ["payload", 0]],
    ["a Value key", "EventRecord", { ...record, payload: { "\ud800": 1 } }, ["payload", "\ud800"]],
    ["an Other artifact kind", "FleetArtifactKind", "\ud800", []],
  ])("a lone surrogate in %s is a WireError", (_, type, value, path) => {
    const error = wireErrorOf(() => encodeJson(type, value as never));
    expect(error.path).toEqual(path);
    expect(error.message).toContain("lone surrogate");
  });

  test("a well-formed surrogate pair is fine", () => {
    expect(encodeJson("SupervisorNode", { ...node, name: "\ud83d\ude00" })).toBe(
      nodeText("{}", '"\u{1f600}"'),
    );
  });
});

describe("encoding mirrors serde_json's 127-level limit, counted from the document root", () => {
  const nestArrays = (n: number): unknown => {
    let value: unknown = 0;
    for (let i = 0; i < n; i++) value = [value];
    return value;
  };
  const nestObjects = (n: number): unknown => {
    let value: unknown = 0;
    for (let i = 0; i < n; i++) value = { k: value };
    return value;
  };

  test("an EventRecord payload holds 126 levels of arrays or objects (127 with the record)", () => {
    expect(encodeRecord(nestArrays(126))).toBe(recordText(`${"[".repeat(126)}0${"]".repeat(126)}`));
    expect(encodeRecord(nestObjects(126))).toBe(recordText(`${'{"k":'.repeat(126)}0${"}".repeat(126)}`));
    expect(encodeRecord(nestObjects(64))).toBe(recordText(`${'{"k":'.repeat(64)}0${"}".repeat(64)}`));
    expect(wireErrorOf(() => encodeRecord(nestArrays(127))).message).toContain("127");
    expect(wireErrorOf(() => encodeRecord(nestObjects(127))).message).toContain("127");
  });

  test("inside a DashboardState the same payload holds fewer levels", () => {
    const identity = {
      target_id: "t",
      display_name: "d",
      registration_state: "active",
      connection_state: "connected",
    };
    const root = { ...node, kind: "root_supervisor" };
    const state = (payload: unknown) => ({
      target: identity,
      topology: { root, nodes: [], edges: [], declaration_order: [] },
      runtime_state: [],
      recent_events: [{ ...record, payload }],
      recent_logs: [],
      dropped_event_count: 0,
      dropped_log_count: 0,
      config_version: "v",
      generated_at_unix_nanos: 1n,
      state_generation: 0,
    });
    // Root object, recent_events array, the EventRecord: 3 levels, so 124 are left for the payload.
    expect(encodeJson("DashboardState", state(nestObjects(124)) as never)).toContain(
      `${'{"k":'.repeat(124)}0`,
    );
    const error = wireErrorOf(() => encodeJson("DashboardState", state(nestObjects(125)) as never));
    expect(error.path.slice(0, 4)).toEqual(["recent_events", 0, "payload", "k"]);
    expect(error.message).toContain("127");
  });

  test("a cyclic Value is a WireError, not a stack overflow", () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    const error = wireErrorOf(() => encodeRecord(cycle));
    expect(error.path[0]).toBe("payload");
  });
});
