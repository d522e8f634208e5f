/** fleetwire/hono inside a real Hono app on @hono/node-server. */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { wireJson, wireValidator } from "../../src/hono/index.js";
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

test("an unknown type name fails when the app is built", () => {
  expect(() => wireValidator("NoSuchType" as never)).toThrow(
    /wireValidator: fleetwire has no wire type named "NoSuchType"/,
  );
});
