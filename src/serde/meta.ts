/**
 * What a zod schema cannot say about the Rust side: which Rust type a leaf
 * is, how serde writes an `Option`, a struct's documentation, a tagged
 * enum's variants. The codec and the JSON Schema emitter read it from here.
 *
 * A private WeakMap, not zod's `globalRegistry`, so importing fleetwire
 * never writes into the application's zod state.
 */
import type { z } from "zod";
import { compileOnFirstParse } from "./first-parse.js";
import { built } from "./lazy.js";

/** Rust scalar kinds that need more than a zod type to be read and written exactly. */
export type IntKind = "u16" | "u32" | "i32" | "u64" | "usize";
export type FloatKind = "f32" | "f64";

/** A schema held in metadata; typed loosely so the registry's type stays shallow. */
export type AnySchema = z.core.$ZodType;

export type FieldDocs = Readonly<Record<string, string>>;

export type WireMeta =
  | { readonly kind: "int"; readonly rust: IntKind; readonly min: number; readonly max: number }
  | { readonly kind: "u128" }
  | { readonly kind: "float"; readonly rust: FloatKind }
  | { readonly kind: "datetime" }
  | { readonly kind: "string"; readonly rust: "String" | "PathBuf" }
  | { readonly kind: "bool" }
  | { readonly kind: "value" }
  /** `BTreeMap<String, V>`. */
  | { readonly kind: "map"; readonly value: AnySchema }
  /** `Option<T>`; `skipIfNone` mirrors `skip_serializing_if = "Option::is_none"`. */
  | { readonly kind: "option"; readonly skipIfNone: boolean; readonly inner: AnySchema }
  /** `#[serde(default, skip_serializing_if = "BTreeMap::is_empty")]` around a map. */
  | { readonly kind: "skip_if_empty"; readonly inner: AnySchema }
  /** A named Rust type: a struct, a unit or tagged enum, a newtype. */
  | NamedMeta;

export interface NamedMeta {
  readonly kind: "named";
  /** The Rust type name, e.g. `FleetWorkerEvent`. */
  readonly name: string;
  /** The Rust doc comment. */
  readonly doc: string;
  readonly shape: "struct" | "unit_enum" | "tagged_enum" | "open_enum" | "newtype" | "flattened";
  /** Per-field (or per-variant) doc comments. */
  readonly fieldDocs?: FieldDocs;
  /** `#[serde(tag = "...")]` of a tagged enum, or of the enum a struct flattens. */
  readonly tag?: string;
  /** Field names before the flatten point, for `#[serde(flatten)]` structs. */
  readonly fieldsBeforeFlatten?: readonly string[];
  /** The tagged enum a `#[serde(flatten)]` struct flattens (`FleetWorkerEventPayload`). */
  readonly flattens?: string;
  /** The variants of an open enum (`FleetArtifactKind`). */
  readonly knownVariants?: readonly string[];
  /** Unknown keys are an error (Runner, RunnerUiError, RunnerCrash). */
  readonly closed?: boolean;
  /** `#[serde(rename_all = "...")]`, for documentation. */
  readonly renameAll?: string;
}

export const wireMeta = new WeakMap<z.core.$ZodType, WireMeta>();

/**
 * Answers zod's own JSON Schema machinery (`z.toJSONSchema`, `~standard.jsonSchema`,
 * zod-openapi) for a fleetwire schema: its JSON Schema, or `undefined` to let zod
 * walk it. Filled in by the JSON Schema layer (`src/json-schema/zod-hooks.ts`),
 * which sits above this one; until then zod walks every schema itself.
 */
type JsonSchemaAnswer = (schema: z.core.$ZodType) => Record<string, unknown> | undefined;
let jsonSchemaAnswer: JsonSchemaAnswer | undefined;

export function answerJsonSchemaWith(answer: JsonSchemaAnswer | undefined): void {
  jsonSchemaAnswer = answer;
}

export function withMeta<S extends z.ZodType>(schema: S, meta: WireMeta): S {
  wireMeta.set(schema, meta);
  // zod asks `_zod.toJSONSchema()` before walking a schema (core `processSchema`); `undefined` means "walk it".
  (schema._zod as { toJSONSchema?: () => object | undefined }).toJSONSchema = () =>
    jsonSchemaAnswer?.(schema);
  // Every named type is exported: its own safeParse should run zod's compiled fast path.
  if (meta.kind === "named") compileOnFirstParse(schema);
  return schema;
}

export function metaOf(schema: z.core.$ZodType): WireMeta | undefined {
  const meta = wireMeta.get(schema);
  if (meta !== undefined) return meta;
  // A stand-in for a schema not built yet (lazy.ts): its schema's metadata.
  const real = built(schema);
  return real === schema ? undefined : wireMeta.get(real);
}

export function namedMetaOf(schema: z.core.$ZodType): NamedMeta | undefined {
  const meta = metaOf(schema);
  return meta?.kind === "named" ? meta : undefined;
}
