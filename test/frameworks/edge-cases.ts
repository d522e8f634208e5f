/**
 * The cases every framework adapter must pass, run against a real server of
 * that framework on 127.0.0.1 (port 0), started by the test file and closed
 * after it. Each adapter's test builds an app with these routes:
 *
 * - POST /echo: body DashboardState, answers it back as DashboardState
 * - POST /events: NDJSON of FleetWorkerEvent, answers `{"count": n}`
 * - POST /small: body FleetRun with a 1 KiB limit, answers it back
 * - GET /broken: answers a DashboardState whose u128 is negative (does not fit)
 *
 * and records the errors its framework's error handling saw in `errors`.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { decodeJson } from "../../src/codec/index.js";
import { readValid } from "../conformance/fixtures.js";

export interface RunningApp {
  readonly url: string;
  /** Errors the framework's error handler (or log) saw, in order. */
  readonly errors: unknown[];
  close(): Promise<void>;
}

/** A golden serde DashboardState with u128s above 2^53 and integral floats (`1.0`) in its JSON values. */
export const dashboardLine = (() => {
  const line = readValid("DashboardState").find(
    (text) => /_unix_nanos":\d{17,}/.test(text) && text.includes(":1.0") && /"generation":\d+/.test(text),
  );
  if (line === undefined) throw new Error("no golden DashboardState with big u128s and 1.0 floats");
  return line;
})();

/** A DashboardState that does not fit: a u128 below zero. */
export const brokenDashboard = () => ({
  ...decodeJson("DashboardState", dashboardLine),
  generated_at_unix_nanos: -1n,
});

const eventLines = readValid("FleetWorkerEvent").slice(0, 5);
const runLine = readValid("FleetRun").reduce((a, b) => (b.length < a.length ? b : a));

const post = (url: string, body: string | Uint8Array, contentType?: string) =>
  fetch(url, {
    method: "POST",
    body: body as BodyInit,
    headers: contentType === undefined ? {} : { "content-type": contentType },
  });

export function describeFramework(name: string, start: () => Promise<RunningApp>): void {
  describe(`${name}: lossless bodies through the framework's own pipeline`, { timeout: 30_000 }, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await start();
    }, 30_000);
    afterAll(async () => {
      await app?.close();
    });

    test("a DashboardState with u128s above 2^53 and 1.0 floats comes back byte-identical to serde's", async () => {
      expect(dashboardLine).toMatch(/_unix_nanos":\d{19}/);
      const response = await post(`${app.url}/echo`, dashboardLine, "application/json");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json\b/);
      expect(await response.text()).toBe(dashboardLine);
      // The same with a charset parameter and as bytes.
      const again = await post(
        `${app.url}/echo`,
        new TextEncoder().encode(dashboardLine),
        "application/json; charset=utf-8",
      );
      expect(await again.text()).toBe(dashboardLine);
    });

    test("a body that does not fit: 400 problem+json with the path", async () => {
      const response = await post(
        `${app.url}/echo`,
        dashboardLine.replace(/"generation":\d+/, '"generation":-1'),
        "application/json",
      );
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = await response.json();
      expect(problem).toMatchObject({
        status: 400,
        title: "Invalid request body",
        wireType: "DashboardState",
      });
      expect(problem.path).toMatch(/generation$/);
    });

    test("a duplicate field: 400 naming it", async () => {
      const duplicated = `{"target":${JSON.stringify({ target_id: "x" })},${dashboardLine.slice(1)}`;
      const response = await post(`${app.url}/echo`, duplicated, "application/json");
      expect(response.status).toBe(400);
      const problem = await response.json();
      expect(problem.path).toBe("target");
      expect(problem.detail).toMatch(/duplicate field `target`/);
    });

    test("NDJSON of FleetWorkerEvents: all good lines read; a bad line is a 400 naming that line", async () => {
      const good = await post(`${app.url}/events`, `${eventLines.join("\n")}\n`, "application/x-ndjson");
      expect(good.status).toBe(200);
      expect(await good.json()).toEqual({ count: eventLines.length });
      const lines = [...eventLines];
      lines[2] = '{"seq": 1, "state": "no_such_state"}';
      const bad = await post(`${app.url}/events`, lines.join("\n"), "application/x-ndjson");
      expect(bad.status).toBe(400);
      const problem = await bad.json();
      expect(problem).toMatchObject({ status: 400, errorCount: 1, lineCount: eventLines.length, line: 3 });
      expect(problem.errors[0].line).toBe(3);
    });

    test("a wrong or missing content type: 415 problem, the handler does not run", async () => {
      for (const type of ["text/plain", "application/xml", undefined]) {
        const response = await post(`${app.url}/echo`, dashboardLine, type);
        expect(response.status, String(type)).toBe(415);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect((await response.json()).accept).toEqual(["application/json"]);
      }
      const ndjsonAsJson = await post(`${app.url}/echo`, dashboardLine, "application/x-ndjson");
      expect(ndjsonAsJson.status).toBe(415);
    });

    test("an oversized body: 413 problem with the limit, by Content-Length and by counting a stream", async () => {
      const big = `{"id":"${"x".repeat(2000)}"}`;
      const response = await post(`${app.url}/small`, big, "application/json");
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ status: 413, limit: 1024 });
      const chunks = new TextEncoder().encode(big);
      const streamed = await fetch(`${app.url}/small`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(chunks.subarray(0, 600));
            controller.enqueue(chunks.subarray(600));
            controller.close();
          },
        }),
        duplex: "half",
      } as RequestInit);
      expect(streamed.status).toBe(413);
      const small = await post(`${app.url}/small`, runLine, "application/json");
      expect(await small.text()).toBe(runLine);
    });

    test("a response value that does not fit its type: 500, a clear server-side error, no wire bytes", async () => {
      const before = app.errors.length;
      const response = await fetch(`${app.url}/broken`);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain('"target"');
      const seen = app.errors.slice(before);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        name: "WireResponseError",
        statusCode: 500,
        typeName: "DashboardState",
      });
      expect(String((seen[0] as Error).message)).toMatch(/generated_at_unix_nanos/);
    });
  });
}
