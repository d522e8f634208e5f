/** wireCodec hands its options to decoding as they are, so options added to decodeJson later need no change. */
import { expect, test, vi } from "vitest";

const calls = vi.hoisted(() => [] as unknown[][]);
vi.mock("../../src/codec/decode.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/codec/decode.js")>();
  return {
    ...original,
    safeDecodeJson: (...args: unknown[]) => {
      calls.push(args);
      return (original.safeDecodeJson as (...a: unknown[]) => unknown)(...args);
    },
  };
});

const { wireCodec } = await import("../../src/zod-codec/index.js");

test("the options object reaches safeDecodeJson untouched", () => {
  const options = { maxErrors: 3, unknownFields: "reject" };
  expect(wireCodec("FleetRunId", options as never).decode('"run-1"')).toBe("run-1");
  expect(calls).toHaveLength(1);
  expect(calls[0]?.[0]).toBe("FleetRunId");
  expect(calls[0]?.[1]).toBe('"run-1"');
  expect(calls[0]?.[2]).toBe(options);
});
