/**
 * The generated writers (src/compiled/) against the exact path (copy,
 * validate, write the validated copy) on every wire type: when the generated
 * writer writes, it writes the exact path's bytes; when the exact path
 * refuses a value, the generated writer does not write it (the exact path
 * then gives the error). Arbitrary valid values, the same values read back
 * by decodeJson (float marks, bigints) and spoilt at one random place, every
 * golden line and mutation of the serde corpus, and the single read itself
 * (getters, Proxies, non-enumerable and inherited properties).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { encodeExact } from "../../src/codec/decode.js";
import {
  decodeJson,
  safeDecodeJson,
  WireError,
  type WireTypeName,
  wireTypeNames,
  wireTypes,
} from "../../src/index.js";
import { writeCompiled } from "../../src/compiled/index.js";
import { vec } from "../../src/serde/index.js";
import { readMutations, readValid } from "../conformance/fixtures.js";
import { cite } from "../support/rules.js";
import { arbitraryForType } from "../support/arbitraries.js";
import { places } from "../support/corpus.js";

const SEED = 16;

function exact(type: WireTypeName, value: unknown): string | WireError {
  try {
    return encodeExact(wireTypes[type].schema, type, value);
  } catch (error) {
    if (error instanceof WireError) return error;
    throw error;
  }
}

/** Replacements that break some rule: wrong kinds, non-canonical forms, lone surrogates, floats as ints. */
const SPOILERS: readonly ((old: unknown) => unknown)[] = [
  () => undefined,
  () => null,
  () => "\ud800",
  () => -0,
  () => 1.5,
  () => 2 ** 53,
  () => Number.NaN,
  () => 7n,
  () => "2026-05-20T12:00:00+01:00",
  () => [],
  () => ({}),
  () => ({ "10": "a", "9": "b" }),
  () => "\udfff0",
  () => ({ __proto__: null, a: 1 }),
  (old) => (typeof old === "string" ? `${old}x` : old),
  (old) => (typeof old === "number" ? Math.fround(old + 0.1) + 0.05 : old),
  (old) =>
    typeof old === "object" && old !== null && !Array.isArray(old) ? { ...old, unknownField: 1 } : old,
];

describe("generated writers write the exact path's bytes, or leave the value to it", () => {
  test.each(wireTypeNames)("%s", (type) => {
    const schema = wireTypes[type].schema;
    let written = 0;
    fc.assert(
      fc.property(arbitraryForType(type), fc.nat(), fc.nat(SPOILERS.length - 1), (value, at, spoiler) => {
        const bytes = exact(type, value);
        expect(bytes).not.toBeInstanceOf(WireError);
        const compiled = writeCompiled(schema, value);
        if (compiled !== undefined) {
          written++;
          expect(compiled).toBe(bytes);
        }
        // Read back: float marks in Values, bigints, the decoder's own objects (JSON.stringify's road).
        const decoded = decodeJson(type, bytes as string);
        expect(writeCompiled(schema, decoded)).toBe(bytes);
        // Spoilt at one place.
        const spoilt = decodeJson(type, bytes as string) as unknown;
        const all = places(spoilt);
        if (all.length > 0) {
          const [container, key] = all[at % all.length] as [
            Record<string | number, unknown>,
            string | number,
          ];
          container[key] = (SPOILERS[spoiler] as (old: unknown) => unknown)(container[key]);
        }
        const spoiltExact = exact(type, spoilt);
        const spoiltCompiled = writeCompiled(schema, spoilt);
        if (spoiltExact instanceof WireError) expect(spoiltCompiled).toBeUndefined();
        else if (spoiltCompiled !== undefined) expect(spoiltCompiled).toBe(spoiltExact);
      }),
      { seed: SEED, numRuns: 150 },
    );
    // Every valid application value is written by the generated writer: the exact path is for the rest.
    expect(written).toBe(150);
  });

  test("a vec of a wire type is written by the generated item writer", () => {
    const schema = vec(wireTypes.Runner.schema);
    const values = fc.sample(arbitraryForType("Runner"), { seed: SEED, numRuns: 20 });
    const bytes = encodeExact(schema, "Vec<Runner>", values);
    expect(writeCompiled(schema, values)).toBe(bytes);
  });

  test("values the exact path refuses are never written", () => {
    const event = fc.sample(arbitraryForType("FleetWorkerEvent"), { seed: SEED, numRuns: 1 })[0] as Record<
      string,
      unknown
    >;
    const schema = wireTypes.FleetWorkerEvent.schema;
    expect(writeCompiled(schema, event)).toBe(encodeExact(schema, "FleetWorkerEvent", event));
    for (const spoilt of [
      { ...event, state: "no_such_state" },
      { ...event, worker_id: 5 },
      { ...event, seq: -0 },
      { ...event, seq: 1.5 },
      { ...event, seq: 2 ** 53 },
      { ...event, worker_id: "w\ud800" },
      Object.assign(Object.create({ inherited: 1 }), event),
      [event],
      null,
    ]) {
      expect(writeCompiled(schema, spoilt)).toBeUndefined();
    }
  });
});

/** How deep a JSON text nests (brackets outside strings). */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const token of text.matchAll(/"(?:[^"\\]|\\.)*"|[[\]{}]/g)) {
    const t = token[0];
    if (t === "[" || t === "{") deepest = Math.max(deepest, ++depth);
    else if (t === "]" || t === "}") depth--;
  }
  return deepest;
}

/** The generated writer's answer beside the exact path's: the same bytes, or no answer where the exact path throws. */
function expectSameAsExact(type: WireTypeName, value: unknown, mustWrite = false): void {
  const schema = wireTypes[type].schema;
  const expected = exact(type, value);
  const compiled = writeCompiled(schema, value);
  if (expected instanceof WireError) expect(compiled).toBeUndefined();
  else if (compiled !== undefined || mustWrite) expect(compiled).toBe(expected);
}

describe("serde's corpus: every golden line and every mutation", () => {
  test.each(wireTypeNames)("%s", (type) => {
    for (const line of readValid(type)) {
      // Decoded (exact numbers, float marks) and plainly parsed (what an application builds). Only a
      // line nested deeper than the generated writers go (DEPTH_LIMIT, 100) is left to the exact path.
      expectSameAsExact(type, decodeJson(type, line), nesting(line) < 100);
      expectSameAsExact(type, JSON.parse(line));
    }
    for (const mutation of readMutations(type)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(mutation.input);
      } catch {
        continue; // not JSON at all: nothing to write
      }
      expectSameAsExact(type, parsed);
      const decoded = safeDecodeJson(type, mutation.input);
      if (decoded.ok) expectSameAsExact(type, decoded.value, nesting(mutation.input) < 100);
    }
  });
});

describe("one read: what the exact path's copy reads, each property once", () => {
  const line = readValid("EventRecord")[0] as string;
  const record = () => decodeJson("EventRecord", line) as Record<string, unknown>;

  test("a getter on a struct field and inside a JSON value is called once, by the fast road", () => {
    let reads = 0;
    const value = record();
    Object.defineProperty(value, "sequence", {
      enumerable: true,
      get: () => (reads++ === 0 ? 7 : Number.NaN),
    });
    value.payload = {
      get x() {
        reads++;
        return 1.5;
      },
    };
    const bytes = writeCompiled(wireTypes.EventRecord.schema, value);
    expect(bytes).toContain('"sequence":7,');
    expect(bytes).toContain('"payload":{"x":1.5}');
    expect(reads).toBe(2);
  });

  test("a Proxy sees one get per key, never a second", () => {
    const gets = new Map<PropertyKey, number>();
    const proxy = new Proxy(record(), {
      get(target, key, receiver) {
        gets.set(key, (gets.get(key) ?? 0) + 1);
        return Reflect.get(target, key, receiver);
      },
    });
    expect(writeCompiled(wireTypes.EventRecord.schema, proxy)).toBe(exact("EventRecord", record()));
    expect([...gets.values()].every((n) => n === 1)).toBe(true);
    expect(gets.size).toBeGreaterThanOrEqual(10);
  });

  test("a getter that throws: no answer, and the exact path reports", () => {
    const value = record();
    Object.defineProperty(value, "target_id", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(writeCompiled(wireTypes.EventRecord.schema, value)).toBeUndefined();
  });

  test("own non-enumerable fields and inherited ones are not read, as the exact path's copy does not", () => {
    const hidden = record();
    Object.defineProperty(hidden, "target_id", { value: "hidden", enumerable: false });
    expectSameAsExact("EventRecord", hidden);
    expect(writeCompiled(wireTypes.EventRecord.schema, hidden)).toBeUndefined(); // missing field
    const { child_id: _, ...withoutChild } = record();
    for (const enumerable of [true, false]) {
      // Polluted only while the two paths run (the test runner itself reads objects too).
      let fast: string | undefined;
      let expected: string | WireError;
      Object.defineProperty(Object.prototype, "child_id", {
        value: "polluted",
        enumerable,
        writable: true,
        configurable: true,
      });
      try {
        fast = writeCompiled(wireTypes.EventRecord.schema, withoutChild);
        expected = exact("EventRecord", withoutChild);
      } finally {
        delete (Object.prototype as Record<string, unknown>).child_id;
      }
      expect(expected).not.toBeInstanceOf(WireError);
      expect(expected).not.toContain("polluted");
      if (fast !== undefined) expect(fast).toBe(expected);
    }
    expectSameAsExact("EventRecord", withoutChild, true);
  });

  test("a lone surrogate in a short string, a long one, a key or a Value: no answer, and the exact path refuses", () => {
    const long = "x".repeat(300);
    for (const spoilt of [
      { ...record(), correlation_id: "\ud800" },
      { ...record(), correlation_id: `${long}\udfff` },
      { ...record(), payload: { a: ["ok", "\udbff"] } },
      { ...record(), payload: { "k\ud800": 1 } },
      { ...record(), payload: { "1": `${long}\ud800`, a: 1 } },
    ]) {
      expect(writeCompiled(wireTypes.EventRecord.schema, spoilt)).toBeUndefined();
      expect(exact("EventRecord", spoilt)).toBeInstanceOf(WireError);
    }
    // Spelt like the escape (a backslash, then `ud800`): the same bytes as the exact path, or left to it.
    expectSameAsExact("EventRecord", {
      ...record(),
      correlation_id: "\\ud800",
      payload: { "\\udfff": "\\udc00" },
    });
    expectSameAsExact("EventRecord", { ...record(), correlation_id: "\\u00e9" }, true);
  });

  test("a getter that encodes another value meanwhile does not clear the outer value's string check", () => {
    const inner = record();
    // The Value's entries are copied in order: "a" (unchecked, a short string), then b's getter encodes.
    const payload = { a: "\ud800" };
    Object.defineProperty(payload, "b", {
      enumerable: true,
      get: () => {
        expect(writeCompiled(wireTypes.EventRecord.schema, inner)).toBe(exact("EventRecord", inner));
        return 1;
      },
    });
    expect(writeCompiled(wireTypes.EventRecord.schema, { ...record(), payload })).toBeUndefined();
  });

  test("a string spelt like a copy marker is never taken for one", () => {
    // A u128 beyond 2^53 goes through a marker on Node 20 and JSON.rawJSON where the engine has it.
    for (const spelt of ["\u00000", "\u00001", "\u0000", "\u0000x", "\udfff0"]) {
      const value = { ...record(), occurred_at_unix_nanos: 2n ** 70n, config_version: spelt };
      expectSameAsExact("EventRecord", value);
      expectSameAsExact("EventRecord", { ...value, payload: { [spelt]: 2 ** 60, k: spelt } });
    }
  });
});

describe(cite("W3", "a map with a key no JS object holds in UTF-8 order is written as text"), () => {
  const line = readValid("EventRecord")[0] as string;
  const record = (payload: unknown) => ({ ...(decodeJson("EventRecord", line) as object), payload });
  // `__proto__` as an own data key, as JSON.parse makes it.
  const withProto = (rest: Record<string, unknown>) => ({ ...JSON.parse('{"__proto__":3}'), ...rest });

  test("index and other keys mixed, keys needing escapes, surrogates, nested text maps", () => {
    const nested = { "2": [1, 2 ** 60, 1.5, -0], b: "x", "10": { "1": true, a: null } };
    for (const payload of [
      { "10": 1, "9": 2, b: 3, a: 4, "": 5 },
      { "0": nested, "01": nested, z: { "7": nested } },
      { "1": 1, 'a"b': "q\\", "\n": "\u0001", "\\": 2, "\u001f": 3, "\u007f": 4, "\u2028": 5 },
      // UTF-16 and UTF-8 order disagree: U+FFFF sorts before U+1F600 in UTF-8, after its surrogates in UTF-16.
      { "3": 1, "\uffff": 2, "\u{1F600}": 3, "\ue000": 4, "\u{10000}": 5 },
      withProto({ "5": 1, a: 2 }),
      { a: withProto({ b: 1 }) },
      Object.fromEntries(Array.from({ length: 40 }, (_, i) => [i % 3 === 0 ? `${i}` : `k\u{1F600}${i}`, i])),
      // Larger than one piece of the text (1,024 entries), exact texts and nested text maps among them.
      Object.fromEntries(
        Array.from({ length: 2500 }, (_, i) => [
          i % 2 === 0 ? `${i}` : `k"${i}\u{1F600}`,
          i % 7 === 0 ? 2n ** 64n - 1n : i % 11 === 0 ? { [i]: i, a: [i] } : i,
        ]),
      ),
    ]) {
      expectSameAsExact("EventRecord", record(payload), true);
    }
  });

  test("exact texts inside (u64 beyond 2^53, float marks, bigints) and strings spelt like markers", () => {
    // Decoded: `1.0` and `2.0` keep their float marks, the u64 every digit.
    const payload = '{"3":1.0,"a":[2.0,{"1":1e300}],"9":18446744073709551615}';
    const decoded = decodeJson(
      "EventRecord",
      `${line.slice(0, line.lastIndexOf('"payload":'))}"payload":${payload}}`,
    );
    expect(encodeExact(wireTypes.EventRecord.schema, "EventRecord", decoded)).toContain(
      '"payload":{"3":1.0,"9":18446744073709551615,"a":[2.0,{"1":1e300}]}',
    );
    expectSameAsExact("EventRecord", decoded, true);
    expectSameAsExact("EventRecord", { ...decoded, occurred_at_unix_nanos: 2n ** 70n }, true);
    for (const spelt of ["\u00000", "\u00001", "\u0000"]) {
      expectSameAsExact("EventRecord", record({ "1": spelt, [spelt]: 2n ** 60n, a: { "2": spelt } }));
      expectSameAsExact("EventRecord", {
        ...record({ "4": [spelt, 2n ** 64n - 1n] }),
        config_version: spelt,
      });
    }
  });

  test("a BTreeMap<String, String> with index keys, in a struct", () => {
    const run = fc.sample(arbitraryForType("FleetRun"), { seed: SEED, numRuns: 1 })[0] as object;
    const labels = { ...JSON.parse('{"__proto__":"p"}'), "1": "\u0000", "\u0000": "e", "\u{1F600}": "f" };
    expectSameAsExact("FleetRun", { ...run, labels }, true);
    // Spelt like a marker: written exactly, or left to the exact path (other markers pending on Node 20).
    expectSameAsExact("FleetRun", { ...run, labels: { ...labels, "2": "\u00000" } });
  });
});

describe("writeCompiled on FleetRun", () => {
  const schema = wireTypes.FleetRun.schema;
  const run = fc.sample(arbitraryForType("FleetRun"), { seed: SEED, numRuns: 1 })[0] as Record<
    string,
    unknown
  >;
  const bytes = encodeExact(schema, "FleetRun", run);

  test("a decoded value (declaration order) and a rebuilt one write the same bytes", () => {
    const decoded = decodeJson("FleetRun", bytes) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(decoded).reverse());
    expect(writeCompiled(schema, decoded)).toBe(bytes);
    expect(writeCompiled(schema, reordered)).toBe(bytes);
  });

  test("map keys that are array indices, out of UTF-8 order as JS enumerates them", () => {
    const labelled = { ...run, labels: { "10": "a", "9": "b", b: "c", a: "d" } };
    const expected = encodeExact(schema, "FleetRun", labelled);
    expect(expected).toContain('"labels":{"10":"a","9":"b","a":"d","b":"c"}');
    expect(writeCompiled(schema, labelled)).toBe(expected);
  });

  test("a lone surrogate anywhere: no answer, and the exact path refuses it", () => {
    for (const spoilt of [
      { ...run, name: "\udfff0" },
      { ...run, labels: { "\ud800": "x" } },
    ]) {
      expect(writeCompiled(schema, spoilt)).toBeUndefined();
      expect(() => encodeExact(schema, "FleetRun", spoilt)).toThrow(WireError);
    }
  });
});
