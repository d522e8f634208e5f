/** Rust structs and newtypes. A field is a schema, or `[schema, "its doc comment"]`. */
import { z } from "zod";
import { expected, type IssueInfo, unknownFields } from "./describe.js";
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

export function splitFields<F extends FieldSpecs>(
  fields: F,
): { shape: ShapeOf<F>; docs: Record<string, string> } {
  const shape: Record<string, z.ZodType> = {};
  const docs: Record<string, string> = {};
  for (const [key, spec] of Object.entries(fields)) {
    if (Array.isArray(spec)) {
      shape[key] = spec[0];
      docs[key] = spec[1];
    } else {
      shape[key] = spec as z.ZodType;
    }
  }
  return { shape: shape as ShapeOf<F>, docs };
}

/** A struct: unknown keys are ignored and dropped, as serde does. */
export function struct<F extends FieldSpecs>(
  name: string,
  doc: string,
  fields: F,
  options: StructOptions = {},
) {
  const { shape, docs } = splitFields(fields);
  const schema = z.object(shape, { error: expected(`struct ${name} (a JSON object)`) });
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
  const { shape, docs } = splitFields(fields);
  const typeError = expected(`struct ${name} (a JSON object)`);
  const error = (issue: IssueInfo) =>
    issue.code === "unrecognized_keys" ? unknownFields(issue.keys ?? []) : typeError(issue);
  const schema = z.strictObject(shape, { error });
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
