/**
 * Bench peers for `wireCodec` (issue 13): the zod codec's decode and encode
 * beside `decodeJson`/`encodeJson` on the same payload. The codec validates
 * once (inside decodeJson), so its decode should cost decodeJson plus zod's
 * small per-call overhead, not twice decodeJson.
 */
import type { z } from "zod";
import { decodeJson, encodeJson } from "../../src/codec/index.js";
import { wireCodec } from "../../src/zod-codec/index.js";

export interface CodecOp {
  readonly key: "codecDecode" | "codecEncode";
  readonly label: string;
  readonly run: () => unknown;
}

export function wireCodecOps(schema: z.ZodType, text: string, value: unknown): CodecOp[] {
  const codec = wireCodec(schema);
  const decoded = codec.decode(text);
  if (encodeJson(schema, decoded as never) !== encodeJson(schema, decodeJson(schema, text) as never))
    throw new Error("bench payload check failed: wireCodec.decode differs from decodeJson");
  if (codec.encode(value as never) !== text)
    throw new Error("bench payload check failed: wireCodec.encode is not the payload text");
  return [
    { key: "codecDecode", label: "fleetwire wireCodec(T).decode(text)", run: () => codec.decode(text) },
    {
      key: "codecEncode",
      label: "fleetwire wireCodec(T).encode(value)",
      run: () => codec.encode(value as never),
    },
  ];
}
