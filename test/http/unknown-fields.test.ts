/**
 * The HTTP helpers with `unknownFields`, on a real node:http server on
 * 127.0.0.1 (port 0) and through a Fetch handler: "report" hands the list to
 * the handler (and to a logger), "reject" answers 400 problem+json naming the
 * field, "drop" lets the closed Runner accept a newer producer.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readWireBody, readWireBodyFromNode, writeProblem } from "../../src/http/index.js";
import { Hono } from "hono";
import { wireValidator } from "../../src/hono/index.js";
import type { UnknownFieldsMode } from "../../src/index.js";
import { wireCodec } from "../../src/zod-codec/index.js";
import { fetchAdapter, type Listening, listen } from "./server.js";

const task = (extra = "") => `{"id":"t","name":"n","instructions":"i"${extra}}`;
const run = (extra = "") =>
  `{"id":"r","name":"n","status":"running","task_specs":[${task()},${task(',"budget":3')}],"created_at":"c"${extra}}`;
const runner =
  '{"id":"i","userId":"u","name":"n","derivedStatus":"healthy","wsConnected":true,"createdAt":"c","instances":2}';

let node: Listening;
let fetchServer: Listening;
const logged: (readonly string[])[] = [];

beforeAll(async () => {
  node = await listen(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const mode = (url.searchParams.get("unknown") ?? undefined) as UnknownFieldsMode | undefined;
    const type = url.pathname === "/runner" ? "Runner" : "FleetRun";
    if (url.pathname === "/runs") {
      const result = await readWireBodyFromNode("FleetRun", req, { lines: true, unknownFields: mode });
      if (!result.ok) return writeProblem(res, result);
      res.setHeader("content-type", "application/json");
      return void res.end(
        JSON.stringify(result.lines.map((l) => (l.ok ? (l.unknownFields ?? null) : "bad"))),
      );
    }
    const result = await readWireBodyFromNode(type, req, {
      unknownFields: mode,
      onUnknownFields: (paths) => logged.push(paths),
    });
    if (!result.ok) return writeProblem(res, result);
    res.setHeader("content-type", "application/json");
    return void res.end(JSON.stringify({ unknownFields: result.unknownFields ?? null }));
  });
  fetchServer = await listen(
    fetchAdapter(async (request) => {
      const result = await readWireBody("FleetRun", request, { unknownFields: "reject" });
      return result.ok ? Response.json({ ok: true }) : result.response;
    }),
  );
});

afterAll(async () => {
  await node.close();
  await fetchServer.close();
});

const post = (url: string, body: string, type = "application/json") =>
  fetch(url, { method: "POST", body, headers: { "content-type": type } });

describe("readWireBodyFromNode with unknownFields", () => {
  test('"report": the handler gets the paths, and onUnknownFields logs them', async () => {
    logged.length = 0;
    const response = await post(`${node.url}/run?unknown=report`, run(',"owner":"ops"'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unknownFields: ["task_specs[1].budget", "owner"] });
    expect(logged).toEqual([["task_specs[1].budget", "owner"]]);
  });

  test('"reject": 400 problem+json naming the field', async () => {
    const response = await post(`${node.url}/run?unknown=reject`, run());
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 400,
      path: "task_specs[1].budget",
      pointer: "/task_specs/1/budget",
      errors: [
        { path: "task_specs[1].budget", detail: "unknown field `budget`, not a field of FleetTaskSpec" },
      ],
    });
  });

  test('default and "drop": read as serde reads; the closed Runner refuses unless told', async () => {
    expect(await (await post(`${node.url}/run`, run())).json()).toEqual({ unknownFields: null });
    expect((await post(`${node.url}/runner`, runner)).status).toBe(400);
    expect((await post(`${node.url}/runner?unknown=drop`, runner)).status).toBe(200);
    expect(await (await post(`${node.url}/runner?unknown=report`, runner)).json()).toEqual({
      unknownFields: ["instances"],
    });
  });

  test("NDJSON: each line's own list", async () => {
    const response = await post(
      `${node.url}/runs?unknown=report`,
      `${run()}\n${run(',"x":1')}\n`,
      "application/x-ndjson",
    );
    expect(await response.json()).toEqual([["task_specs[1].budget"], ["task_specs[1].budget", "x"]]);
  });
});

test('readWireBody (Fetch) with "reject": the 400 Response names the field', async () => {
  const response = await post(fetchServer.url, run());
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ path: "task_specs[1].budget" });
  const clean = await post(fetchServer.url, run().replace(',"budget":3', ""));
  expect(await clean.json()).toEqual({ ok: true });
});

describe("unknownFields through wireCodec and the Hono adapter (options passed through as they are)", () => {
  test("wireCodec: reject is a ZodError at the field; report calls onUnknownFields", () => {
    const rejecting = wireCodec("FleetRun", { unknownFields: "reject" });
    const result = rejecting.safeParse(run());
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["task_specs", 1, "budget"]);
    const seen: (readonly string[])[] = [];
    const reporting = wireCodec("FleetRun", {
      unknownFields: "report",
      onUnknownFields: (p) => seen.push(p),
    });
    expect(reporting.parse(run()).task_specs).toHaveLength(2);
    expect(seen).toEqual([["task_specs[1].budget"]]);
    expect(wireCodec("Runner", { unknownFields: "drop" }).safeParse(runner).success).toBe(true);
    expect(wireCodec("Runner").safeParse(runner).success).toBe(false);
  });

  test("Hono wireValidator: reject answers 400 naming the field; report hands the list to a logger", async () => {
    const seen: (readonly string[])[] = [];
    const app = new Hono()
      .post("/strict", wireValidator("FleetRun", { unknownFields: "reject" }), (c) => c.json({ ok: true }))
      .post(
        "/report",
        wireValidator("FleetRun", {
          unknownFields: "report",
          onUnknownFields: (p: readonly string[]) => seen.push(p),
        }),
        (c) => c.json({ tasks: c.req.valid("json").task_specs.length }),
      );
    const send = (path: string) =>
      app.request(path, { method: "POST", body: run(), headers: { "content-type": "application/json" } });
    const strict = await send("/strict");
    expect(strict.status).toBe(400);
    expect(await strict.json()).toMatchObject({ path: "task_specs[1].budget" });
    expect(await (await send("/report")).json()).toEqual({ tasks: 2 });
    expect(seen).toEqual([["task_specs[1].budget"]]);
  });
});
