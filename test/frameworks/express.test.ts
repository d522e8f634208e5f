/** fleetwire/express inside a real Express 5 app. */
import express, { type ErrorRequestHandler } from "express";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { sendWire, wireBody } from "../../src/express/index.js";
import { brokenDashboard, describeFramework, type RunningApp } from "./edge-cases.js";

function start(): Promise<RunningApp> {
  const errors: unknown[] = [];
  const app = express();
  app.post("/echo", wireBody("DashboardState"), (req, res) => sendWire(res, "DashboardState", req.body));
  app.post("/events", wireBody("FleetWorkerEvent", { lines: true }), (req, res) => {
    res.json({ count: req.body.length });
  });
  app.post("/small", wireBody("FleetRun", { limit: 1024 }), (req, res) =>
    sendWire(res, "FleetRun", req.body),
  );
  app.get("/broken", (_req, res) => sendWire(res, "DashboardState", brokenDashboard()));
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    errors.push(error);
    res.status(500).type("text/plain").send("Internal Server Error");
  };
  app.use(onError);
  return new Promise((resolve) => {
    const server = app.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        errors,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

describeFramework("Express", start);

test("an unknown type name fails when the app is built", () => {
  expect(() => wireBody("NoSuchType" as never)).toThrow(
    /wireBody: fleetwire has no wire type named "NoSuchType"/,
  );
});
