/**
 * What no input may do: overflow the stack, touch Object.prototype, take
 * memory out of proportion to its size, or stop an NDJSON reader.
 */
import { Readable } from "node:stream";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, test } from "vitest";
import {
  type DecodedLine,
  decodeJson,
  decodeJsonLines,
  encodeJson,
  safeDecodeJson,
  WireError,
  type WireTypeName,
} from "../../src/index.js";
import { nodeText, recordText } from "../support/wire-texts.js";

const utf8 = new TextEncoder();

function depthError(type: WireTypeName, text: string | Uint8Array): WireError {
  // A RangeError (stack overflow) would escape safeDecodeJson and fail the test here.
  const outcome = safeDecodeJson(type, text);
  if (outcome.ok) return expect.fail("expected a depth error");
  expect(outcome.error).toBeInstanceOf(WireError);
  expect(outcome.error.expected).toMatch(/recursion limit/);
  expect(outcome.error.column).toBeLessThan(1000);
  expect(outcome.error.excerpt?.length).toBeLessThan(100);
  return outcome.error;
}

describe("100,000 levels of nesting give a clean depth WireError, never a RangeError", () => {
  const N = 100_000;

  test.each<[string, WireTypeName, string]>([
    ["arrays at the root", "FleetScore", `${"[".repeat(N)}${"]".repeat(N)}`],
    ["objects at the root", "FleetScore", `${'{"a":'.repeat(N)}1${"}".repeat(N)}`],
    ["arrays in a Value", "EventRecord", recordText(`${"[".repeat(N)}${"]".repeat(N)}`)],
    ["objects in a Value", "EventRecord", recordText(`${'{"a":'.repeat(N)}1${"}".repeat(N)}`)],
    ["unclosed arrays", "EventRecord", recordText("[".repeat(N))],
    [
      "mixed arrays and objects",
      "FleetTaskSpec",
      `{"metadata":${'[{"k":'.repeat(N / 2)}0${"}]".repeat(N / 2)}}`,
    ],
    ["a BTreeMap value", "SupervisorNode", nodeText(`{"k":${"[".repeat(N)}}`)],
  ])("%s", (_, type, text) => {
    depthError(type, text);
    expect(() => decodeJson(type, text)).toThrow(WireError);
  });

  test("as UTF-8 bytes too", () => {
    depthError("EventRecord", utf8.encode(recordText(`${"[".repeat(N)}${"]".repeat(N)}`)));
  });

  test("as a line of NDJSON, and the next line still reads", () => {
    const lines = [...decodeJsonLines("FleetScore", `${"[".repeat(N)}\n{"value":1}`)];
    expect(lines).toHaveLength(2);
    expect(lines[0]?.ok).toBe(false);
    expect(lines[1]).toEqual({ ok: true, line: 2, value: { value: 1 } });
  });

  test("encoding a 100,000-deep or cyclic Value is a WireError as well", () => {
    let deep: unknown = 1;
    for (let i = 0; i < N; i++) deep = { a: [deep] };
    const record = decodeJson("EventRecord", recordText("null"));
    expect(() => encodeJson("EventRecord", { ...record, payload: deep as never })).toThrow(WireError);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => encodeJson("EventRecord", { ...record, payload: cycle as never })).toThrow(WireError);
  });
});

describe('"__proto__" and "constructor" keys are data', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  /** Every object and array in a decoded value has the ordinary prototype. */
  function expectOrdinaryPrototypes(value: unknown): void {
    if (typeof value !== "object" || value === null) return;
    expect(Object.getPrototypeOf(value)).toBe(Array.isArray(value) ? Array.prototype : Object.prototype);
    for (const key of Object.keys(value))
      expectOrdinaryPrototypes(Object.getOwnPropertyDescriptor(value, key)?.value);
  }

  function expectUntouched(): void {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(typeof Object.prototype.toString).toBe("function");
  }

  test("in a BTreeMap: own properties, in UTF-8 order when written back", () => {
    const text = nodeText('{"__proto__":"p","constructor":"c","toString":"t","hasOwnProperty":"h"}');
    const node = decodeJson("SupervisorNode", text);
    expect(Object.keys(node.diagnostics)).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expect(Object.getOwnPropertyDescriptor(node.diagnostics, "__proto__")?.value).toBe("p");
    expect(Object.hasOwn(node.diagnostics, "constructor")).toBe(true);
    expect(node.diagnostics.constructor).toBe("c");
    expectOrdinaryPrototypes(node);
    expectUntouched();
    expect(encodeJson("SupervisorNode", node)).toBe(
      nodeText('{"__proto__":"p","constructor":"c","hasOwnProperty":"h","toString":"t"}'),
    );
  });

  test("in a Value, at any depth", () => {
    const payload =
      '{"__proto__":{"polluted":true,"__proto__":{"x":1}},"constructor":{"prototype":{"polluted":true}},"a":[{"__proto__":null}]}';
    const record = decodeJson("EventRecord", recordText(payload));
    const value = record.payload as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__", "constructor", "a"]);
    const proto = Object.getOwnPropertyDescriptor(value, "__proto__")?.value as Record<string, unknown>;
    expect(proto.polluted).toBe(true);
    expect(Object.getOwnPropertyDescriptor(proto, "__proto__")?.value).toEqual({ x: 1 });
    expectOrdinaryPrototypes(record);
    expectUntouched();
    expect(encodeJson("EventRecord", record)).toBe(
      recordText(
        '{"__proto__":{"__proto__":{"x":1},"polluted":true},"a":[{"__proto__":null}],"constructor":{"prototype":{"polluted":true}}}',
      ),
    );
  });

  test("in FleetWorkerEvent.extra and FleetTaskSpec.metadata", () => {
    const event = decodeJson(
      "FleetWorkerEvent",
      '{"seq":1,"run_id":"r","worker_id":"w","task_id":"t","timestamp":"ts","state":"queued","extra":{"__proto__":{"polluted":1},"constructor":2}}',
    );
    expect(Object.keys(event.extra)).toEqual(["__proto__", "constructor"]);
    const spec = decodeJson(
      "FleetTaskSpec",
      '{"id":"t","name":"n","instructions":"i","metadata":{"__proto__":[1],"constructor":{"__proto__":2}}}',
    );
    expect(Object.getOwnPropertyDescriptor(spec.metadata, "__proto__")?.value).toEqual([1]);
    expectOrdinaryPrototypes(event);
    expectOrdinaryPrototypes(spec);
    expectUntouched();
  });

  test("on a struct: an unknown key, ignored (open struct) or refused by name (closed struct)", () => {
    const score = decodeJson(
      "FleetScore",
      '{"value":1,"__proto__":{"value":2,"notes":"inherited?"},"constructor":3}',
    );
    expect(score).toEqual({ value: 1 });
    expect(score.notes).toBeUndefined();
    expect(Object.getPrototypeOf(score)).toBe(Object.prototype);
    const runner =
      '{"id":"i","userId":"u","name":"n","derivedStatus":"healthy","wsConnected":true,"createdAt":"c","__proto__":{}}';
    const result = safeDecodeJson("Runner", runner);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("unknown field `__proto__`");
    expectUntouched();
  });

  test("inherited names are not taken for repeated fields", () => {
    expect(decodeJson("FleetScore", '{"value":1,"toString":1,"valueOf":2,"hasOwnProperty":3}')).toEqual({
      value: 1,
    });
    expect(decodeJson("EventRecord", recordText('{"toString":1,"toString":2}')).payload).toEqual({
      toString: 2,
    });
  });
});

// Heap measurement: a full GC before and after, so the numbers mean something.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const heapUsed = () => process.memoryUsage().heapUsed;

/** Heap growth while decoding (no GC in between) and what stays after a GC, as multiples of the text length. */
function decodeMeasured(
  type: WireTypeName,
  text: string,
): { value: unknown; growth: number; retained: number } {
  gc();
  const before = heapUsed();
  const value = decodeJson(type, text);
  const growth = heapUsed() - before;
  gc();
  const retained = heapUsed() - before;
  return { value, growth: growth / text.length, retained: retained / text.length };
}

describe("50 MB documents decode in memory bounded by a small multiple of their size", () => {
  const MB50 = 50_000_000;

  test("a JobTailReply with a 50 MB stdout", () => {
    const stdout = "0123456789abcdef".repeat(MB50 / 16);
    const text = `{"found":true,"running":true,"stdout":"${stdout}","stderr":"tail","stdout_truncated":true}`;
    const { value, growth, retained } = decodeMeasured("JobTailReply", text);
    const reply = value as { stdout: string; stderr: string; stderr_truncated: boolean };
    expect(reply.stdout.length).toBe(MB50);
    expect(reply.stdout === stdout).toBe(true);
    expect(reply.stderr_truncated).toBe(false);
    expect(growth).toBeLessThan(8);
    expect(retained).toBeLessThan(8);
  });

  test("a 50 MB DashboardState of log records", () => {
    const log = (i: number) =>
      `{"target_id":"target-${i}","sequence":${i},"correlation_id":"corr-${i}","severity":"info","message":"message ${i} \\"quoted\\" é",` +
      `"fields":{"b":"2","a":"1"},"occurred_at_unix_nanos":${1_800_000_000_000_000_000n + BigInt(i)}}`;
    const logs: string[] = [];
    let size = 0;
    for (let i = 0; size < MB50; i++) {
      const line = log(i);
      logs.push(line);
      size += line.length + 1;
    }
    const root = nodeText("{}").replace("child_task", "root_supervisor");
    const text =
      '{"target":{"target_id":"t","display_name":"d","registration_state":"active","connection_state":"connected"},' +
      `"topology":{"root":${root},"nodes":[],"edges":[],"declaration_order":[]},"runtime_state":[],"recent_events":[],` +
      `"recent_logs":[${logs.join(",")}],"dropped_event_count":0,"dropped_log_count":0,"config_version":"v",` +
      '"generated_at_unix_nanos":1,"state_generation":0}';
    const count = logs.length;
    logs.length = 0;
    expect(text.length).toBeGreaterThan(MB50);
    const { value, growth, retained } = decodeMeasured("DashboardState", text);
    const state = value as { recent_logs: { occurred_at_unix_nanos: bigint; message: string }[] };
    expect(state.recent_logs).toHaveLength(count);
    expect(state.recent_logs[count - 1]?.occurred_at_unix_nanos).toBe(
      1_800_000_000_000_000_000n + BigInt(count - 1),
    );
    expect(state.recent_logs[7]?.message).toBe('message 7 "quoted" é');
    expect(growth).toBeLessThan(8);
    expect(retained).toBeLessThan(8);
  });
});

describe("decodeJsonLines", () => {
  // Lines: 1 ok, 2 blank, 3 bad type, 4 ok (CRLF), 5 whitespace only, 6 bad syntax, 7 ok with multi-byte text, 8 ok, no final newline.
  const ndjson =
    '{"value":1}\n' +
    "\n" +
    '{"value":"x"}\r\n' +
    '{"value":2.5,"notes":"crlf"}\r\n' +
    " \t \r\n" +
    "{bad\n" +
    '{"value":3,"notes":"é€\u{1f600}\u2028"}\n' +
    '{"value":4}';

  type Summary = {
    line: number;
    ok: boolean;
    value?: unknown;
    errorLine?: number;
    path?: readonly (string | number)[];
  };
  const expected: Summary[] = [
    { line: 1, ok: true, value: { value: 1 } },
    { line: 3, ok: false, errorLine: 3, path: ["value"] },
    { line: 4, ok: true, value: { value: 2.5, notes: "crlf" } },
    { line: 6, ok: false, errorLine: 6, path: [] },
    { line: 7, ok: true, value: { value: 3, notes: "é€\u{1f600}\u2028" } },
    { line: 8, ok: true, value: { value: 4 } },
  ];

  const summarise = (result: DecodedLine<unknown>): Summary => {
    if (result.ok) return { line: result.line, ok: true, value: result.value };
    expect(result.error).toBeInstanceOf(WireError);
    expect(result.error.message).toContain(`(line ${result.line},`);
    return { line: result.line, ok: false, errorLine: result.error.line, path: result.error.path };
  };

  async function collect(source: AsyncIterable<DecodedLine<unknown>>): Promise<Summary[]> {
    const out: Summary[] = [];
    for await (const result of source) out.push(summarise(result));
    return out;
  }

  async function* chunksOf<C>(chunks: readonly C[]): AsyncGenerator<C> {
    for (const chunk of chunks) yield chunk;
  }

  /** `bytes` cut at the given offsets. */
  const cut = (bytes: Uint8Array, at: readonly number[]) => {
    const points = [0, ...at, bytes.length];
    return points.slice(1).map((end, i) => bytes.slice(points[i], end));
  };

  const bytes = utf8.encode(ndjson);

  test("over a string: values and per-line errors with their line numbers, blank lines skipped, CRLF handled", () => {
    expect([...decodeJsonLines("FleetScore", ndjson)].map(summarise)).toEqual(expected);
  });

  test("over a Uint8Array", () => {
    expect([...decodeJsonLines("FleetScore", bytes)].map(summarise)).toEqual(expected);
  });

  test("a trailing newline adds no line; empty input yields nothing", () => {
    expect([...decodeJsonLines("FleetScore", `${ndjson}\n`)].map(summarise)).toEqual(expected);
    expect([...decodeJsonLines("FleetScore", "")]).toEqual([]);
    expect([...decodeJsonLines("FleetScore", "\n\r\n  \n")]).toEqual([]);
  });

  test("invalid UTF-8 spoils only its own line", () => {
    const spoiled = Uint8Array.from([
      ...utf8.encode('{"value":1}\n{"value":2,"notes":"'),
      0xc3,
      0x28,
      ...utf8.encode('"}\n{"value":3}'),
    ]);
    const results = [...decodeJsonLines("FleetScore", spoiled)].map(summarise);
    expect(results).toEqual([
      { line: 1, ok: true, value: { value: 1 } },
      { line: 2, ok: false, errorLine: 2, path: [] },
      { line: 3, ok: true, value: { value: 3 } },
    ]);
  });

  test("over an async iterable of byte chunks cut at every single offset (inside characters, lines and CRLFs)", async () => {
    for (let at = 1; at < bytes.length; at++) {
      expect(await collect(decodeJsonLines("FleetScore", chunksOf(cut(bytes, [at]))))).toEqual(expected);
    }
  });

  test("over one-byte chunks, and over chunks of 2 to 7 bytes", async () => {
    for (let size = 1; size <= 7; size++) {
      const offsets: number[] = [];
      for (let at = size; at < bytes.length; at += size) offsets.push(at);
      expect(await collect(decodeJsonLines("FleetScore", chunksOf(cut(bytes, offsets))))).toEqual(expected);
    }
  });

  test("over string chunks cut at every offset, surrogate pairs included", async () => {
    for (let at = 1; at < ndjson.length; at++) {
      const chunks = [ndjson.slice(0, at), ndjson.slice(at)];
      expect(await collect(decodeJsonLines("FleetScore", chunksOf(chunks)))).toEqual(expected);
    }
  });

  test("over a web ReadableStream of bytes", async () => {
    const chunks = cut(bytes, [5, 13, 14, 40, 41, 95, 96, 97]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    expect(await collect(decodeJsonLines("FleetScore", stream))).toEqual(expected);
  });

  test("over a web ReadableStream of text (a TextDecoderStream) and a Node Readable", async () => {
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    // The DOM and Node typings of TextDecoderStream disagree about its chunk type; at run time it takes Uint8Array.
    const text = source.pipeThrough(
      new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>,
    );
    expect(await collect(decodeJsonLines("FleetScore", text))).toEqual(expected);
    expect(await collect(decodeJsonLines("FleetScore", Readable.from(cut(bytes, [1, 2, 3, 50]))))).toEqual(
      expected,
    );
  });

  test("an empty stream and a stream of blank lines yield nothing", async () => {
    expect(await collect(decodeJsonLines("FleetScore", chunksOf<Uint8Array>([])))).toEqual([]);
    expect(await collect(decodeJsonLines("FleetScore", chunksOf(["\n", "  \r", "\n"])))).toEqual([]);
  });

  test("a FleetWorkerEvent log keeps going past bad lines and keeps big Value integers and floats exact", async () => {
    const event = (seq: string, extra = "") =>
      `{"seq":${seq},"run_id":"r","worker_id":"w","task_id":"t","timestamp":"ts","state":"heartbeat","cpu_percent":0.3${extra}}`;
    const log = [
      event("1", ',"extra":{"big":18446744073709551615,"f":1.0}'),
      event("9007199254740992"),
      event("2"),
      event("3").replace('"state"', '"state":"x","state"'),
    ].join("\n");
    const results = await collect(
      decodeJsonLines("FleetWorkerEvent", chunksOf(cut(utf8.encode(log), [10, 100, 200]))),
    );
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
    ]);
    const first = [...decodeJsonLines("FleetWorkerEvent", log)][0];
    expect(first?.ok).toBe(true);
    if (first?.ok) expect(encodeJson("FleetWorkerEvent", first.value)).toBe(log.split("\n")[0]);
  });
});
