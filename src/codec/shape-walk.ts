/**
 * One walk of a parsed value along a contract's serde shape (`shapeOf`),
 * before zod reads it: where serde reads an object as a struct, and which of
 * its keys serde takes there. It is the one place that knows how option,
 * default, vec, map, struct, tagged enum and flatten are entered; two readers
 * hook into it, in one pass when both are asked: the repeated-key check (a
 * repeated key is refused only as a struct field) and the unknown-field finder
 * (the keys serde ignores).
 *
 * Keys inside a map or a `serde_json::Value` are data, never struct fields; in
 * an internally tagged enum the tag is a field of every variant; a struct
 * flattening a tagged enum (`FleetWorkerEvent`) is a tagged enum whose
 * variants hold the struct's own fields too. A value that does not have the
 * expected shape is not entered: reading it fails anyway.
 */
import { type AnySchema, namedMetaOf } from "../serde/meta.js";
import { isPlainObject } from "../serde/json-value.js";
import { shapeOf, type WireShape } from "../serde/shape.js";

export type StructShape = Extract<WireShape, { kind: "struct" }>;
export type TaggedShape = Extract<WireShape, { kind: "tagged" }>;

/** The walk's position: pushed and popped as it goes, so a hook keeps a copy, never the array. */
export type ShapePath = (string | number)[];

/**
 * What a reader does at each place, with its per-document `state` as the first
 * argument (the hooks are made once, not per document). A hook left out costs
 * nothing there.
 */
export interface ShapeVisitor<S> {
  /** An object read as a struct (a known variant included), before its keys: the field names serde takes there. */
  readonly struct?: (
    state: S,
    object: object,
    fields: ReadonlyMap<string, AnySchema>,
    path: ShapePath,
  ) => void;
  /**
   * A key of that struct no field takes (`path` ends with it), in document
   * order; the hook may delete it. `owner`: the Rust type that does not take it
   * (the tagged enum of a variant, else the struct); `closed`: whether the struct is.
   */
  readonly unknownKey?: (
    state: S,
    object: Record<string, unknown>,
    key: string,
    path: ShapePath,
    owner: string | undefined,
    closed: boolean,
  ) => void;
  /** An object read as a tagged enum whose tag names no variant (or is missing): serde refuses it, nothing in it is entered. */
  readonly unknownVariant?: (state: S, object: object, tagged: TaggedShape, path: ShapePath) => void;
}

/** A struct's fields by name, once per shape. */
const fieldMaps = new WeakMap<StructShape, ReadonlyMap<string, AnySchema>>();

function fieldsOf(shape: StructShape): ReadonlyMap<string, AnySchema> {
  let map = fieldMaps.get(shape);
  if (map === undefined) {
    map = new Map(shape.fields);
    fieldMaps.set(shape, map);
  }
  return map;
}

/** Walk `value` as `schema` reads it, calling `visitor`'s hooks with `state`. */
export function walkShape<S>(schema: AnySchema, value: unknown, visitor: ShapeVisitor<S>, state: S): void {
  walk(schema, value, [], visitor, state, undefined);
}

function walk<S>(
  schema: AnySchema,
  value: unknown,
  path: ShapePath,
  visitor: ShapeVisitor<S>,
  state: S,
  /** The name of the tagged enum `schema` is a variant of, when it is entered as one (`null`: a variant, unnamed). */
  enumName: string | null | undefined,
): void {
  if (typeof value !== "object" || value === null) return;
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case "option":
    case "default":
      walk(shape.inner, value, path, visitor, state, undefined);
      return;
    case "vec":
      if (Array.isArray(value))
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(shape.item, value[i], path, visitor, state, undefined);
          path.pop();
        }
      return;
    case "map":
      if (!isPlainObject(value)) return;
      for (const key of Object.keys(value)) {
        path.push(key);
        walk(shape.value, value[key], path, visitor, state, undefined);
        path.pop();
      }
      return;
    case "struct": {
      // A variant's object was checked by its tagged enum.
      if (enumName === undefined && !isPlainObject(value)) return;
      const object = value as Record<string, unknown>;
      const fields = fieldsOf(shape);
      visitor.struct?.(state, object, fields, path);
      const unknownKey = visitor.unknownKey;
      for (const key of Object.keys(object)) {
        const field = fields.get(key);
        path.push(key);
        if (field !== undefined) walk(field, object[key], path, visitor, state, undefined);
        else unknownKey?.(state, object, key, path, enumName ?? namedMetaOf(schema)?.name, shape.closed);
        path.pop();
      }
      return;
    }
    case "tagged": {
      if (!isPlainObject(value)) return;
      const tag = value[shape.tag];
      const variant = typeof tag === "string" ? shape.variants.get(tag) : undefined;
      if (variant !== undefined)
        walk(variant, value, path, visitor, state, namedMetaOf(schema)?.name ?? null);
      else visitor.unknownVariant?.(state, value, shape, path);
      return;
    }
    default:
      return; // leaves, and serde_json::Value: data, never fields
  }
}
