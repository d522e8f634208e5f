/**
 * What a contract schema stands for in serde's terms, read once from the zod
 * definition and the wire metadata. Every tool that walks the contracts (the
 * codec's writer and reader, the fixtures, the arbitraries) switches on this,
 * so none of them re-learns how the building blocks are put together.
 */
import type { z } from "zod";
import { built } from "./lazy.js";
import { type AnySchema, type FloatKind, type IntKind, metaOf } from "./meta.js";

export type WireShape =
  | { readonly kind: "int"; readonly rust: IntKind; readonly min: number; readonly max: number }
  | { readonly kind: "u128" }
  | { readonly kind: "float"; readonly rust: FloatKind }
  | { readonly kind: "datetime" }
  | { readonly kind: "bool" }
  | { readonly kind: "value" }
  /** `String`, `PathBuf`, a newtype over `String`, the open `FleetArtifactKind`. */
  | { readonly kind: "string"; readonly knownVariants?: readonly string[] }
  | { readonly kind: "unit_enum"; readonly variants: readonly string[] }
  /** A tagged variant's tag. */
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "map"; readonly value: AnySchema }
  | { readonly kind: "vec"; readonly item: AnySchema }
  | { readonly kind: "option"; readonly inner: AnySchema; readonly skipIfNone: boolean }
  /** `#[serde(default)]` on a non-Option field. */
  | {
      readonly kind: "default";
      readonly inner: AnySchema;
      readonly skipIfEmpty: boolean;
      readonly defaultValue: () => unknown;
    }
  | {
      readonly kind: "struct";
      readonly fields: readonly (readonly [string, AnySchema])[];
      readonly closed: boolean;
    }
  /** An internally tagged enum (or a struct flattening one): variant name → its object schema. */
  | { readonly kind: "tagged"; readonly tag: string; readonly variants: ReadonlyMap<string, AnySchema> };

type Def = Record<string, unknown> & { type: string };

const shapes = new WeakMap<AnySchema, WireShape>();

export function shapeOf(schema: AnySchema): WireShape {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    // A stand-in (lazy.ts) reads as the schema it stands for.
    const real = built(schema);
    shape = shapes.get(real) ?? read(real);
    shapes.set(real, shape);
    shapes.set(schema, shape);
  }
  return shape;
}

function read(schema: AnySchema): WireShape {
  const meta = metaOf(schema);
  switch (meta?.kind) {
    case "int":
      return { kind: "int", rust: meta.rust, min: meta.min, max: meta.max };
    case "float":
      return { kind: "float", rust: meta.rust };
    case "u128":
    case "datetime":
    case "bool":
    case "value":
      return { kind: meta.kind };
    case "string":
      return { kind: "string" };
    case "map":
      return { kind: "map", value: meta.value };
    case "option":
      return { kind: "option", inner: meta.inner, skipIfNone: meta.skipIfNone };
    case "skip_if_empty":
      return { kind: "default", inner: meta.inner, skipIfEmpty: true, defaultValue: () => ({}) };
    case "named":
      if (meta.shape === "open_enum") return { kind: "string", knownVariants: meta.knownVariants };
      if (meta.shape === "newtype") return { kind: "string" };
      break;
    default:
      break;
  }
  const def = (schema as z.ZodType)._zod.def as unknown as Def;
  switch (def.type) {
    case "string":
      return { kind: "string" };
    case "boolean":
      return { kind: "bool" };
    case "enum":
      return { kind: "unit_enum", variants: Object.values(def.entries as Record<string, string>) };
    case "literal":
      return { kind: "literal", value: (def.values as string[])[0] as string };
    case "array":
      return { kind: "vec", item: def.element as AnySchema };
    case "default":
      return {
        kind: "default",
        inner: def.innerType as AnySchema,
        skipIfEmpty: false,
        defaultValue: () => def.defaultValue,
      };
    case "object": {
      const fields = Object.entries((schema as unknown as z.ZodObject).shape) as [string, AnySchema][];
      return { kind: "struct", fields, closed: meta?.kind === "named" && meta.closed === true };
    }
    case "union": {
      const tag = def.discriminator as string | undefined;
      if (tag === undefined) break;
      const variants = new Map<string, AnySchema>();
      for (const option of def.options as z.ZodObject[])
        variants.set((option.shape[tag] as z.ZodLiteral<string>).value, option);
      return { kind: "tagged", tag, variants };
    }
    default:
      break;
  }
  throw new Error(`a zod ${def.type} schema is not one of fleetwire's serde building blocks`);
}
