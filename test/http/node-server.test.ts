/**
 * readWireBodyFromNode and writeProblem on a real node:http server on
 * 127.0.0.1, sent real requests with fetch: valid, invalid (the path in the
 * problem), oversized with and without Content-Length, wrong content type,
 * NDJSON with a bad line, invalid UTF-8.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encodeJson, safeDecodeJson } from "../../src/index.js";
import { readWireBodyFromNode, writeProblem } from "../../src/http/index.js";
import { workerEvent, workerEventLines } from "../cli/events.js";
import { chunked, type Listening, listen } from "./server.js";

let server: Listening;
/** Bytes the handlers were given to keep (to show a 413 never buffers the body). */
let reads: string[] = [];

beforeAll(async () => {
  server = await listen(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/event" || url.pathname === "/small") {
      const result = await readWireBodyFromNode(
        "FleetWorkerEvent",
        req,
        url.pathname === "/small" ? { limit: 100 } : {},
      );
      if (!result.ok) return writeProblem(res, result);
      reads.push(url.pathname);
      res.setHeader("content-type", "application/json");
      // The typed value, written back as serde's bytes: lossless end to end.
      return void res.end(encodeJson("FleetWorkerEvent", result.value as never));
    }
    if (url.pathname === "/events") {
      const result = await readWireBodyFromNode("FleetWorkerEvent", req, {
        lines: true,
        maxErrors: Number(url.searchParams.get("maxErrors") ?? 20),
      });
      if (!result.ok) return writeProblem(res, result);
      res.setHeader("content-type", "application/json");
      return void res.end(JSON.stringify({ count: result.value.length, lastSeq: result.value.at(-1)?.seq }));
    }
    res.statusCode = 404;
    res.end();
  });
});
afterAll(() => server.close());

const json = { "content-type": "application/json" };
const post = (
  path: string,
  body: BodyInit | null,
  headers: Record<string, string> = json,
  extra: Partial<RequestInit> = {},
) => fetch(`${server.url}${path}`, { method: "POST", body, headers, ...extra } as RequestInit);

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as Record<string, any>;
}

const [line1] = workerEventLines(8);
const small = '{"seq":1,"run_id":"r","worker_id":"w","task_id":"t","timestamp":"x","state":"running"}';

describe("a document", () => {
  test("valid: the typed value, every digit kept", async () => {
    const response = await post("/event", line1!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(line1);
  });

  test("invalid: 400 problem+json with the path, pointer, line, column and the WireError message as detail", async () => {
    const text = line1!.replace('"worker_id":"worker-00"', '"worker_id":12');
    const response = await post("/event", text);
    expect(response.status).toBe(400);
    const expected = safeDecodeJson("FleetWorkerEvent", text);
    if (expected.ok) throw new Error("the body should be invalid");
    expect(await problemOf(response)).toEqual({
      type: "https://fleetwire.dev/problems/invalid-body",
      title: "Invalid request body",
      status: 400,
      detail: expected.error.message,
      wireType: "FleetWorkerEvent",
      path: "worker_id",
      pointer: "/worker_id",
      line: 1,
      column: expected.error.column,
      errors: [
        {
          detail: "expected a string, got integer 12",
          path: "worker_id",
          pointer: "/worker_id",
          line: 1,
          column: expected.error.column,
        },
      ],
      errorCount: 1,
    });
  });

  test("a nested path, and a syntax error's line and column", async () => {
    const nested = await problemOf(
      await post(
        "/event",
        small.replace('"state":"running"', '"state":"running","extra":{"a":1,"a":2},"seq":3'),
      ),
    );
    expect(nested).toMatchObject({
      status: 400,
      path: "seq",
      detail: expect.stringMatching(/duplicate field `seq`/),
    });
    const syntax = await problemOf(await post("/event", '{\n  "seq": 1,\n  "run_id" "r"\n}'));
    expect(syntax).toMatchObject({
      status: 400,
      path: "",
      pointer: "",
      line: 3,
      column: 12,
      detail: expect.stringMatching(/expected `:`/),
    });
  });

  test("the problem never echoes the body: long values are clipped", async () => {
    const long = "x".repeat(100_000);
    const text = small.replace('"state":"running"', `"state":"${long}","task_id":"${long}"`);
    const response = await post("/event", text);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body.length).toBeLessThan(2_000);
    expect(body).not.toContain("x".repeat(600));
  });

  test("invalid UTF-8: 400 naming the byte", async () => {
    const bytes = new TextEncoder().encode(small);
    const bad = new Uint8Array([...bytes.subarray(0, 30), 0xff, ...bytes.subarray(30)]);
    const problem = await problemOf(await post("/event", bad));
    expect(problem).toMatchObject({
      status: 400,
      detail: "FleetWorkerEvent (line 1, column 31): invalid UTF-8 at byte 30",
      line: 1,
      column: 31,
    });
  });

  test("an empty body is a 400, not a crash", async () => {
    expect(await problemOf(await post("/event", ""))).toMatchObject({
      status: 400,
      detail: expect.stringMatching(/EOF while parsing a value/),
    });
  });
});

describe("size limit", () => {
  const big = new TextEncoder().encode(
    `${small.slice(0, -1)},"extra":{"pad":"${"p".repeat(2 * 1024 * 1024)}"}}`,
  );

  test("over the limit with Content-Length: 413 before reading, and the connection is closed", async () => {
    reads = [];
    const response = await post("/event", big);
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await problemOf(response)).toEqual({
      type: "https://fleetwire.dev/problems/body-too-large",
      title: "Request body too large",
      status: 413,
      detail: `The request body (Content-Length ${big.length}) is larger than the limit of 1048576 bytes.`,
      limit: 1048576,
    });
    expect(reads).toEqual([]);
  });

  test("over the limit without Content-Length (chunked): 413 once the limit is passed", async () => {
    const response = await post("/event", null, json, chunked(big));
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({
      status: 413,
      detail: "The request body is larger than the limit of 1048576 bytes.",
      limit: 1048576,
    });
  });

  test("a 100 MB chunked upload is refused without being kept", async () => {
    const huge = new Uint8Array(100 * 1024 * 1024).fill(0x20);
    const before = process.memoryUsage().arrayBuffers;
    const response = await post("/event", null, json, chunked(huge, 1024 * 1024));
    expect(response.status).toBe(413);
    await response.body?.cancel();
    // The server side kept at most the limit (plus a chunk); the client's own 100 MB is `huge`, allocated before.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
  });

  test("the limit option: at the limit passes, one byte over is 413", async () => {
    const exact = small.padEnd(100, " ");
    expect((await post("/small", exact)).status).toBe(200);
    expect((await post("/small", `${exact} `)).status).toBe(413);
    expect((await post("/small", null, json, chunked(new TextEncoder().encode(`${exact} `), 7))).status).toBe(
      413,
    );
  });

  test("the server keeps serving after refusing bodies", async () => {
    expect((await post("/event", line1!)).status).toBe(200);
  });
});

describe("content type and coding: 415", () => {
  test.each([
    ["text/plain", 'Content-Type "text/plain" is not accepted: send application/json.'],
    [
      "application/x-www-form-urlencoded",
      'Content-Type "application/x-www-form-urlencoded" is not accepted: send application/json.',
    ],
    [
      "application/json; charset=latin1",
      'charset "latin1" is not accepted: send UTF-8 (charset=utf-8, or no charset).',
    ],
    ["application/jsonx", 'Content-Type "application/jsonx" is not accepted: send application/json.'],
  ])("%s", async (contentType, detail) => {
    const response = await post("/event", small, { "content-type": contentType });
    expect(response.status).toBe(415);
    expect(await problemOf(response)).toEqual({
      type: "https://fleetwire.dev/problems/unsupported-media-type",
      title: "Unsupported media type",
      status: 415,
      detail,
      accept: ["application/json"],
    });
  });

  test("no Content-Type at all", async () => {
    const response = await post("/event", new TextEncoder().encode(small), {});
    expect(response.status).toBe(415);
    expect(await problemOf(response)).toMatchObject({
      detail: "The request has no Content-Type: send application/json.",
    });
  });

  test("a content coding: 415 with Accept-Encoding: identity", async () => {
    const response = await post("/event", small, { ...json, "content-encoding": "gzip" });
    expect(response.status).toBe(415);
    expect(response.headers.get("accept-encoding")).toBe("identity");
    expect(await problemOf(response)).toMatchObject({
      detail: 'Content-Encoding "gzip" is not supported: send the body uncompressed.',
    });
  });

  test.each([
    "application/json; charset=utf-8",
    'Application/JSON; Charset="UTF-8"',
    "application/json;charset=UTF-8",
  ])("accepted: %s", async (contentType) => {
    expect((await post("/event", small, { "content-type": contentType })).status).toBe(200);
  });
});

describe("NDJSON (lines: true)", () => {
  const ndjson = { "content-type": "application/x-ndjson" };

  test("every line valid: the values; blank lines skipped", async () => {
    const lines = workerEventLines(100);
    const response = await post(
      "/events",
      `${lines.slice(0, 50).join("\n")}\n\n${lines.slice(50).join("\r\n")}\n`,
      ndjson,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ count: 100, lastSeq: 100 });
  });

  test("a bad line: 400 naming the line and the path", async () => {
    const lines = workerEventLines(5);
    lines[2] = lines[2]!.replace('"state":"starting"', '"state":"sleeping"');
    const response = await post("/events", lines.join("\n"), { "content-type": "application/jsonl" });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({
      type: "https://fleetwire.dev/problems/invalid-body",
      status: 400,
      detail: expect.stringMatching(
        /^FleetWorkerEvent at state \(line 3, column \d+\): unknown variant "sleeping"/,
      ),
      path: "state",
      pointer: "/state",
      line: 3,
      errors: [
        {
          line: 3,
          path: "state",
          pointer: "/state",
          detail: expect.stringMatching(/^unknown variant "sleeping"/),
          column: expect.any(Number),
        },
      ],
      errorCount: 1,
      lineCount: 5,
    });
  });

  test("reading stops at maxErrors bad lines, and the problem says where", async () => {
    const lines = workerEventLines(10).map((line, i) =>
      i % 2 === 0 ? line.replace(/"seq":\d+/, '"seq":-1') : line,
    );
    const problem = await problemOf(await post("/events?maxErrors=2", lines.join("\n"), ndjson));
    expect(problem.errors.map((e: { line: number }) => e.line)).toEqual([1, 3]);
    expect(problem).toMatchObject({
      errorCount: 2,
      lineCount: 3,
      stoppedAtLine: 3,
      detail: expect.stringMatching(
        /\(1 more invalid line\); reading stopped at line 3, after 2 invalid lines$/,
      ),
    });
  });

  test("application/json is not NDJSON: 415 naming the NDJSON types", async () => {
    const problem = await problemOf(await post("/events", workerEventLines(2).join("\n")));
    expect(problem).toMatchObject({ status: 415, accept: ["application/x-ndjson", "application/jsonl"] });
  });
});

test("a body already read by a body parser is a programming error", async () => {
  await expect(
    readWireBodyFromNode("FleetRun", {
      headers: {},
      readableEnded: true,
      on: () => {},
      removeListener: () => {},
      resume: () => {},
    }),
  ).rejects.toThrow(/already read/);
});

test("the application value is typed (u128 and big Value integers survive)", async () => {
  const event = workerEvent(7); // extra.big = u64::MAX inside a serde_json::Value
  const text = encodeJson("FleetWorkerEvent", event as never);
  expect(text).toContain('"big":18446744073709551615');
  expect(await (await post("/event", text)).text()).toBe(text);
});
