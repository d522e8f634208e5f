/**
 * readWireBody with Fetch API `Request` objects (what Hono, Next.js route
 * handlers, Deno and Bun hand a handler): built directly, and through a tiny
 * Fetch-handler adapter on a real node:http server.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FleetWorkerEventSchema, type FleetWorkerEvent } from "../../src/index.js";
import { problemResponse, readWireBody, wireProblem } from "../../src/http/index.js";
import { safeDecodeJson } from "../../src/index.js";
import { workerEventLines } from "../cli/events.js";
import { chunked, fetchAdapter, type Listening, listen } from "./server.js";

const [line1, line2] = workerEventLines(2);
const request = (
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "application/json" },
  init: Partial<RequestInit> = {},
) => new Request("http://edge.test/events", { method: "POST", body, headers, ...init } as RequestInit);

describe("readWireBody(type, request)", () => {
  test("valid: the typed value", async () => {
    const result = await readWireBody("FleetWorkerEvent", request(line1!));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const event: FleetWorkerEvent = result.value;
    expect(event.seq).toBe(1);
  });

  test("a schema works as the type too", async () => {
    const result = await readWireBody(FleetWorkerEventSchema, request(line2!));
    expect(result).toMatchObject({ ok: true, value: { seq: 2, state: "leased" } });
  });

  test("invalid: a 400 Response ready to return, a new one each time", async () => {
    const text = line1!.replace('"seq":1', '"seq":"one"');
    const result = await readWireBody("FleetWorkerEvent", request(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.error?.pathString).toBe("seq");
    const response = result.response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual(result.problem);
    expect(result.response).not.toBe(response);
    expect(result.problem).toMatchObject({ path: "seq", pointer: "/seq", line: 1, column: 8 });
    const decoded = safeDecodeJson("FleetWorkerEvent", text);
    expect(decoded.ok === false && result.problem).toEqual(
      decoded.ok === false && wireProblem(decoded.error),
    );
  });

  test("Content-Length over the limit: 413 without reading the body", async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const result = await readWireBody(
      "FleetWorkerEvent",
      request(body, { "content-type": "application/json", "content-length": "5000000" }, {
        duplex: "half",
      } as RequestInit),
    );
    expect(result).toMatchObject({ ok: false, status: 413, bodyUnread: true, problem: { limit: 1048576 } });
    expect(pulls).toBeLessThanOrEqual(1);
  });

  test("an endless body without Content-Length: reading stops at the limit", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const result = await readWireBody(
      "FleetWorkerEvent",
      request(endless, undefined, { duplex: "half" } as RequestInit),
      { limit: 256 * 1024 },
    );
    expect(result).toMatchObject({
      ok: false,
      status: 413,
      problem: { detail: "The request body is larger than the limit of 262144 bytes." },
    });
    expect(sent).toBeLessThan(1024 * 1024);
  });

  test("wrong content type: 415", async () => {
    const result = await readWireBody("FleetWorkerEvent", request(line1!, { "content-type": "text/plain" }));
    expect(result).toMatchObject({ ok: false, status: 415, problem: { accept: ["application/json"] } });
    // A string body without headers gets text/plain;charset=UTF-8 from the Request constructor.
    expect(
      await readWireBody(
        "FleetWorkerEvent",
        new Request("http://edge.test/", { method: "POST", body: line1! }),
      ),
    ).toMatchObject({ status: 415 });
  });

  test("contentTypes widens what is accepted", async () => {
    const result = await readWireBody(
      "FleetWorkerEvent",
      request(line1!, { "content-type": "application/vnd.fleet+json" }),
      {
        contentTypes: ["application/json", "application/vnd.fleet+json"],
      },
    );
    expect(result.ok).toBe(true);
  });

  test("lines: per-line results; the good lines of a batch stay usable", async () => {
    const lines = workerEventLines(4);
    lines[1] = "{not json";
    const result = await readWireBody(
      "FleetWorkerEvent",
      request(lines.join("\n"), { "content-type": "application/x-ndjson" }),
      { lines: true },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.lines?.map((line) => (line.ok ? `ok ${line.line}` : `bad ${line.line}`))).toEqual([
      "ok 1",
      "bad 2",
      "ok 3",
      "ok 4",
    ]);
    expect(result.problem).toMatchObject({
      status: 400,
      line: 2,
      column: 2,
      path: "",
      errorCount: 1,
      lineCount: 4,
    });
    const ok = await readWireBody(
      "FleetWorkerEvent",
      request(workerEventLines(3).join("\n"), { "content-type": "application/x-ndjson" }),
      { lines: true },
    );
    expect(ok.ok && ok.value.map((event) => event.seq)).toEqual([1, 2, 3]);
  });

  test("a body already read is a programming error", async () => {
    const used = request(line1!);
    await used.text();
    await expect(readWireBody("FleetWorkerEvent", used)).rejects.toThrow(/already read/);
  });

  test("problemResponse: any problem as a Response, with extra headers", async () => {
    const response = problemResponse(
      { type: "about:blank", title: "Bad Request", status: 400, detail: "no" },
      { headers: { "x-request-id": "42" } },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("x-request-id")).toBe("42");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("a Fetch handler on a real server, through a tiny adapter", () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(
      fetchAdapter(async (req) => {
        const result = await readWireBody("FleetWorkerEvent", req);
        if (!result.ok) return result.response;
        return Response.json({ seq: result.value.seq, state: result.value.state });
      }),
    );
  });
  afterAll(() => server.close());

  const post = (
    body: BodyInit | null,
    headers: Record<string, string> = { "content-type": "application/json" },
    extra: Partial<RequestInit> = {},
  ) => fetch(server.url, { method: "POST", body, headers, ...extra } as RequestInit);

  test("valid → 200 with the typed value", async () => {
    const response = await post(line2!);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ seq: 2, state: "leased" });
  });

  test("invalid → 400 problem with the path", async () => {
    const response = await post(line2!.replace('"state":"leased"', '"state":"leasing"'));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      path: "state",
      pointer: "/state",
      detail: expect.stringContaining('unknown variant "leasing"'),
    });
  });

  test("oversized, with and without Content-Length → 413", async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    expect((await post(big)).status).toBe(413);
    expect((await post(null, { "content-type": "application/json" }, chunked(big))).status).toBe(413);
  });

  test("wrong content type → 415", async () => {
    expect((await post(line1!, { "content-type": "text/csv" })).status).toBe(415);
  });
});
