/**
 * Reading JSON text as serde_json does, at the text level (the reading
 * rules R6, R7, R8, R10, R12, R14 and R15 of test/support/rules.ts): each rule accepted and
 * rejected, and the WireError a service author gets back.
 */
import { describe, expect, test } from "vitest";
import { decodeJson, encodeJson, safeDecodeJson, WireError, type WireTypeName } from "../../src/index.js";
import { btreeMap, struct, u32 } from "../../src/serde/index.js";
import { nodeText, recordPrefix, recordText } from "../support/wire-texts.js";
import { cite } from "../support/rules.js";

const utf8 = new TextEncoder();

/** The WireError reading `text` as `type` gives (failing the test if it reads). */
function rejects(type: WireTypeName, text: string | Uint8Array): WireError {
  const result = safeDecodeJson(type, text);
  if (result.ok)
    expect.fail(
      `expected a WireError, read ${String(JSON.stringify(result.value, (_, v) => (typeof v === "bigint" ? `${v}n` : v))).slice(0, 200)}`,
    );
  expect(result.error).toBeInstanceOf(WireError);
  expect(result.error.message).not.toMatch(/[\n\r]/);
  return result.error;
}

/** 1-based line and column of the `nth` occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  return { line: before.split("\n").length, column: at - (before.lastIndexOf("\n") + 1) + 1 };
}

const envelope = '"seq":1,"run_id":"r","worker_id":"w","task_id":"t","timestamp":"ts"';
const scoreText = (value: string) => `{"value":${value}}`;
const notesText = (notes: string) => `{"value":1,"notes":${notes}}`;
const commandText = (timeout: string) => `{"name":"n","idempotent":true,"timeout_seconds":${timeout}}`;
const task = (name: string) => `{"id":"t","name":"${name}","instructions":"i"}`;

describe(cite("R6", "a duplicated struct field is an error; in a map or Value the last wins"), () => {
  test.each<[string, WireTypeName, string, (string | number)[], string]>([
    ["a plain struct field", "FleetScore", '{"value":1,"value":2}', ["value"], '"value":2'],
    [
      "a field repeated with null both times",
      "SupervisorNode",
      nodeText("{}").replace('"child_id":null', '"child_id":null,"child_id":null'),
      ["child_id"],
      '"child_id":null,"path"',
    ],
    [
      "an Option field, None then Some",
      "FleetScore",
      '{"value":1,"notes":null,"notes":"x"}',
      ["notes"],
      '"notes":"x"',
    ],
    [
      "the tag of a tagged enum (same variant)",
      "FleetHostSpec",
      '{"kind":"local","kind":"local"}',
      ["kind"],
      '"kind":"local"}',
    ],
    [
      "the tag of a tagged enum (other variant)",
      "FleetHostSpec",
      '{"kind":"ssh","host":"h","kind":"local"}',
      ["kind"],
      '"kind":"local"',
    ],
    [
      "a tagged enum's variant field",
      "FleetScorerSpec",
      '{"kind":"file_exists","path":"a","path":"b"}',
      ["path"],
      '"path":"b"',
    ],
    [
      "a FleetWorkerEvent envelope field",
      "FleetWorkerEvent",
      `{${envelope},"state":"queued","seq":2}`,
      ["seq"],
      '"seq":2',
    ],
    [
      "FleetWorkerEvent's timestamp, before the tag",
      "FleetWorkerEvent",
      `{${envelope},"timestamp":"x","state":"queued"}`,
      ["timestamp"],
      '"timestamp":"x"',
    ],
    [
      "FleetWorkerEvent's flattened tag",
      "FleetWorkerEvent",
      `{${envelope},"state":"running","state":"running"}`,
      ["state"],
      '"state":"running"}',
    ],
    [
      "a flattened variant field",
      "FleetWorkerEvent",
      `{${envelope},"state":"running_tool","tool":"a","tool":"b"}`,
      ["tool"],
      '"tool":"b"',
    ],
    [
      "a field of the inline newtype variant",
      "FleetWorkerEvent",
      `{${envelope},"state":"artifact","kind":"log","path":"a","path":"b"}`,
      ["path"],
      '"path":"b"',
    ],
    [
      "extra itself",
      "FleetWorkerEvent",
      `{${envelope},"state":"queued","extra":{},"extra":{}}`,
      ["extra"],
      '"extra":{}}',
    ],
    [
      "a field of a struct inside a Vec",
      "FleetRun",
      `{"id":"r","name":"n","status":"queued","created_at":"c","task_specs":[${task("a")},${task("b").replace('"name":"b"', '"name":"b","name":"c"')}]}`,
      ["task_specs", 1, "name"],
      '"name":"c"',
    ],
    [
      "a camelCase field of a closed struct",
      "RunnerUiError",
      '{"kind":"k","message":"m","reportedAt":"a","reportedAt":"b"}',
      ["reportedAt"],
      '"reportedAt":"b"',
    ],
  ])("%s", (_, type, text, path, repeated) => {
    const error = rejects(type, text);
    expect(error.path).toEqual(path);
    expect(error.expected).toContain("duplicate field");
    // The position is the repeated key (its last occurrence), not the first one.
    const key = repeated.slice(0, repeated.indexOf(":"));
    expect({ line: error.line, column: error.column }).toEqual(
      positionOf(text, key, text.split(key).length - 1),
    );
  });

  test("on a later line, the duplicate's line and column", () => {
    const text = '{\n  "value": 1,\n  "notes": "a",\n    "notes": "b"\n}';
    const error = rejects("FleetScore", text);
    expect([error.line, error.column]).toEqual([4, 5]);
    expect(error.message).toBe("FleetScore at notes (line 4, column 5): duplicate field `notes`");
  });

  test("the repeated tag of an unknown variant is a duplicate field, as serde's tag reader says", () => {
    const error = rejects("FleetHostSpec", '{"kind":"bogus","kind":"bogus"}');
    expect([error.path, error.expected]).toEqual([["kind"], "duplicate field `kind`"]);
  });

  test("inside an array given for a map: the map's type error, since serde never reads inside", () => {
    const Inner = struct("Inner", "A struct in a map.", { a: u32 });
    const Outer = struct("Outer", "A map of structs.", { m: btreeMap(Inner) });
    const text = '{"m":[{"a":1,"a":2}]}';
    const result = safeDecodeJson(Outer, text);
    if (result.ok) expect.fail("accepted");
    expect([result.error.path, result.error.column]).toEqual([["m"], text.indexOf("[") + 1]);
    expect(result.error.expected).toMatch(/^expected a map/);
    // In an object, the same repeated field is refused where it is.
    const inMap = safeDecodeJson(Outer, '{"m":{"x":{"a":1,"a":2}}}');
    expect(inMap.ok === false && inMap.error.pathString).toBe("m.x.a");
  });

  test("a repeated unknown key is ignored with the rest of the unknown fields, as serde does", () => {
    expect(decodeJson("FleetScore", '{"value":1,"zzz":1,"zzz":2}')).toEqual({ value: 1 });
  });

  test.each<[string, WireTypeName, string, (value: never) => unknown, unknown]>([
    [
      "a BTreeMap<String, String>",
      "SupervisorNode",
      nodeText('{"a":"1","b":"x","a":"2"}'),
      (v: { diagnostics: unknown }) => v.diagnostics,
      { a: "2", b: "x" },
    ],
    [
      "a Value object",
      "EventRecord",
      recordText('{"k":1,"k":{"x":2}}'),
      (v: { payload: unknown }) => v.payload,
      { k: { x: 2 } },
    ],
    [
      "a Value object nested in arrays",
      "EventRecord",
      recordText('[[{"k":1,"j":0,"k":2}]]'),
      (v: { payload: unknown }) => v.payload,
      [[{ k: 2, j: 0 }]],
    ],
    [
      "a Value object whose keys are struct field names",
      "EventRecord",
      recordText('{"target_id":1,"target_id":2}'),
      (v: { payload: unknown }) => v.payload,
      { target_id: 2 },
    ],
    [
      "FleetWorkerEvent's extra",
      "FleetWorkerEvent",
      `{${envelope},"state":"queued","extra":{"a":1,"a":[2]}}`,
      (v: { extra: unknown }) => v.extra,
      { a: [2] },
    ],
    [
      "BTreeMap<String, Value> and the Values in it",
      "FleetTaskSpec",
      '{"id":"t","name":"n","instructions":"i","metadata":{"m":{"x":1,"x":2},"m":{"y":{"z":1,"z":3}}}}',
      (v: { metadata: unknown }) => v.metadata,
      { m: { y: { z: 3 } } },
    ],
    [
      "FleetRun labels",
      "FleetRun",
      '{"id":"r","name":"n","status":"queued","created_at":"c","labels":{"env":"dev","env":"prod"}}',
      (v: { labels: unknown }) => v.labels,
      { env: "prod" },
    ],
  ])("in %s the last value of a repeated key wins", (_, type, text, pick, expected) => {
    expect(pick(decodeJson(type, text) as never)).toEqual(expected);
  });

  test('a repeated "__proto__" key in a map keeps the last value as an own property', () => {
    const diagnostics = decodeJson(
      "SupervisorNode",
      nodeText('{"__proto__":"1","__proto__":"2"}'),
    ).diagnostics;
    expect(Object.getOwnPropertyDescriptor(diagnostics, "__proto__")?.value).toBe("2");
    expect(Object.getPrototypeOf(diagnostics)).toBe(Object.prototype);
  });
});

describe(cite("R10", "lone surrogates are errors; valid pairs decode"), () => {
  test.each([
    ["a lone high surrogate escape", '"\\ud800"'],
    ["a lone low surrogate escape", '"\\udc00"'],
    ["a high surrogate followed by a non-surrogate escape", '"\\ud800\\u0041"'],
    ["a high surrogate followed by a raw character", '"\\ud800x"'],
    ["two high surrogates", '"\\ud800\\ud800"'],
    ["a high surrogate at the end of the string", '"abc\\udbff"'],
    ["a low surrogate before a high one", '"\\udc00\\ud800"'],
    ["an uppercase lone escape", '"\\uDFFF"'],
    ["a raw lone high surrogate in the text", '"a\ud800b"'],
    ["a raw lone low surrogate in the text", '"\udc00"'],
    ["a raw low surrogate after an escape", '"\\n\udc00"'],
  ])("%s is an error with a position", (_, notes) => {
    const text = notesText(notes);
    const error = rejects("FleetScore", text);
    expect(error.expected).toMatch(/surrogate/);
    expect(error.line).toBe(1);
    expect(error.column).toBeGreaterThanOrEqual(positionOf(text, notes).column);
    expect(error.column).toBeLessThanOrEqual(positionOf(text, notes).column + notes.length);
  });

  test("a lone surrogate in a map key or deep inside a Value is an error too", () => {
    expect(rejects("SupervisorNode", nodeText('{"\\ud800":"v"}')).expected).toMatch(/surrogate/);
    expect(rejects("EventRecord", recordText('[{"k":["ok","\\udead"]}]')).expected).toMatch(/surrogate/);
  });

  test.each([
    ['"\\ud83d\\ude00"', "\u{1f600}"],
    ['"\\uD83D\\uDE00"', "\u{1f600}"],
    ['"\\ud800\\udc00"', "\u{10000}"],
    ['"\\udbff\\udfff"', "\u{10ffff}"],
    ['"x\\ud83d\\ude00y\u{1f600}"', "x\u{1f600}y\u{1f600}"],
    ['"\u{1f600}"', "\u{1f600}"],
    ['"\\uffff\\ue000\\ud7ff"', "\uffff\ue000\ud7ff"],
  ])("%s decodes", (notes, expected) => {
    expect(decodeJson("FleetScore", notesText(notes)).notes).toBe(expected);
  });
});

describe(cite("R12", "depth 127 accepted and 128 rejected, counted from the document root"), () => {
  const arrays = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
  const objects = (n: number) => `${'{"k":'.repeat(n)}0${"}".repeat(n)}`;

  test("an EventRecord payload holds 126 levels (127 with the record)", () => {
    expect(decodeJson("EventRecord", recordText(arrays(126))).payload).toBeInstanceOf(Array);
    expect(decodeJson("EventRecord", recordText(objects(126))).payload).toBeInstanceOf(Object);
  });

  test.each([
    ["arrays", arrays(127), "["],
    ["objects", objects(127), '{"k":'],
  ])("127 levels of %s in the payload (128 in all) are an error at the 128th", (_, payload, opener) => {
    const error = rejects("EventRecord", recordText(payload));
    expect(error.expected).toMatch(/recursion limit|127/);
    expect(error.line).toBe(1);
    expect(error.column).toBe(recordPrefix.length + 126 * opener.length + 1);
  });

  const stateText = (payload: string) =>
    '{"target":{"target_id":"t","display_name":"d","registration_state":"active","connection_state":"connected"},' +
    `"topology":{"root":${nodeText("{}")},"nodes":[],"edges":[],"declaration_order":[]},"runtime_state":[],` +
    `"recent_events":[${recordText(payload)}],"recent_logs":[],"dropped_event_count":0,"dropped_log_count":0,` +
    '"config_version":"v","generated_at_unix_nanos":1,"state_generation":0}';

  test("inside a DashboardState the payload holds 124 levels (root, recent_events and the record take 3)", () => {
    expect(decodeJson("DashboardState", stateText(arrays(124))).recent_events[0]?.payload).toBeInstanceOf(
      Array,
    );
    expect(rejects("DashboardState", stateText(arrays(125))).expected).toMatch(/recursion limit|127/);
    expect(rejects("DashboardState", stateText(objects(125))).expected).toMatch(/recursion limit|127/);
  });

  test("whitespace between the brackets changes nothing", () => {
    const spaced = (n: number) => `${"[ \n".repeat(n)}${" ]".repeat(n)}`;
    expect(decodeJson("EventRecord", recordText(spaced(126))).payload).toBeInstanceOf(Array);
    const error = rejects("EventRecord", recordText(spaced(127)));
    // The record's `{` and the first payload `[` share line 1; the 127th payload `[` (level 128) is on line 127.
    expect([error.line, error.column]).toEqual([127, 1]);
  });
});

describe(cite("R14", "the JSON grammar, as strict as serde_json"), () => {
  test.each([
    ["trailing characters", '{"value":1} x'],
    ["a second document", '{"value":1}{"value":2}'],
    ["a trailing comma after the document", '{"value":1},'],
    ["a stray closing bracket", '{"value":1}]'],
    ["a NUL after the document", '{"value":1}\u0000'],
    ["empty input", ""],
    ["only whitespace", " \n\t\r "],
    ["a BOM", '\ufeff{"value":1}'],
    ["a trailing comma in an object", '{"value":1,}'],
    ["a missing colon", '{"value" 1}'],
    ["single quotes", "{'value':1}"],
    ["an unquoted key", "{value:1}"],
    ["a comment", '{"value":1 /* one */}'],
    ["an unterminated object", '{"value":1'],
    ["an unterminated string", '{"value":1,"notes":"abc'],
    ["a bare word", "value"],
    ["a misspelt literal", '{"value":1,"notes":nul}'],
    ["a capitalised literal", '{"value":1,"notes":Null}'],
  ])("%s is an error", (_, text) => {
    const error = rejects("FleetScore", text);
    expect(error.path).toEqual([]);
    expect(error.line).toBe(text.includes("\n") ? 2 : 1);
    expect(error.column).toBeGreaterThanOrEqual(1);
  });

  test("whitespace before and after the document is fine", () => {
    expect(decodeJson("FleetScore", ' \r\n\t{"value":1} \n\t\r ')).toEqual({ value: 1 });
    expect(decodeJson("FleetScore", '{ "value" : 1 , "notes" : "n" }')).toEqual({ value: 1, notes: "n" });
  });

  test("trailing content is reported where it starts", () => {
    const error = rejects("FleetScore", '{"value":1}\n  x');
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.expected).toMatch(/trailing/);
  });

  test.each([
    ["leading zeros", "01"],
    ["negative leading zeros", "-01"],
    ["double zero", "00"],
    ["leading zeros before a fraction", "01.5"],
    ["a plus sign", "+1"],
    ["a point without digits after it", "1."],
    ["a point without digits before it", ".5"],
    ["a point before an exponent", "1.e5"],
    ["a minus alone", "-"],
    ["two minus signs", "--1"],
    ["an exponent without digits", "1e"],
    ["an exponent sign without digits", "1e+"],
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["-Infinity", "-Infinity"],
    ["a number beyond f64", "1e400"],
  ])("a number with %s (%s) is an error at the number", (_, token) => {
    const text = scoreText(token);
    const error = rejects("FleetScore", text);
    expect([error.line, error.column]).toEqual([1, 10]);
  });

  test.each([
    ["hex", "0x10", 11],
    ["digit separators", "1_000", 11],
    ["a space inside", "1 000", 12],
  ])("a number with %s (%s) is an error where the number stops making sense", (_, token, column) => {
    const error = rejects("FleetScore", scoreText(token));
    expect([error.line, error.column]).toEqual([1, column]);
    expect(error.expected).toBe("expected `,` or `}`");
  });

  test.each([
    ["0", 0],
    ["-0.5", -0.5],
    ["1E+2", 100],
    ["1e-2", 0.01],
    ["0.0", 0],
    ["123.456e-1", 12.3456],
  ])("the number %s reads", (token, value) => {
    expect(decodeJson("FleetScore", scoreText(token)).value).toBe(value);
  });

  test.each([
    ["a raw tab", "\t"],
    ["a raw newline", "\n"],
    ["a raw carriage return", "\r"],
    ["a raw NUL", "\u0000"],
    ["a raw U+001F", "\u001f"],
  ])("%s inside a string is an error at its position", (_, control) => {
    const text = notesText(`"ab${control}c"`);
    const error = rejects("FleetScore", text);
    expect(error.expected).toMatch(/control character/);
    expect(error.offset).toBe(text.indexOf(control, 10));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the excerpt must not print them raw
    expect(error.excerpt).not.toMatch(/[\u0000-\u001f]/);
  });

  test("escaped control characters, a raw DEL, U+2028 and U+2029 are fine", () => {
    expect(decodeJson("FleetScore", notesText('"\\t\\n\\r\\u0000\\u001f\u007f\u2028\u2029\\/"')).notes).toBe(
      "\t\n\r\u0000\u001f\u007f\u2028\u2029/",
    );
  });

  test.each([
    ["an unknown escape", '"\\x41"'],
    ["a short \\u escape", '"\\u12"'],
    ["a non-hex \\u escape", '"\\u12g4"'],
    ["an uppercase \\U", '"\\U0041"'],
    ["an escaped single quote", '"\\\'"'],
    ["a backslash at the end", '"abc\\'],
  ])("%s is an error", (_, notes) => {
    rejects("FleetScore", notesText(notes));
  });
});

describe(cite("R15", "UTF-8 bytes"), () => {
  const bytesOf = (...parts: (string | number[])[]) =>
    Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...utf8.encode(part)] : part)));

  test("valid UTF-8 reads as the same value as the text", () => {
    const text = notesText('"é€\u{1f600}\u2028"');
    expect(decodeJson("FleetScore", utf8.encode(text))).toEqual(decodeJson("FleetScore", text));
  });

  test.each<[string, number[]]>([
    ["0xFF", [0xff]],
    ["a lone continuation byte", [0x80]],
    ["an overlong encoding of /", [0xc0, 0xaf]],
    ["an overlong three-byte encoding", [0xe0, 0x80, 0xaf]],
    ["a surrogate encoded as UTF-8", [0xed, 0xa0, 0x80]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a lead byte without its continuation", [0xe2, 0x82, 0x41]],
    ["0xF5", [0xf5, 0x80, 0x80, 0x80]],
  ])("%s is an error at its exact byte, line and column", (_, bad) => {
    const before = '{\n"value":1,\n"notes":"é€\u{1f600}';
    const bytes = bytesOf(before, bad, '"}');
    const error = rejects("FleetScore", bytes);
    const at = utf8.encode(before).length;
    expect(error.expected).toBe(`invalid UTF-8 at byte ${at}`);
    expect([error.line, error.column]).toEqual([3, '"notes":"é€\u{1f600}'.length + 1]);
    expect(error.path).toEqual([]);
  });

  test.each(["é", "€", "\u{1f600}", "aé€"])(
    "after a thousand %s the bad byte's offset is still exact",
    (char) => {
      const before = `{"value":1,"notes":"${char.repeat(1000)}`;
      const error = rejects("FleetScore", bytesOf(before, [0xff], '"}'));
      expect(error.expected).toBe(`invalid UTF-8 at byte ${utf8.encode(before).length}`);
      expect(error.column).toBe(before.length + 1);
      expect(error.excerpt?.length).toBeLessThan(100);
    },
  );

  test("a multi-byte character cut off at the end is an error", () => {
    const bytes = bytesOf('"log', [0xe2, 0x82]);
    expect(rejects("FleetArtifactKind", bytes).expected).toBe("invalid UTF-8 at byte 4");
  });

  test("a UTF-8 BOM is an error, as in serde_json", () => {
    const error = rejects("FleetScore", bytesOf([0xef, 0xbb, 0xbf], '{"value":1}'));
    expect([error.line, error.column]).toEqual([1, 1]);
  });
});

describe(cite("R8", "an f32 from an integer token is rounded once, as serde's `as f32`"), () => {
  const heartbeat = (cpu: string) =>
    `{${envelope},"state":"heartbeat","cpu_percent":${cpu}}`.replace(
      '"timestamp":"ts"',
      '"timestamp":"2026-05-20T12:00:00Z"',
    );
  // serde reads an integer token that fits an i64 or u64 as that integer and converts it to f32
  // directly; through an f64 first, these would round twice (1.7054629e18, 3.861335e16 → 3.8613354e16).
  test.each([
    // Either side of the f32 midpoint 1705462862484340736, the midpoint itself (to the even f32), negated.
    ["1705462862484340735", "1.7054628e18"],
    ["1705462862484340736", "1.7054629e18"],
    ["1705462862484340737", "1.7054629e18"],
    ["-1705462862484340735", "-1.7054628e18"],
    ["-1705462862484340737", "-1.7054629e18"],
    ["38613351571390463", "3.861335e16"],
    ["-9223372036854775807", "-9.223372e18"],
    ["18446744073709551615", "1.8446744e19"],
    // Past u64, serde reads the token as an f64 first, and so does fleetwire.
    ["36893488147419103233", "3.689349e19"],
  ])("%s is written back as %s (serde's bytes)", (token, written) => {
    const value = decodeJson("FleetWorkerEvent", heartbeat(token));
    expect(encodeJson("FleetWorkerEvent", value)).toBe(heartbeat(written));
  });

  test(cite("D3", "an integer token past the largest f32 is an error, not infinity"), () => {
    const error = rejects("FleetWorkerEvent", heartbeat("340282356779733661637539395458142568448"));
    expect(error.path).toEqual(["cpu_percent"]);
    expect(error.expected).toMatch(/out of range for f32/);
  });
});

describe(cite("R7"), () => {
  test.each([
    ["1.0", "1.0"],
    ["1e2", "1e2"],
    ["1E2", "1E2"],
    ["-0", "-0"],
    ["-0.0", "-0.0"],
    ["1.5", "1.5"],
    ["a string", '"5"'],
    ["a negative", "-1"],
    ["a boolean", "true"],
    ["null", "null"],
  ])("%s in a u64 field is an error that says what came", (_, token) => {
    const error = rejects("SupportedCommand", commandText(token));
    expect(error.path).toEqual(["timeout_seconds"]);
    expect(error.expected).toContain("u64");
    expect(error.expected).toContain(token === "null" ? "null" : token.replace(/"/g, ""));
    expect([error.line, error.column]).toEqual([1, 49]);
  });

  test.each<[string, WireTypeName, string, (string | number)[]]>([
    ["u32 1.0", "FleetRetryPolicy", '{"max_attempts":1.0}', ["max_attempts"]],
    [
      "i32 -0",
      "FleetInboxEntry",
      '{"run_id":"r","task_id":"t","priority":-0,"enqueued_at":"e"}',
      ["priority"],
    ],
    [
      "i32 1e2",
      "FleetInboxEntry",
      '{"run_id":"r","task_id":"t","priority":1e2,"enqueued_at":"e"}',
      ["priority"],
    ],
    [
      "i32 below −2^31",
      "FleetInboxEntry",
      '{"run_id":"r","task_id":"t","priority":-2147483649,"enqueued_at":"e"}',
      ["priority"],
    ],
    [
      "i32 above 2^31−1",
      "FleetInboxEntry",
      '{"run_id":"r","task_id":"t","priority":2147483648,"enqueued_at":"e"}',
      ["priority"],
    ],
    ["u16 65536", "FleetHostSpec", '{"kind":"ssh","host":"h","port":65536}', ["port"]],
    ["u16 8080.0", "FleetHostSpec", '{"kind":"ssh","host":"h","port":8080.0}', ["port"]],
    [
      "usize 1e0",
      "SupervisorEdge",
      '{"edge_id":"e","source_path":"s","target_path":"t","kind":"dependency","order":1e0}',
      ["order"],
    ],
    [
      "u128 1.0",
      "EventRecord",
      recordText("null").replace('"occurred_at_unix_nanos":1', '"occurred_at_unix_nanos":1.0'),
      ["occurred_at_unix_nanos"],
    ],
    [
      "u128 1.8e18",
      "EventRecord",
      recordText("null").replace('"occurred_at_unix_nanos":1', '"occurred_at_unix_nanos":1.8e18'),
      ["occurred_at_unix_nanos"],
    ],
    [
      "u128 2^128",
      "EventRecord",
      recordText("null").replace(
        '"occurred_at_unix_nanos":1',
        '"occurred_at_unix_nanos":340282366920938463463374607431768211456',
      ),
      ["occurred_at_unix_nanos"],
    ],
    [
      "u128 -1",
      "EventRecord",
      recordText("null").replace('"occurred_at_unix_nanos":1', '"occurred_at_unix_nanos":-1'),
      ["occurred_at_unix_nanos"],
    ],
  ])("%s is an error", (_, type, text, path) => {
    expect(rejects(type, text).path).toEqual(path);
  });

  test.each([
    ["1", 1],
    ["1.0", 1],
    ["1e2", 100],
    ["-0", -0],
    ["-0.0", -0],
    ["5e-324", 5e-324],
    // biome-ignore lint/correctness/noPrecisionLoss: 2^64 is exact as an f64, and that is the point
    ["18446744073709551616", 18446744073709551616],
  ])("the f64 field reads %s", (token, value) => {
    expect(Object.is(decodeJson("FleetScore", scoreText(token)).value, value)).toBe(true);
  });

  test("u64 up to 2^53−1 reads; 2^53 and beyond is an error that says 2^53−1", () => {
    expect(decodeJson("SupportedCommand", commandText("9007199254740991")).timeout_seconds).toBe(
      9007199254740991,
    );
    for (const token of ["9007199254740992", "9007199254740993", "18446744073709551615"]) {
      const error = rejects("SupportedCommand", commandText(token));
      expect(error.expected).toContain("2^53−1");
      expect(error.expected).toContain(token);
    }
    expect(rejects("SupportedCommand", commandText("18446744073709551616")).path).toEqual([
      "timeout_seconds",
    ]);
  });

  test("u128 with 39 digits is kept exactly, as a bigint", () => {
    for (const digits of [
      "340282366920938463463374607431768211455",
      "1800000000123456789",
      "9007199254740993",
      "0",
    ]) {
      const text = recordText("null").replace(
        '"occurred_at_unix_nanos":1',
        `"occurred_at_unix_nanos":${digits}`,
      );
      expect(decodeJson("EventRecord", text).occurred_at_unix_nanos).toBe(BigInt(digits));
    }
  });

  test("integers inside a Value: exact in −2^63..2^64−1, an error beyond (serde_json would round them)", () => {
    expect(
      decodeJson("EventRecord", recordText("[-9223372036854775808,18446744073709551615,9007199254740993]"))
        .payload,
    ).toEqual([-9223372036854775808n, 18446744073709551615n, 9007199254740993n]);
    expect(rejects("EventRecord", recordText("[1,18446744073709551616]")).path).toEqual(["payload", 1]);
    expect(rejects("EventRecord", recordText("[-9223372036854775809]")).path).toEqual(["payload", 0]);
  });
});

describe("WireError: path, line, column, excerpt, one-line message", () => {
  const prettyRun = (maxAttempts: unknown, newline = "\n") =>
    JSON.stringify(
      {
        id: "run-1",
        name: "nightly",
        status: "running",
        created_at: "2026-05-20T12:00:00Z",
        task_specs: [0, 1, 2, 3, 4].map((i) => ({
          id: `t${i}`,
          name: `task ${i}`,
          instructions: "do it",
          retry_policy: { max_attempts: i === 3 ? maxAttempts : 3 },
        })),
      },
      null,
      2,
    ).replace(/\n/g, newline);

  test.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])(
    "a validation error in multi-line %s text: path, pathString, line and column of the value",
    (_, newline) => {
      const text = prettyRun("three", newline);
      const error = rejects("FleetRun", text);
      expect(error.path).toEqual(["task_specs", 3, "retry_policy", "max_attempts"]);
      expect(error.pathString).toBe("task_specs[3].retry_policy.max_attempts");
      expect(error.typeName).toBe("FleetRun");
      expect({ line: error.line, column: error.column }).toEqual(
        positionOf(text.replace(/\r\n/g, "\n"), '"three"'),
      );
      expect(error.excerpt).toContain('"three"');
      expect(error.expected).toContain('got string "three"');
      expect(error.message).toBe(
        `FleetRun at task_specs[3].retry_policy.max_attempts (line ${error.line}, column ${error.column}): ${error.expected}`,
      );
      expect(error.offset).toBe(text.indexOf('"three"'));
    },
  );

  test("every problem is listed in issues; the first is the message", () => {
    const text = `{"id":"r","name":"n","status":"bogus","created_at":7,"task_specs":[${task("a")},{"id":"t"}]}`;
    const error = rejects("FleetRun", text);
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ["status"],
        ["created_at"],
        ["task_specs", 1, "name"],
        ["task_specs", 1, "instructions"],
      ]),
    );
    expect(error.path).toEqual(error.issues[0]?.path);
  });

  test("a syntax error on a later line: line and column", () => {
    const text = '{\n  "value": 1,\n  "notes": "n"\n  "max": 2\n}';
    const error = rejects("FleetScore", text);
    expect([error.line, error.column]).toEqual([4, 3]);
    expect(error.expected).toMatch(/expected `,` or `}`/);
  });

  test("a key with a newline or quote in the path keeps the message on one line", () => {
    const error = rejects("SupervisorNode", nodeText('{"line\\nbreak \\"q\\"":5}'));
    expect(error.path).toEqual(["diagnostics", 'line\nbreak "q"']);
    expect(error.pathString).toBe('diagnostics["line\\nbreak \\"q\\""]');
    expect(error.message).not.toMatch(/\n/);
  });

  test("an error in the middle of a 10 MB one-line document: a short excerpt and a short message", () => {
    const half = "x".repeat(5_000_000);
    const syntax = rejects("JobTailReply", `{"stdout":"${half}\u0001${half}","found":true}`);
    expect(syntax.offset).toBe(11 + half.length);
    expect(syntax.excerpt?.length).toBeLessThan(100);
    expect(syntax.message.length).toBeLessThan(500);

    const validation = rejects("JobTailReply", `{"stdout":"${half}","found":"yes","stderr":"${half}"}`);
    expect(validation.path).toEqual(["found"]);
    expect(validation.column).toBe(positionOf(`{"stdout":"${half}","found":"yes"`, '"yes"').column);
    expect(validation.excerpt).toContain('"yes"');
    expect(validation.excerpt?.length).toBeLessThan(100);
    expect(validation.message.length).toBeLessThan(500);
  });

  test("an error deep inside a 10 MB multi-line FleetRun: path, line, short excerpt and message", () => {
    const tasks: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const attempts = i === 20_000 ? '"3"' : "3";
      tasks.push(
        `{"id":"t${i}","name":"task ${i} ${"n".repeat(200)}","instructions":"i","retry_policy":{"max_attempts":${attempts}}}`,
      );
    }
    const text = `{"id":"r","name":"n","status":"running","created_at":"c","task_specs":[\n${tasks.join(",\n")}\n]}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const error = rejects("FleetRun", text);
    expect(error.pathString).toBe("task_specs[20000].retry_policy.max_attempts");
    expect(error.line).toBe(20_002);
    expect(error.excerpt?.length).toBeLessThan(100);
    expect(error.message.length).toBeLessThan(500);
  });

  test("decodeJson throws the WireError that safeDecodeJson returns", () => {
    const text = '{"value":"x"}';
    const result = safeDecodeJson("FleetScore", text);
    expect(result.ok).toBe(false);
    expect(() => decodeJson("FleetScore", text)).toThrow(WireError);
    try {
      decodeJson("FleetScore", text);
    } catch (error) {
      expect((error as WireError).message).toBe(result.ok ? "" : result.error.message);
    }
  });

  test("an unknown type name is a programming error (TypeError), not a WireError", () => {
    expect(() => decodeJson("Nope" as WireTypeName, "{}")).toThrow(TypeError);
    expect(() => safeDecodeJson("fleetRun" as WireTypeName, "{}")).toThrow(/no wire type named "fleetRun"/);
  });
});
