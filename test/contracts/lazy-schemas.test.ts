/**
 * The contracts build their fields on first use (src/serde/lazy.ts), so that
 * importing fleetwire is cheap. To a user nothing changes: each of the 47
 * exported schemas is the zod class it always was, with its metadata, shape,
 * `extend`, `pick` and `safeParse`, before its first use and after. This file
 * is its own module graph (vitest isolates test files), so the first test
 * sees every schema unbuilt.
 */
import { readFileSync } from "node:fs";
import { isSafeNumber, parse } from "lossless-json";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import * as fleetwire from "../../src/index.js";
import { decodeJson, type WireTypeName, wireTypeNames, wireTypes } from "../../src/index.js";
import { built } from "../../src/serde/lazy.js";
import { metaOf, type NamedMeta, namedMetaOf } from "../../src/serde/meta.js";
import { shapeOf } from "../../src/serde/shape.js";
import { bool, option, string, u64, vec } from "../../src/serde/index.js";

const schemaOf = (name: WireTypeName) => wireTypes[name].schema as z.ZodType;

/** The zod class each kind of named type is built as. */
const CLASS_OF: Record<NamedMeta["shape"], abstract new (...args: never[]) => unknown> = {
  struct: z.ZodObject,
  unit_enum: z.ZodEnum,
  tagged_enum: z.ZodDiscriminatedUnion,
  flattened: z.ZodDiscriminatedUnion,
  newtype: z.ZodString,
  open_enum: z.ZodString,
};

/** The metadata of every type, read before any schema is used; compared after. */
const metaBefore = new Map<string, NamedMeta | undefined>();

/** The first golden lines of a type (serde's output), each read with every integer digit kept. */
function golden(name: WireTypeName): { line: string; value: unknown }[] {
  const text = readFileSync(new URL(`../fixtures/${name}/valid.ndjson`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "")
    .slice(0, 3)
    .map((line) => ({ line, value: parse(line, null, exactNumber) }));
}

const exactNumber = (text: string) =>
  /^-?\d+$/.test(text) && !isSafeNumber(text) ? BigInt(text) : Number(text);

test("before any use: every export is its registry entry, the zod class of its kind, with its metadata", () => {
  expect(wireTypeNames).toHaveLength(47);
  for (const name of wireTypeNames) {
    const schema = schemaOf(name);
    expect((fleetwire as Record<string, unknown>)[`${name}Schema`], name).toBe(schema);
    const meta = namedMetaOf(schema);
    metaBefore.set(name, meta);
    expect(meta?.name, name).toBe(name);
    expect(wireTypes[name].doc).toBe(meta?.doc);
    expect(schema, name).toBeInstanceOf(CLASS_OF[meta?.shape as NamedMeta["shape"]]);
    expect(schema, name).toBeInstanceOf(z.ZodType);
    // An export is never a stand-in: only fields are built lazily.
    expect(built(schema)).toBe(schema);
  }
});

describe.each(wireTypeNames)("%s", (name) => {
  test("safeParse as its first use: golden lines read as decodeJson reads them (every digit kept)", () => {
    const lines = golden(name);
    expect(lines.length).toBeGreaterThan(0);
    for (const { line, value } of lines) {
      const result = schemaOf(name).safeParse(value);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.data).toEqual(decodeJson(name, line));
    }
  });

  test("shape, extend and pick (structs), options (enums): built schemas, never stand-ins", () => {
    const schema = schemaOf(name);
    if (schema instanceof z.ZodObject) {
      const keys = Object.keys(schema.shape);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(built(schema.shape[key])).toBe(schema.shape[key]);
      // The shape is the one zod parses with: the same schemas on every read.
      expect(Object.values(schema.shape)).toEqual(Object.values(schema.shape));
      const extended = schema.extend({ extra_field: z.string() });
      expect(extended).toBeInstanceOf(z.ZodObject);
      expect(Object.keys(extended.shape)).toEqual([...keys, "extra_field"]);
      const value = golden(name)[0]?.value as Record<string, unknown>;
      expect(extended.safeParse({ ...value, extra_field: "x" }).data).toMatchObject({ extra_field: "x" });
      expect(extended.safeParse(value).success).toBe(false);
      const first = keys[0] as string;
      expect(Object.keys(schema.pick({ [first]: true } as never).shape)).toEqual([first]);
    }
    if (schema instanceof z.ZodDiscriminatedUnion) {
      for (const option of schema.options as z.ZodObject[]) {
        expect(option).toBeInstanceOf(z.ZodObject);
        const tag = schema._zod.def.discriminator;
        expect(option.shape[tag]).toBeInstanceOf(z.ZodLiteral);
        for (const field of Object.values(option.shape)) expect(built(field)).toBe(field);
        expect(option.extend({ extra_field: z.string() })).toBeInstanceOf(z.ZodObject);
      }
    }
    if (schema instanceof z.ZodEnum)
      expect(schema.options).toEqual(Object.keys(namedMetaOf(schema)?.fieldDocs ?? {}));
    // The codec's view of it reads the built schemas too.
    expect(shapeOf(schema).kind).not.toBe(undefined);
  });

  test("after first use: the same metadata, registry entry and JSON Schema hook", () => {
    const schema = schemaOf(name);
    expect(namedMetaOf(schema)).toBe(metaBefore.get(name));
    expect(wireTypes[name].schema).toBe(schema);
    expect(z.toJSONSchema(schema)).toMatchObject({ description: expect.any(String) });
  });
});

describe("a building block outside a struct is a stand-in that behaves as its schema", () => {
  test("instanceof, methods, metadata, and the struct builders unwrap it", () => {
    const list = vec(string);
    expect(built(list)).not.toBe(list);
    expect(list).toBeInstanceOf(z.ZodArray);
    expect(list.safeParse(["a", "b"]).data).toEqual(["a", "b"]);
    expect(list.safeParse([1]).error?.issues[0]?.message).toBe("expected a string, got integer 1");
    expect(list._zod.def.element).toBe(built(string));
    expect(metaOf(string)).toEqual({ kind: "string", rust: "String" });
    expect(metaOf(option(u64))).toMatchObject({ kind: "option", skipIfNone: false, inner: built(u64) });
    expect(shapeOf(bool)).toEqual({ kind: "bool" });
    expect(Object.keys(list)).toEqual(Object.keys(built(list)));
    expect(z.toJSONSchema(vec(bool))).toMatchObject({ type: "array" });
  });
});
