/**
 * The HTTP helpers against hostile clients, on a real node:http server on
 * 127.0.0.1: a body that never ends gets 408 problem+json within the timeout,
 * `charset=utf8` is UTF-8, and a 1 MiB body of bad NDJSON lines stops at
 * maxErrors.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readWireBody, readWireBodyFromNode, writeProblem } from "../../src/http/index.js";
import { readValid } from "../conformance/fixtures.js";
import { fetchAdapter, type Listening, listen } from "../http/server.js";

let node: Listening;
let fetchServer: Listening;

beforeAll(async () => {
  node = await listen(async (req, res) => {
    const lines = req.url?.includes("lines") === true;
    const result = await readWireBodyFromNode("FleetRetryPolicy", req, { timeout: 300, lines });
    if (!result.ok) return writeProblem(res, result);
    res.writeHead(204).end();
  });
  fetchServer = await listen(
    fetchAdapter(async (request) => {
      const result = await readWireBody("FleetRetryPolicy", request, { timeout: 300 });
      return result.ok ? new Response(null, { status: 204 }) : result.response;
    }),
  );
});

afterAll(async () => {
  await node.close();
  await fetchServer.close();
});

/** Sends the headers and a first piece of the body, then nothing more. */
function slowClient(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: "POST", headers: { "content-type": "application/json", "content-length": "1000" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }),
        );
      },
    );
    req.on("error", reject);
    req.write('{"max_attempts":');
  });
}

test.each(["node", "fetch"])(
  "%s: a body that does not arrive within the timeout is 408 problem+json",
  async (which) => {
    const started = Date.now();
    const answer = await slowClient(which === "node" ? node.url : fetchServer.url);
    expect(answer.status).toBe(408);
    expect(answer.type).toBe("application/problem+json");
    expect(JSON.parse(answer.body)).toMatchObject({
      status: 408,
      title: "Request body timeout",
      timeout: 300,
    });
    expect(Date.now() - started).toBeLessThan(5000);
  },
);

test.each(["utf8", "UTF8", '"utf-8"'])("Content-Type charset=%s is UTF-8", async (charset) => {
  const response = await fetch(node.url, {
    method: "POST",
    headers: { "content-type": `application/json; charset=${charset}` },
    body: readValid("FleetRetryPolicy")[0],
  });
  expect(response.status).toBe(204);
});

test("charset=latin1 is still 415", async () => {
  const response = await fetch(node.url, {
    method: "POST",
    headers: { "content-type": "application/json; charset=latin1" },
    body: "{}",
  });
  expect(response.status).toBe(415);
});

test("1 MiB of bad NDJSON lines: 400 after maxErrors lines, not half a million errors", async () => {
  const response = await fetch(`${node.url}/lines`, {
    method: "POST",
    headers: { "content-type": "application/x-ndjson" },
    body: "1\n".repeat(512 * 1024),
  });
  expect(response.status).toBe(400);
  const problem = await response.json();
  expect(problem).toMatchObject({ errorCount: 20, lineCount: 20, stoppedAtLine: 20 });
  expect(problem.errors).toHaveLength(20);
});
