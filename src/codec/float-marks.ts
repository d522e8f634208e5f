/**
 * Float marks across validation. The text reader remembers that `3.0` was a
 * float (src/serde/json-value.ts); zod then builds new objects, so the marks
 * are carried from the parsed tree to the validated one here, for the encoder
 * to write `3.0` back. Decoding uses it; the encoder only reads the marks.
 */
import { isPlainRecord } from "../serde/describe.js";
import { IntegralFloat } from "../serde/float-token.js";
import { isMarkedFloat, markFloat } from "../serde/json-value.js";
import type { AnySchema } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";

/**
 * Carries "this number was a float" marks from one tree to its validated copy:
 * zod builds new struct objects, and a JSON value sitting directly in a
 * struct field (`"payload": 3.0`) is remembered on that struct.
 */
export type TransferMarks = (from: unknown, to: unknown) => void;

const transfers = new WeakMap<AnySchema, TransferMarks | null>();

export function markTransferFor(schema: AnySchema): TransferMarks | undefined {
  if (!transfers.has(schema)) {
    transfers.set(schema, null); // no marks through a cycle while compiling
    transfers.set(schema, compileTransfer(schema) ?? null);
  }
  return transfers.get(schema) ?? undefined;
}

function isFloatAt(container: object, key: string | number): boolean {
  return (
    (container as Record<string | number, unknown>)[key] instanceof IntegralFloat ||
    isMarkedFloat(container, key)
  );
}

function compileTransfer(schema: AnySchema): TransferMarks | undefined {
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case "option":
    case "default":
      return markTransferFor(shape.inner);
    case "struct": {
      const valueKeys: string[] = [];
      const nested: [string, TransferMarks][] = [];
      for (const [key, field] of shape.fields) {
        if (holdsJsonValueDirectly(field)) valueKeys.push(key);
        const inner = markTransferFor(field);
        if (inner !== undefined) nested.push([key, inner]);
      }
      if (valueKeys.length === 0 && nested.length === 0) return undefined;
      return (from, to) => {
        if (!isPlainRecord(from) || !isPlainRecord(to) || from === to) return;
        for (const key of valueKeys) if (isFloatAt(from, key)) markFloat(to, key);
        for (const [key, transfer] of nested) transfer(from[key], to[key]);
      };
    }
    case "vec": {
      const item = markTransferFor(shape.item);
      if (item === undefined) return undefined;
      return (from, to) => {
        if (!Array.isArray(from) || !Array.isArray(to) || from === to) return;
        for (let i = 0; i < to.length; i++) item(from[i], to[i]);
      };
    }
    case "tagged": {
      const variants = [...shape.variants.values()]
        .map(markTransferFor)
        .filter((t): t is TransferMarks => t !== undefined);
      if (variants.length === 0) return undefined;
      return (from, to) => {
        for (const transfer of variants) transfer(from, to);
      };
    }
    default:
      return undefined; // leaves; maps and JSON values carry their own marks
  }
}

function holdsJsonValueDirectly(schema: AnySchema): boolean {
  const shape = shapeOf(schema);
  return shape.kind === "value" || (shape.kind === "option" && holdsJsonValueDirectly(shape.inner));
}
