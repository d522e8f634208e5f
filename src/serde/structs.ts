/** Rust structs and newtypes. A field is a schema, or `[schema, "its doc comment"]`. */
import { z } from "zod";
import { expected, type IssueInfo, unknownFields } from "./describe.js";
import { built, type LazyFields, lazyShape } from "./lazy.js";
import { withMeta } from "./meta.js";

export type FieldSpec = z.ZodType | readonly [z.ZodType, string];
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;
type SchemaOfSpec<S> = S extends readonly [infer T extends z.ZodType, string]
  ? T
  : S extends z.ZodType
    ? S
    : never;
export type ShapeOf<F extends FieldSpecs> = { -readonly [K in keyof F]: SchemaOfSpec<F[K]> };

export interface StructOptions {
  /** `#[serde(rename_all = "...")]`: keys in `fields` are already the wire names; this is recorded for the docs. */
  readonly renameAll?: string;
}

/** A struct's fields, each built on first use (see lazy.ts), and their doc comments. */
export function splitFields(fields: FieldSpecs): { fields: LazyFields; docs: Record<string, string> } {
  const lazy = new Map<string, () => z.ZodType>();
  const docs: Record<string, string> = {};
  for (const key of Object.keys(fields)) {
    const spec = fields[key] as FieldSpec;
    const schema = (Array.isArray(spec) ? spec[0] : spec) as z.ZodType;
    if (Array.isArray(spec)) docs[key] = spec[1] as string;
    lazy.set(key, () => built(schema));
  }
  return { fields: lazy, docs };
}

/** The lazy fields an object schema was built over (see `fieldsOf`). */
const objectFields = new WeakMap<z.core.$ZodType, LazyFields>();

/** An object schema (`make` is `z.object` or `z.strictObject`) over `fields`, built on first use. */
export function objectOver<T extends z.ZodObject>(make: (shape: never) => T, fields: LazyFields): T {
  const schema = make(lazyShape(fields) as never);
  objectFields.set(schema, fields);
  return schema;
}

/**
 * An object schema's fields, for a schema that takes them over (a newtype
 * variant, a flattened struct): those of one built by `objectOver`, still
 * unbuilt; otherwise its shape's.
 */
export function fieldsOf(schema: z.ZodObject): LazyFields {
  return (
    objectFields.get(schema) ??
    new Map(Object.entries(schema.shape).map(([key, value]) => [key, () => value]))
  );
}

/** A struct: unknown keys are ignored and dropped, as serde does. */
export function struct<F extends FieldSpecs>(
  name: string,
  doc: string,
  fields: F,
  options: StructOptions = {},
) {
  const { fields: lazy, docs } = splitFields(fields);
  const error = expected(`struct ${name} (a JSON object)`);
  const schema = objectOver((shape: ShapeOf<F>) => z.object(shape, { error }), lazy);
  return withMeta(schema, { kind: "named", name, doc, shape: "struct", fieldDocs: docs, ...options });
}

/**
 * A struct whose published contract is closed (`#[schemars(deny_unknown_fields)]`):
 * an unknown key is an error naming it, so a misspelt optional field is never lost silently.
 */
export function closedStruct<F extends FieldSpecs>(
  name: string,
  doc: string,
  fields: F,
  options: StructOptions = {},
) {
  const { fields: lazy, docs } = splitFields(fields);
  const typeError = expected(`struct ${name} (a JSON object)`);
  const error = (issue: IssueInfo) =>
    issue.code === "unrecognized_keys" ? unknownFields(issue.keys ?? []) : typeError(issue);
  const schema = objectOver((shape: ShapeOf<F>) => z.strictObject(shape, { error }), lazy);
  return withMeta(schema, {
    kind: "named",
    name,
    doc,
    shape: "struct",
    fieldDocs: docs,
    closed: true,
    ...options,
  });
}

/** `struct Name(pub String)`: serde writes a newtype struct as its inner value. */
export function newtypeString(name: string, doc: string) {
  return withMeta(z.string({ error: expected(`${name} (a string)`) }), {
    kind: "named",
    name,
    doc,
    shape: "newtype",
  });
}

/**
 * A contract schema's type under its own name: `export interface FleetRunSchema extends Named<typeof built> {}`.
 * Declarations then refer to `FleetRunSchema` wherever the schema is used (inside `FleetRun`'s task list, in the
 * registry) instead of repeating its whole zod type, and hovers show the name.
 */
export type Named<T> = T;
