/**
 * The benchmark's payload generators: deterministic (same seed, same bytes)
 * and valid (every text decodes with fleetwire's schemas and writes back
 * unchanged). No timing here: speed is `npm run bench`'s business.
 */
import { describe, expect, test } from "vitest";
import { decodeJson, decodeJsonLines, encodeJson } from "../../src/codec/index.js";
import { DashboardStateSchema, FleetRunSchema, FleetWorkerEventSchema } from "../../src/index.js";
import {
  buildPayloads,
  dashboardState,
  fleetRun,
  fleetWorkerEvents,
  FleetWorkerEventVecSchema,
  RunnerVecSchema,
} from "./payloads.js";
import { WORKER_STATES } from "../support/examples.js";

describe("bench payloads", () => {
  const a = buildPayloads();
  const b = buildPayloads();

  test("are deterministic: the same seed gives the same wire text", () => {
    expect(b.dashboard.text).toBe(a.dashboard.text);
    expect(b.dashboard.safeText).toBe(a.dashboard.safeText);
    expect(b.fleetRun.text).toBe(a.fleetRun.text);
    expect(b.workerEvents.ndjson).toBe(a.workerEvents.ndjson);
    expect(b.workerEvents.arrayText).toBe(a.workerEvents.arrayText);
    expect(b.jobTail.text).toBe(a.jobTail.text);
    expect(b.runners.text).toBe(a.runners.text);
    expect(encodeJson("DashboardState", dashboardState(7))).not.toBe(a.dashboard.text);
  });

  test("decode with the schemas and write back byte for byte", () => {
    const docs = [
      ["DashboardState", a.dashboard.text],
      ["DashboardState", a.dashboard.safeText],
      ["FleetRun", a.fleetRun.text],
      ["JobTailReply", a.jobTail.text],
    ] as const;
    for (const [type, text] of docs) expect(encodeJson(type, decodeJson(type, text) as never)).toBe(text);
    expect(
      encodeJson(FleetWorkerEventVecSchema, decodeJson(FleetWorkerEventVecSchema, a.workerEvents.arrayText)),
    ).toBe(a.workerEvents.arrayText);
    expect(encodeJson(RunnerVecSchema, decodeJson(RunnerVecSchema, a.runners.text))).toBe(a.runners.text);
    const lines = [...decodeJsonLines("FleetWorkerEvent", a.workerEvents.ndjson)];
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lines).toHaveLength(10_000);
  });

  test("the values parse with the schemas (safeParse), and the safe-nanos variant from JSON.parse too", () => {
    expect(DashboardStateSchema.safeParse(dashboardState(1)).success).toBe(true);
    expect(DashboardStateSchema.safeParse(JSON.parse(a.dashboard.safeText)).success).toBe(true);
    // Real nanoseconds (~1.8e18) are rounded by JSON.parse, and fleetwire refuses them.
    expect(DashboardStateSchema.safeParse(JSON.parse(a.dashboard.text)).success).toBe(false);
    expect(FleetRunSchema.safeParse(fleetRun(2)).success).toBe(true);
    for (const event of fleetWorkerEvents(3, 100))
      expect(FleetWorkerEventSchema.safeParse(event).success).toBe(true);
  });

  test("have the shape and size the issue asks for", () => {
    const dashboard = a.dashboard.value;
    expect(dashboard.topology.nodes).toHaveLength(50);
    expect(dashboard.topology.edges).toHaveLength(50);
    expect(dashboard.runtime_state).toHaveLength(50);
    expect(dashboard.recent_events).toHaveLength(500);
    expect(dashboard.recent_logs).toHaveLength(500);
    expect(dashboard.recent_events[0]?.occurred_at_unix_nanos).toBeGreaterThan(1_700_000_000_000_000_000n);
    expect(a.dashboard.text.length).toBeGreaterThan(300_000);
    expect(a.dashboard.text.length).toBeLessThan(400_000);
    const run = a.fleetRun.value;
    expect(run.task_specs).toHaveLength(20);
    expect(new Set(run.task_specs.map((t) => t.scorer?.kind))).toEqual(
      new Set(["exit_code", "file_exists", "regex_match", "json_path", "manual"]),
    );
    expect(new Set(a.workerEvents.values.map((e) => e.state))).toEqual(new Set(WORKER_STATES));
    const average = a.workerEvents.ndjson.length / 10_000;
    expect(average).toBeGreaterThan(150);
    expect(average).toBeLessThan(200);
    expect(a.jobTail.value.stdout.length).toBeGreaterThanOrEqual(1_000_000);
    expect(a.runners.values).toHaveLength(1_000);
  });
});
