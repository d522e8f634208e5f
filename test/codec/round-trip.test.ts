/**
 * Property tests: arbitrary valid values of every wire type survive
 * encode → decode → encode exactly, and no input (random text, random bytes,
 * corrupted valid documents) makes the decoder throw anything but a WireError.
 * Seeded, so a failure reproduces; serde's own output re-encoding byte for
 * byte is the conformance corpus's job (test/conformance/replay.test.ts).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  decodeJson,
  encodeJson,
  safeDecodeJson,
  WireError,
  type WireTypeName,
  wireTypeNames,
} from "../../src/index.js";
import { f32, f64, jsonValue } from "../../src/serde/index.js";
import {
  arbitraryForType,
  f32Arbitrary,
  f64Arbitrary,
  jsonNumberArbitrary,
  jsonValueArbitrary,
} from "../support/arbitraries.js";

const SEED = 42;
const utf8 = new TextEncoder();

describe("arbitrary valid values of every wire type round-trip exactly", () => {
  test("all 47 wire types are covered", () => {
    expect(wireTypeNames).toHaveLength(47);
  });

  test.each(wireTypeNames)("%s: encode, decode to an equal value, re-encode to identical bytes", (type) => {
    fc.assert(
      fc.property(arbitraryForType(type), (value) => {
        const text = encodeJson(type, value as never);
        // What serde_json::to_string writes is valid JSON without whitespace between tokens.
        expect(() => JSON.parse(text)).not.toThrow();
        const decoded = decodeJson(type, text);
        expect(decoded).toEqual(value);
        expect(encodeJson(type, decoded as never)).toBe(text);
        // The same bytes as UTF-8 read to the same value.
        expect(encodeJson(type, decodeJson(type, utf8.encode(text)) as never)).toBe(text);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

/**
 * The object keys of valid JSON text, per object, in text order. A tiny
 * scanner independent of the codec (JSON.parse would reorder integer-like keys).
 */
function objectKeysInTextOrder(text: string): string[][] {
  const objects: string[][] = [];
  const stack: (string[] | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") {
      const keys: string[] = [];
      objects.push(keys);
      stack.push(keys);
      expectKey = true;
    } else if (c === "[") {
      stack.push(null);
      expectKey = false;
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      expectKey = stack[stack.length - 1] !== null;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (expectKey) (stack[stack.length - 1] as string[]).push(JSON.parse(text.slice(i, end + 1)) as string);
      expectKey = false;
      i = end;
    }
  }
  return objects;
}

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));

/** Significant digits of a decimal number's text (`"1.2500e-7"` → `"125"`). */
function significantDigits(text: string): string {
  const mantissa = text.replace(/^-/, "").split("e")[0] as string;
  return mantissa.replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
}

describe("the writer checked against independent statements of the rules, on arbitrary values", () => {
  test("every object of an encoded serde_json::Value has its keys in strictly increasing UTF-8 byte order", () => {
    fc.assert(
      fc.property(jsonValueArbitrary(4, 5), (value) => {
        const text = encodeJson(jsonValue, value as never);
        for (const keys of objectKeysInTextOrder(text)) {
          expect([...keys].sort(byUtf8)).toEqual(keys);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test("a BTreeMap's keys are in UTF-8 byte order too", () => {
    fc.assert(
      fc.property(arbitraryForType("SupervisorNode", { maxItems: 8 }), (node) => {
        const text = encodeJson("SupervisorNode", node);
        const keys = objectKeysInTextOrder(text)[1] as string[];
        expect(keys).toEqual(Object.keys(node.diagnostics).sort(byUtf8));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test("f64: the shortest digits that read back as the same double, with a point or an exponent, as ryu lays them out", () => {
    fc.assert(
      fc.property(f64Arbitrary, (x) => {
        const text = encodeJson(f64, x);
        expect(Object.is(Number(text), x)).toBe(true);
        expect(text).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
        expect(text).toMatch(/[.e]/);
        expect(significantDigits(text)).toBe(significantDigits(String(Math.abs(x))));
        const magnitude = Math.abs(x);
        expect(text.includes("e")).toBe(magnitude !== 0 && (magnitude >= 1e16 || magnitude < 1e-5));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  test("f32: the shortest digits that read back as the same f32, as ryu lays f32 out", () => {
    fc.assert(
      fc.property(f32Arbitrary, (x) => {
        const text = encodeJson(f32, x);
        expect(Object.is(Math.fround(Number(text)), x)).toBe(true);
        expect(text).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
        expect(text).toMatch(/[.e]/);
        const digits = significantDigits(text);
        expect(digits.length).toBeLessThanOrEqual(9);
        // No shorter decimal reads back as the same f32.
        if (digits.length > 1)
          expect(Math.fround(Number(Math.abs(x).toPrecision(digits.length - 1)))).not.toBe(Math.abs(x));
        const shortest = Math.abs(Number(text));
        expect(text.includes("e")).toBe(shortest !== 0 && (shortest >= 1e13 || shortest < 1e-6));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  test("Value numbers: bigints and integers in −2^63..2^64−1 are plain digits, every other number is written as a float", () => {
    fc.assert(
      fc.property(jsonNumberArbitrary, (n) => {
        const text = encodeJson(jsonValue, [n, { k: n }]);
        const written = (JSON.parse(text.replace(/(-?\d[\d.e+-]*)/g, '"$1"')) as [string, { k: string }])[0];
        expect(text).toBe(`[${written},{"k":${written}}]`);
        if (typeof n === "bigint") expect(written).toBe(String(n));
        else if (Number.isInteger(n) && !Object.is(n, -0) && n >= -(2 ** 63) && n < 2 ** 64)
          expect(written).toBe(BigInt(n).toString());
        else {
          expect(written).toMatch(/[.e]/);
          expect(Object.is(Number(written), n)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

/** Whatever comes back is a result, never a throw; a failure is a WireError with a short, one-line message. */
function expectCleanResult(type: WireTypeName, input: string | Uint8Array): void {
  const result = safeDecodeJson(type, input);
  if (result.ok) return;
  expect(result.error).toBeInstanceOf(WireError);
  expect(result.error.message).not.toMatch(/[\n\r]/);
  expect(result.error.message.length).toBeLessThan(600);
  expect((result.error.excerpt ?? "").length).toBeLessThan(100);
}

/** The types whose readers differ most: plain struct, closed struct, flatten, Values, deep nesting, top-level enums. */
const FUZZED_TYPES: readonly WireTypeName[] = [
  "Runner",
  "EventStarted",
  "JobTailReply",
  "EventRecord",
  "DashboardState",
  "ControlCommandResult",
  "FleetRun",
  "FleetWorkerEvent",
  "FleetArtifactKind",
  "RunnerStatus",
];

/** Characters from which random text tends to look like JSON. */
const jsonishUnit = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "{",
      "}",
      "[",
      "]",
      '"',
      ":",
      ",",
      " ",
      "\n",
      "\r",
      "\t",
      "0",
      "1",
      "9",
      "-",
      "+",
      ".",
      "e",
      "E",
      "\\",
      "u",
      "d",
      "8",
      "0",
      "c",
      "f",
      "n",
      "t",
      "r",
      "true",
      "false",
      "null",
      '"state"',
      '"kind"',
      '"seq"',
      '"payload"',
      '"__proto__"',
      "\ud800",
      "\udc00",
      "\u0000",
      "\u2028",
      "\u{1f600}",
      "\ufeff",
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);

describe("no text or bytes make safeDecodeJson throw", () => {
  test.each(FUZZED_TYPES)("%s: arbitrary strings (any UTF-16, lone surrogates included)", (type) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 60 }),
          fc.string({ unit: jsonishUnit, maxLength: 60 }),
          fc.string({
            unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
            maxLength: 30,
          }),
        ),
        (text) => {
          expectCleanResult(type, text);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  test.each(FUZZED_TYPES)("%s: arbitrary byte arrays (invalid UTF-8 included)", (type) => {
    const jsonishBytes = fc.string({ unit: jsonishUnit, maxLength: 40 }).map((s) => utf8.encode(s));
    const withBadBytes = fc
      .tuple(
        jsonishBytes,
        fc.array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf5, 0xff), {
          maxLength: 3,
        }),
        fc.nat(),
      )
      .map(([bytes, bad, at]) => {
        const cut = bytes.length === 0 ? 0 : at % bytes.length;
        return Uint8Array.from([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]);
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), jsonishBytes, withBadBytes), (bytes) => {
        expectCleanResult(type, bytes);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

type Mutation =
  | { readonly op: "flip"; readonly at: number; readonly bit: number }
  | { readonly op: "set"; readonly at: number; readonly byte: number }
  | { readonly op: "delete"; readonly at: number; readonly length: number }
  | { readonly op: "insert"; readonly at: number; readonly bytes: readonly number[] }
  | { readonly op: "duplicate"; readonly at: number; readonly length: number }
  | { readonly op: "truncate"; readonly at: number };

const JSON_BYTES = [...'{}[]":,\\-+.0123456789eEtrufalsn '].map((c) => c.charCodeAt(0));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    op: fc.constant("set" as const),
    at: fc.nat(),
    byte: fc.oneof(fc.constantFrom(...JSON_BYTES), fc.integer({ min: 0, max: 255 })),
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.array(fc.oneof(fc.constantFrom(...JSON_BYTES), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(input: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Array.from(input);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    switch (m.op) {
      case "flip":
        if (bytes.length > 0) bytes[at] = (bytes[at] as number) ^ (1 << m.bit);
        break;
      case "set":
        if (bytes.length > 0) bytes[at] = m.byte;
        break;
      case "delete":
        bytes.splice(at, m.length);
        break;
      case "insert":
        bytes.splice(at, 0, ...m.bytes);
        break;
      case "duplicate":
        bytes.splice(at, 0, ...bytes.slice(at, at + m.length));
        break;
      case "truncate":
        bytes = bytes.slice(0, at);
        break;
    }
  }
  return Uint8Array.from(bytes);
}

const lossy = new TextDecoder("utf-8");

describe("corrupted valid documents never crash the decoder", () => {
  test.each(FUZZED_TYPES)("%s: random byte edits of encoded values give a value or a WireError", (type) => {
    let accepted = 0;
    fc.assert(
      fc.property(
        arbitraryForType(type),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (value, mutations) => {
          const bytes = mutate(utf8.encode(encodeJson(type, value as never)), mutations);
          expectCleanResult(type, bytes);
          expectCleanResult(type, lossy.decode(bytes));
          const result = safeDecodeJson(type, bytes);
          if (result.ok) {
            // Whatever is accepted is a valid value: it encodes, and that encoding is a fixed point.
            accepted++;
            const text = encodeJson(type, result.value as never);
            expect(encodeJson(type, decodeJson(type, text) as never)).toBe(text);
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    // Not every edit is fatal (a flipped letter inside a string is still valid), so both paths ran.
    expect(accepted).toBeGreaterThan(0);
  });
});
