/** fleetwire/hono inside a real Hono app on @hono/node-server. */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { wireJson, wireValidator } from "../../src/hono/index.js";
import { readValid } from "../conformance/fixtures.js";
import { brokenDashboard, describeFramework, type RunningApp } from "./edge-cases.js";

function start(): Promise<RunningApp> {
  const errors: unknown[] = [];
  const app = new Hono()
    .post("/echo", wireValidator("DashboardState"), (c) => wireJson(c, "DashboardState", c.req.valid("json")))
    .post("/events", wireValidator("FleetWorkerEvent", { lines: true }), (c) =>
      c.json({ count: c.req.valid("json").length }),
    )
    .post("/small", wireValidator("FleetRun", { limit: 1024 }), (c) =>
      wireJson(c, "FleetRun", c.req.valid("json")),
    )
    .post("/strict", wireValidator("FleetRun", { unknownFields: "reject" }), (c) =>
      wireJson(c, "FleetRun", c.req.valid("json")),
    )
    .get("/broken", (c) => wireJson(c, "DashboardState", brokenDashboard()));
  app.onError((error, c) => {
    errors.push(error);
    return c.text("Internal Server Error", 500);
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        errors,
        close: () =>
          new Promise<void>((done) => {
            (server as import("node:http").Server).closeAllConnections?.();
            server.close(() => done());
          }),
      }),
    );
  });
}

describeFramework("Hono", start);

test("fleetwire/http's options flow through: unknownFields", async () => {
  const app = await start();
  try {
    const run = readValid("FleetRun")[0] as string;
    const response = await fetch(`${app.url}/strict`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"surprise":1,${run.slice(1)}`,
    });
    expect(response.status).toBe(400);
    expect((await response.json()).path).toBe("surprise");
  } finally {
    await app.close();
  }
});

test("an unknown type name fails when the app is built", () => {
  expect(() => wireValidator("NoSuchType" as never)).toThrow(
    /wireValidator: fleetwire has no wire type named "NoSuchType"/,
  );
});
