/** fleetwire/fastify inside a real Fastify 5 app. */
import Fastify from "fastify";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { decodeJson, encodeJson } from "../../src/codec/index.js";
import { type FleetwireTypeProvider, fleetwire, wire } from "../../src/fastify/index.js";
import { readValid } from "../conformance/fixtures.js";
import { brokenDashboard, dashboardLine, describeFramework, type RunningApp } from "./edge-cases.js";

const runLine = readValid("FleetRun")[0] as string;

async function build() {
  const errors: unknown[] = [];
  const app = Fastify().withTypeProvider<FleetwireTypeProvider>();
  await app.register(fleetwire);
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    if ((error.statusCode ?? 500) < 500) return reply.send(error);
    errors.push(error);
    return reply.code(500).type("text/plain").send("Internal Server Error");
  });
  app.post(
    "/echo",
    { schema: { body: wire("DashboardState"), response: { 200: wire("DashboardState") } } },
    async (request) => request.body,
  );
  app.post("/events", { schema: { body: wire("FleetWorkerEvent", { lines: true }) } }, async (request) => ({
    count: request.body.length,
  }));
  app.post(
    "/small",
    { schema: { body: wire("FleetRun", { limit: 1024 }), response: { 200: wire("FleetRun") } } },
    async (request) => request.body,
  );
  app.get("/broken", { schema: { response: { 200: wire("DashboardState") } } }, async () =>
    brokenDashboard(),
  );
  // Routes without wire types: Fastify's own JSON parser and JSON Schema validation and serialization.
  app.post(
    "/plain",
    {
      schema: {
        body: { type: "object", properties: { n: { type: "integer" } }, required: ["n"] },
        response: { 200: { type: "object", properties: { n: { type: "integer" } } } },
      },
    },
    async (request) => request.body,
  );
  app.post("/untyped", async (request) => ({ got: request.body }));
  return { app, errors };
}

async function start(): Promise<RunningApp> {
  const { app, errors } = await build();
  await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    errors,
    close: () => app.close(),
  };
}

describeFramework("Fastify", start);

test("routes without wire types keep Fastify's own parsing, validation and errors", async () => {
  const { app } = await build();
  const plain = await app.inject({ method: "POST", url: "/plain", payload: { n: 2, extra: 1 } });
  expect(plain.statusCode).toBe(200);
  expect(plain.body).toBe('{"n":2}');
  const invalid = await app.inject({ method: "POST", url: "/plain", payload: { n: "x" } });
  expect(invalid.statusCode).toBe(400);
  expect(invalid.json()).toMatchObject({ code: "FST_ERR_VALIDATION" });
  const broken = await app.inject({
    method: "POST",
    url: "/untyped",
    headers: { "content-type": "application/json" },
    payload: "{",
  });
  expect(broken.json()).toMatchObject({ statusCode: 400, code: "FST_ERR_CTP_INVALID_JSON_BODY" });
  const poisoned = await app.inject({
    method: "POST",
    url: "/untyped",
    headers: { "content-type": "application/json" },
    payload: '{"__proto__": {"x": 1}}',
  });
  expect(poisoned.statusCode).toBe(400);
  const ndjson = await app.inject({
    method: "POST",
    url: "/untyped",
    headers: { "content-type": "application/x-ndjson" },
    payload: "{}\n",
  });
  expect(ndjson.json()).toMatchObject({ statusCode: 415, code: "FST_ERR_CTP_INVALID_MEDIA_TYPE" });
  // And the JSON parser that ran on /plain was not the codec: a u128-sized integer is rounded there, as Fastify does.
  const rounded = await app.inject({
    method: "POST",
    url: "/untyped",
    headers: { "content-type": "application/json" },
    payload: '{"n": 18446744073709551615}',
  });
  expect(rounded.json()).toEqual({ got: { n: 18446744073709552000 } });
  await app.close();
});

test("the wire body reaches the handler as the decoded value (bigint u128s), through inject too", async () => {
  const { app } = await build();
  let seen: unknown;
  app.post("/peek", { schema: { body: wire("DashboardState") } }, async (request) => {
    seen = request.body;
    return {};
  });
  const response = await app.inject({
    method: "POST",
    url: "/peek",
    headers: { "content-type": "application/json" },
    payload: dashboardLine,
  });
  expect(response.statusCode).toBe(200);
  expect(seen).toEqual(decodeJson("DashboardState", dashboardLine));
  await app.close();
});

test("a route mixing wire and JSON Schema responses uses Fastify's serializer for the JSON Schema ones", async () => {
  // Alone in its app: no other route has set up Fastify's default serializer compiler before it.
  const app = Fastify().withTypeProvider<FleetwireTypeProvider>();
  await app.register(fleetwire);
  app.get(
    "/mixed",
    {
      schema: {
        querystring: { type: "object", properties: { fail: { type: "boolean" } } },
        response: {
          200: wire("FleetRun"),
          404: { type: "object", properties: { error: { type: "string" } } },
        },
      },
    },
    async (request, reply) =>
      (request.query as { fail?: boolean }).fail === true
        ? reply.code(404).send({ error: "none", dropped: true })
        : decodeJson("FleetRun", runLine),
  );
  expect((await app.inject({ url: "/mixed" })).body).toBe(runLine);
  expect((await app.inject({ url: "/mixed?fail=true" })).body).toBe('{"error":"none"}');
  await app.close();
});

test("a wire limit above Fastify's bodyLimit is the one that counts", async () => {
  const app = Fastify({ bodyLimit: 1024 }).withTypeProvider<FleetwireTypeProvider>();
  await app.register(fleetwire);
  app.post(
    "/tail",
    { schema: { body: wire("JobTailReply", { limit: 64 * 1024 }), response: { 200: wire("JobTailReply") } } },
    async (request) => request.body,
  );
  const text = encodeJson("JobTailReply", {
    found: true,
    running: false,
    stdout: "x".repeat(32 * 1024),
  } as never);
  const ok = await app.inject({
    method: "POST",
    url: "/tail",
    headers: { "content-type": "application/json" },
    payload: text,
  });
  expect(ok.statusCode).toBe(200);
  expect(ok.body).toBe(text);
  const big = `{"found":true,"stdout":"${"x".repeat(70 * 1024)}"}`;
  const refused = await app.inject({
    method: "POST",
    url: "/tail",
    headers: { "content-type": "application/json" },
    payload: big,
  });
  expect(refused.statusCode).toBe(413);
  expect(refused.json()).toMatchObject({ limit: 64 * 1024 });
  await app.close();
});

test("an unknown type name fails when the route is declared", () => {
  expect(() => wire("NoSuchType" as never)).toThrow(/wire: fleetwire has no wire type named "NoSuchType"/);
});
