/**
 * compiledSchema (the generated reader behind zod's `withParser`) against the
 * plain exported schema: the same success, the same value (key order, float
 * marks and bigints included), the same issues, on arbitrary valid values,
 * their JSON.parse round trip, and the same spoilt at one place.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compiledSchema } from "../../src/compiled/schemas.js";
import { encodeJson, wireTypeNames, wireTypes } from "../../src/index.js";
import { arbitraryForType } from "../support/arbitraries.js";
import { difference } from "./difference.js";

const SEED = 4616;
const SPOILS: readonly unknown[] = ["x", null, 1.5, -0, [], {}, true, 2 ** 60, 7n, undefined];

function spoilAt(value: unknown, at: number, spoil: unknown): unknown {
  const copy = structuredClone(value);
  const places: [Record<string | number, unknown>, string | number][] = [];
  const walk = (v: unknown) => {
    if (typeof v !== "object" || v === null) return;
    for (const key of Object.keys(v)) {
      places.push([v as Record<string, unknown>, Array.isArray(v) ? Number(key) : key]);
      walk((v as Record<string, unknown>)[key]);
    }
  };
  walk(copy);
  if (places.length > 0) {
    const [container, key] = places[at % places.length] as [
      Record<string | number, unknown>,
      string | number,
    ];
    container[key] = spoil;
  }
  return copy;
}

describe("compiledSchema(T).safeParse gives the plain schema's results", () => {
  test("is built once per schema, a clone", () => {
    expect(compiledSchema("FleetRun")).toBe(compiledSchema("FleetRun"));
    expect(compiledSchema("FleetRun")).not.toBe(wireTypes.FleetRun.schema);
  });

  test.each(wireTypeNames)("%s", (type) => {
    const plain = wireTypes[type].schema;
    const fast = compiledSchema(plain);
    fc.assert(
      fc.property(arbitraryForType(type), fc.nat(), fc.nat(SPOILS.length - 1), (value, at, spoil) => {
        const parsed = JSON.parse(encodeJson(type, value as never).replace(/:(\d{16,})/g, ":0"));
        for (const input of [value, parsed, spoilAt(parsed, at, SPOILS[spoil])]) {
          const a = plain.safeParse(structuredClone(input));
          const b = fast.safeParse(structuredClone(input));
          expect(b.success).toBe(a.success);
          if (a.success) expect(difference(b.data, a.data)).toBeUndefined();
          else expect(b.error?.issues).toEqual(a.error?.issues);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
