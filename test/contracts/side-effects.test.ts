import { z } from "zod";
import { expect, test } from "vitest";

test("importing fleetwire and using it writes nothing into zod's global registry", async () => {
  const before = new Set<unknown>();
  // zod's globalRegistry keeps ids in _idmap and metadata in a WeakMap; count what is visible.
  const ids = () => [...(z.globalRegistry as unknown as { _idmap: Map<string, unknown> })._idmap.keys()];
  for (const id of ids()) before.add(id);
  const fleetwire = await import("../../src/index.js");
  fleetwire.jsonSchema("FleetWorkerEvent");
  fleetwire.decodeJson("JobTailRequest", '{"result_id":"r"}');
  expect(ids()).toEqual([...before]);
  for (const name of fleetwire.wireTypeNames)
    expect(z.globalRegistry.has(fleetwire.wireTypes[name].schema)).toBe(false);
});
