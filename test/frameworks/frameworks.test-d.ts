/**
 * Type-level: inside each framework, the decoded body has the contract's
 * type (`c.req.valid("json")`, `request.body`, `req.body`), and responses take
 * the contract's values.
 */
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import { sendWire, wireBody } from "../../src/express/index.js";
import { type FleetwireTypeProvider, wire } from "../../src/fastify/index.js";
import { wireJson, wireValidator } from "../../src/hono/index.js";
import type { DashboardState, FleetRun, FleetWorkerEvent } from "../../src/index.js";
import { DashboardStateSchema } from "../../src/index.js";
import { wireCodec } from "../../src/zod-codec/index.js";

describe("wireCodec", () => {
  test("text in, the contract's output out", () => {
    const codec = wireCodec("DashboardState");
    expectTypeOf(codec.decode("{}")).toEqualTypeOf<DashboardState>();
    expectTypeOf<z.input<typeof codec>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof codec>>().toEqualTypeOf<DashboardState>();
    expectTypeOf(codec.encode).parameter(0).toEqualTypeOf<DashboardState>();
    expectTypeOf(wireCodec(DashboardStateSchema).decode("{}")).toEqualTypeOf<DashboardState>();
    // @ts-expect-error not a wire type
    wireCodec("NoSuchType");
    // decodeJson's options, as they are: a mode that does not exist is a type error.
    wireCodec("FleetRun", { unknownFields: "reject" });
    // @ts-expect-error no such unknownFields mode
    wireCodec("FleetRun", { unknownFields: "ignore" });
  });
});

describe("Hono", () => {
  test("c.req.valid('json') is the decoded value", () => {
    new Hono()
      .post("/runs", wireValidator("FleetRun"), (c) => {
        expectTypeOf(c.req.valid("json")).toEqualTypeOf<FleetRun>();
        return wireJson(c, "FleetRun", c.req.valid("json"), 201);
      })
      .post("/events", wireValidator("FleetWorkerEvent", { lines: true, limit: 10 }), (c) => {
        expectTypeOf(c.req.valid("json")).toEqualTypeOf<FleetWorkerEvent[]>();
        return c.body(null, 204);
      })
      .post("/state", wireValidator(DashboardStateSchema), (c) => {
        expectTypeOf(c.req.valid("json")).toEqualTypeOf<DashboardState>();
        // @ts-expect-error a FleetRun is not a DashboardState
        return wireJson(c, "DashboardState", {} as FleetRun);
      });
  });
});

describe("Fastify", () => {
  test("request.body is the decoded value; reply.send takes the response's value", () => {
    const app = Fastify().withTypeProvider<FleetwireTypeProvider>();
    app.post(
      "/runs",
      { schema: { body: wire("FleetRun"), response: { 201: wire("FleetRun") } } },
      async (request, reply) => {
        expectTypeOf(request.body).toEqualTypeOf<FleetRun>();
        return reply.code(201).send(request.body);
      },
    );
    app.post("/events", { schema: { body: wire("FleetWorkerEvent", { lines: true }) } }, async (request) => {
      expectTypeOf(request.body).toEqualTypeOf<FleetWorkerEvent[]>();
      return {};
    });
    app.get("/state", { schema: { response: { 200: wire("DashboardState") } } }, async (_request, reply) => {
      // @ts-expect-error a FleetRun is not a DashboardState
      return reply.send({} as FleetRun);
    });
  });
});

describe("Express", () => {
  test("req.body is the decoded value", () => {
    const app = express();
    app.post("/runs", wireBody("FleetRun"), (req, res) => {
      expectTypeOf(req.body).toEqualTypeOf<FleetRun>();
      sendWire(res, "FleetRun", req.body, 201);
    });
    app.post("/events", wireBody("FleetWorkerEvent", { lines: true }), (req, res) => {
      expectTypeOf(req.body).toEqualTypeOf<FleetWorkerEvent[]>();
      // @ts-expect-error an array of events is not a FleetRun
      sendWire(res, "FleetRun", req.body);
    });
  });
});
