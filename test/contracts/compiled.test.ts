import { z } from "zod";
import { describe, expect, test } from "vitest";
import { compiledSchema, wireTypeNames, wireTypes } from "../../src/index.js";
import { readValid } from "../conformance/fixtures.js";

describe("compiledSchema", () => {
  test.each(wireTypeNames)(
    "%s compiles in zod's strict mode (no silent fallback to the slow path)",
    (name) => {
      expect(() => z.compile(wireTypes[name].schema, { strict: true })).not.toThrow();
    },
  );

  test("is built once and gives the same results as the plain schema", () => {
    expect(compiledSchema("FleetRun")).toBe(compiledSchema("FleetRun"));
    expect(compiledSchema("FleetRun")).not.toBe(wireTypes.FleetRun.schema);
    for (const line of readValid("FleetWorkerEvent")) {
      const value = JSON.parse(line);
      expect(compiledSchema("FleetWorkerEvent").safeParse(value)).toEqual(
        wireTypes.FleetWorkerEvent.schema.safeParse(value),
      );
    }
    const bad = { id: "r", name: "n", status: "running", created_at: "x", task_specs: [{ id: "t" }] };
    const slow = wireTypes.FleetRun.schema.safeParse(bad);
    const fast = compiledSchema("FleetRun").safeParse(bad);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toEqual(slow.error?.issues);
  });
});
