/**
 * The hostile-input findings of issue 12, each as its exact repro: the
 * verdict, the message, no NaN written, no inherited key, no quadratic path
 * (timing lives in `npm run hostile`; here only behaviour is asserted).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { decodeJson, decodeJsonLines, encodeJson, safeDecodeJson, WireError } from "../../src/index.js";
import { MAX_INPUT_LENGTH } from "../../src/codec/decode.js";
import { readValid } from "../conformance/fixtures.js";
import { cite } from "../support/rules.js";

const messageOf = (type: Parameters<typeof safeDecodeJson>[0], text: string | Uint8Array) => {
  const result = safeDecodeJson(type, text);
  expect(result.ok).toBe(false);
  return (result as { error: WireError }).error;
};

const golden = (type: string) => readValid(type)[0] as string;

describe("a struct accepts only a JSON object", () => {
  test.each(["1.0", "0.0", "-0", "1e2", "1e39"])(
    "FleetRetryPolicy from %s is refused, as serde does",
    (text) => {
      const error = messageOf("FleetRetryPolicy", text);
      expect(error.message).toBe(
        `FleetRetryPolicy (line 1, column 1): expected struct FleetRetryPolicy (a JSON object), got float ${text}`,
      );
    },
  );

  test("a float in place of a nested all-defaulted struct: FleetTaskSpec.retry_policy", () => {
    const line = golden("FleetTaskSpec").replace(/"retry_policy":\{[^}]*\}/, '"retry_policy":1.0');
    expect(line).toContain('"retry_policy":1.0');
    const error = messageOf("FleetTaskSpec", line);
    expect(error.path).toEqual(["retry_policy"]);
    expect(error.expected).toBe("expected struct FleetRetryPolicy (a JSON object), got float 1.0");
  });

  test("a float in place of ControlCommandRequest.target is not an empty target", () => {
    const line = golden("ControlCommandRequest").replace(/"target":\{[^}]*\}/, '"target":1.0');
    expect(line).toContain('"target":1.0');
    expect(messageOf("ControlCommandRequest", line).path).toEqual(["target"]);
  });

  test("arrays, strings and booleans in place of a struct are refused too", () => {
    for (const text of ["[]", '""', "true", "[1.0]"])
      expect(safeDecodeJson("FleetRetryPolicy", text).ok).toBe(false);
    expect(decodeJson("FleetRetryPolicy", "{}")).toMatchObject({ max_attempts: 3 });
  });
});

describe("escapes and long strings", () => {
  test("a million escapes decode to what JSON.parse reads", () => {
    const body = 'ab\\ncd\\u00e9\\ud83d\\ude00\\"\\\\\\/'.repeat(20000);
    const text = `{"a":"${body}","b":"${"\\n".repeat(100000)}"}`;
    const payload = decodeJson(
      "EventRecord",
      golden("EventRecord").replace(/"payload":.*\}$/, `"payload":${text}}`),
    ).payload as { a: string; b: string };
    expect(payload).toEqual(JSON.parse(text));
  });

  test("an unterminated escaped string is an error, not a hang", () => {
    expect(messageOf("EventRecord", '{"payload":"\\n\\n').expected).toMatch(/EOF while parsing a string/);
  });
});

describe("number tokens are judged by their digit count", () => {
  test("a million digits in a Value: number out of range, without building a bigint", () => {
    const error = messageOf("EventRecord", `{"payload":${"1".repeat(1_000_000)}}`);
    expect(error.expected).toMatch(/number out of range/);
    expect(error.message.length).toBeLessThan(300);
  });

  test("a u128 of 300 digits: the message cuts the digits it quotes", () => {
    const line = golden("EventRecord").replace(
      /"occurred_at_unix_nanos":\d+/,
      `"occurred_at_unix_nanos":${"9".repeat(300)}`,
    );
    const error = messageOf("EventRecord", line);
    expect(error.path).toEqual(["occurred_at_unix_nanos"]);
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain("…");
  });

  test("309 digits is still a number (an f64 takes it), 310 is beyond f64", () => {
    expect(safeDecodeJson("FleetScore", `{"name":"a","value":${"1".repeat(309)}}`).ok).toBe(
      safeDecodeJson("FleetScore", `{"name":"a","value":1.1e308}`).ok,
    );
    expect(messageOf("EventRecord", `{"payload":${"1".repeat(310)}}`).expected).toMatch(/out of range/);
  });
});

test("an error under 120 levels is located at its line and column", () => {
  const inner = `${"[".repeat(118)}1${"]".repeat(118)}`;
  const line = golden("EventRecord")
    .replace(/"payload":.*\}$/, `"payload":${inner}}`)
    .replace(/"sequence":\d+/, '"sequence":-1');
  const error = messageOf("EventRecord", line);
  expect(error.path).toEqual(["sequence"]);
  expect(line.slice(error.offset as number)).toMatch(/^-1/);
});

describe("NDJSON: a bounded number of errors, then reading stops", () => {
  test("maxErrors stops a text after that many bad lines; bad-line errors carry no stack frames", () => {
    const lines = [...decodeJsonLines("FleetRetryPolicy", "1\n".repeat(100_000), { maxErrors: 5 })];
    expect(lines.length).toBe(5);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
    const error = (lines[4] as { error: WireError }).error;
    expect(error).toBeInstanceOf(WireError);
    expect(error.stack ?? "").not.toMatch(/\n\s+at /);
  });

  test("decodeJson's thrown error still has a stack", () => {
    try {
      decodeJson("FleetRetryPolicy", "1");
      expect.unreachable();
    } catch (error) {
      expect((error as Error).stack).toMatch(/\n\s+at /);
    }
  });

  test("one long line split over many chunks reads as the document", async () => {
    const line = golden("EventRecord").replace(/"payload":.*\}$/, `"payload":"${"x".repeat(200_000)}"}`);
    async function* chunks() {
      for (let i = 0; i < line.length; i += 1000) yield new TextEncoder().encode(line.slice(i, i + 1000));
      yield new TextEncoder().encode(`\n${line}\n`);
    }
    const results = [];
    for await (const item of decodeJsonLines("EventRecord", chunks())) results.push(item);
    expect(results.map((r) => [r.ok, r.line])).toEqual([
      [true, 1],
      [true, 2],
    ]);
  });

  test("maxErrors cancels a stream", async () => {
    let cancelled = false;
    const stream = new ReadableStream<string>({
      pull(controller) {
        controller.enqueue("1\n");
      },
      cancel() {
        cancelled = true;
      },
    });
    const results = [];
    for await (const item of decodeJsonLines("FleetRetryPolicy", stream, { maxErrors: 3 }))
      results.push(item);
    expect(results.length).toBe(3);
    expect(cancelled).toBe(true);
  });
});

test("input over 512 MiB is an ordinary WireError naming the limit", () => {
  const bytes = new Uint8Array(16);
  // A stand-in for 512 MiB of bytes: only the length is read before the refusal.
  Object.defineProperty(bytes, "length", { value: MAX_INPUT_LENGTH + 1 });
  const error = messageOf("FleetRun", bytes);
  expect(error.expected).toBe(
    `input too large: ${MAX_INPUT_LENGTH + 1} bytes; fleetwire reads at most ${MAX_INPUT_LENGTH} (512 MiB, the longest string JavaScript holds)`,
  );
});

describe("encodeJson writes only what it validated", () => {
  const record = (payload: unknown) => ({
    ...decodeJson("EventRecord", golden("EventRecord")),
    payload,
  });

  test("a getter that changes between reads never makes it write NaN.0, Infinity.0 or an out-of-range integer", () => {
    for (const later of [Number.NaN, Number.POSITIVE_INFINITY, 2 ** 70, -1]) {
      let reads = 0;
      const payload = {
        get x() {
          return reads++ === 0 ? 1.5 : later;
        },
      };
      const bytes = encodeJson("EventRecord", record(payload) as never);
      expect(bytes).toContain('"payload":{"x":1.5}');
      expect(reads).toBe(1);
    }
  });

  test("a Proxy answering differently per read is read once", () => {
    let reads = 0;
    const payload = new Proxy({ x: 0 } as Record<string, unknown>, {
      get: (_target, key) => (key === "x" ? (reads++ === 0 ? 2 : Number.NaN) : undefined),
    });
    expect(encodeJson("EventRecord", record(payload) as never)).toContain('"payload":{"x":2}');
  });

  test("a struct getter: sequence read once", () => {
    let reads = 0;
    const value = decodeJson("EventRecord", golden("EventRecord")) as Record<string, unknown>;
    const changing = { ...value };
    Object.defineProperty(changing, "sequence", {
      enumerable: true,
      get: () => (reads++ === 0 ? 7 : Number.NaN),
    });
    expect(encodeJson("EventRecord", changing as never)).toContain('"sequence":7,');
  });

  test("2 ** 53 built in JS inside a Value is written as an integer", () => {
    expect(encodeJson("EventRecord", record({ big: 2 ** 53, neg: -(2 ** 60) }) as never)).toContain(
      '"payload":{"big":9007199254740992,"neg":-1152921504606846976}',
    );
  });
});

test(cite("D10", "a lone surrogate escape or 1e400 in an unknown field is refused, naming it"), () => {
  const line = golden("FleetRetryPolicy");
  expect(messageOf("FleetRetryPolicy", line.replace("{", '{"zz":"\\ud800",')).expected).toMatch(/surrogate/);
  expect(messageOf("FleetRetryPolicy", line.replace("{", '{"zz":1e400,')).expected).toMatch(/beyond f64/);
});

test("a polluted Object.prototype changes no verdict and no byte (in a child process)", () => {
  const src = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
  const script = join(tmpdir(), `fleetwire-polluted-${process.pid}.ts`);
  const lines = ["FleetRetryPolicy", "EventRecord", "Runner", "DashboardState", "FleetTaskSpec"].map((t) => [
    t,
    golden(t),
  ]);
  writeFileSync(
    script,
    `import { safeDecodeJson, encodeJson, EventRecordSchema } from ${JSON.stringify(src)};
const cases = ${JSON.stringify(lines)};
const dup = ['FleetRetryPolicy', '{"max_attempts":1,"max_attempts":2}'];
const extra = ['EventRecord', cases[1][1].replace(/"payload":.*\\}$/, '"payload":{"a":1}}')];
const all = [...cases, dup, extra];
const run = () => all.map(([t, text]) => { const r = safeDecodeJson(t, text); return r.ok ? encodeJson(t, r.value) : "error: " + r.error.message; });
const clean = run();
const rawRecord = safeDecodeJson(extra[0], extra[1]).value;
Object.prototype.polluted = "yes";
Object.prototype.max_attempts = 99;
Object.prototype.child_id = "leak";
const dirty = run();
const payload = safeDecodeJson(extra[0], extra[1]).value.payload;
// An inherited key whose value is no JSON value: a Value check that read it would refuse the payload.
Object.prototype.notJson = Symbol("inherited");
const value = EventRecordSchema.safeParse({ ...rawRecord, payload: { a: 1, b: [{ c: 2 }] } });
console.log(JSON.stringify({ same: JSON.stringify(clean) === JSON.stringify(dirty), clean, dirty, payloadKeys: Object.keys(payload), own: Object.hasOwn(payload, "polluted"), reencoded: encodeJson(extra[0], rawRecord) === clean[clean.length - 1], valueAccepted: value.success }));
`,
  );
  const child = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  const result = JSON.parse(child.stdout) as {
    same: boolean;
    clean: string[];
    dirty: string[];
    payloadKeys: string[];
    own: boolean;
    reencoded: boolean;
    valueAccepted: boolean;
  };
  expect(result.dirty).toEqual(result.clean);
  expect(result.clean[5]).toMatch(/duplicate field `max_attempts`/);
  expect(result.payloadKeys).toEqual(["a"]);
  expect(result.own).toBe(false);
  expect(result.reencoded).toBe(true);
  // A Value is checked on its own keys only.
  expect(result.valueAccepted).toBe(true);
});
