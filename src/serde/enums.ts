/** Rust enums: unit enums, internally tagged enums, flattened tagged enums, and an open string enum. */
import { z } from "zod";
import { describeReceived, expected, type IssueInfo, isPlainRecord, quoted } from "./describe.js";
import { type LazyFields, lazyArray } from "./lazy.js";
import { namedMetaOf, withMeta } from "./meta.js";
import { type FieldSpecs, fieldsOf, objectOver, type ShapeOf, splitFields } from "./structs.js";

const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(", ");

function variantMessage(value: unknown, names: readonly string[]): string {
  if (value === undefined) return `missing field (expected one of ${list(names)})`;
  if (typeof value === "string") return `unknown variant ${quoted(value)}, expected one of ${list(names)}`;
  return `expected one of ${list(names)}, got ${describeReceived(value)}`;
}

/** A unit enum's error: the received value is the variant name. */
function unknownVariant(names: readonly string[]) {
  return (issue: IssueInfo) => variantMessage(issue.input, names);
}

/** A tagged enum's error: the received value is the object; its tag names the variant. */
function unknownTaggedVariant(name: string, tag: string, names: readonly string[]) {
  const typeError = expected(`${name} (a JSON object)`);
  return (issue: IssueInfo) => {
    if (!isPlainRecord(issue.input)) return typeError(issue);
    const value = issue.input[tag];
    return value === undefined
      ? `missing field \`${tag}\` (expected one of ${list(names)})`
      : variantMessage(value, names);
  };
}

/** A unit-only enum, written as the variant's name (`"healthy"`). Values: wire name → doc comment. */
export function unitEnum<const V extends Readonly<Record<string, string>>>(
  name: string,
  doc: string,
  variants: V,
) {
  const names = Object.keys(variants) as Extract<keyof V, string>[];
  const schema = z.enum(names as [Extract<keyof V, string>, ...Extract<keyof V, string>[]], {
    error: unknownVariant(names),
  });
  return withMeta(schema, { kind: "named", name, doc, shape: "unit_enum", fieldDocs: variants });
}

/**
 * An enum with a catch-all `Other(String)` written as the bare string
 * (`FleetArtifactKind`): known names are listed for types and docs, any other string is kept verbatim.
 */
export function openEnum<const K extends string>(name: string, doc: string, known: readonly K[]) {
  const schema = z.string({ error: expected(`${name} (a string)`) }) as unknown as z.ZodType<
    K | (string & {}),
    K | (string & {})
  >;
  return withMeta(schema, { kind: "named", name, doc, shape: "open_enum", knownVariants: known });
}

/** A variant's content: its fields (`{}` for a unit variant), or the struct of a newtype variant. */
type VariantSpec = FieldSpecs | z.ZodObject;
type VariantShape<V> = V extends z.ZodObject<infer S> ? S : V extends FieldSpecs ? ShapeOf<V> : never;
type VariantObject<Tag extends string, N extends string, V> = z.ZodObject<
  { [K in Tag]: z.ZodLiteral<N> } & VariantShape<V>
>;
type VariantObjects<Tag extends string, V extends Record<string, VariantSpec>> = {
  [N in Extract<keyof V, string>]: VariantObject<Tag, N, V[N]>;
}[Extract<keyof V, string>];

/** A variant's fields, not built yet. */
function variantFields(spec: VariantSpec): LazyFields {
  return spec instanceof z.ZodObject ? fieldsOf(spec) : splitFields(spec).fields;
}

/** A tagged enum's variants, by schema: names and fields (tag first), for `flattenedStruct`, nothing built. */
const variantsOf = new WeakMap<
  z.core.$ZodType,
  { names: readonly string[]; fields: readonly LazyFields[] }
>();

/** A discriminated union on `tag` over `options`, built at once or on first use (see `unionsBuildLazily`). */
function lazyUnion(tag: string, build: () => z.ZodObject[], error: (issue: IssueInfo) => string | undefined) {
  const schema = z.discriminatedUnion(tag, [] as never, { error });
  const options = lazyArray(build);
  (schema._zod.def as { options: unknown }).options = options;
  (schema as { options: unknown }).options = options;
  return schema;
}

let lazyUnions: boolean | undefined;

/**
 * Whether this zod builds a union without reading its options, so that it can be handed them later: zod
 * 4.5 and 4.6 read them only when they parse; 4.3 reads them as it builds the union, and throws on none.
 * (A probe that also parses costs 1–2 ms of import; the whole suite runs on the locked zod and the
 * contracts on the oldest one the peer range allows, so a zod that changes this fails in CI.)
 */
function unionsBuildLazily(): boolean {
  if (lazyUnions === undefined) {
    try {
      z.discriminatedUnion("t", [] as never);
      lazyUnions = true;
    } catch {
      lazyUnions = false;
    }
  }
  return lazyUnions;
}

/**
 * A discriminated union on `tag` whose options, one object per variant, are
 * built on first use where zod allows it (`unionsBuildLazily`).
 */
function unionOver(
  tag: string,
  variants: { names: readonly string[]; fields: readonly LazyFields[] },
  what: string,
  name: string,
) {
  const typeError = expected(`${what} (a JSON object)`);
  const build = () =>
    variants.fields.map((fields) => objectOver((shape) => z.object(shape, { error: typeError }), fields));
  const error = unknownTaggedVariant(name, tag, variants.names);
  return unionsBuildLazily()
    ? lazyUnion(tag, build, error)
    : z.discriminatedUnion(tag, build() as never, { error });
}

/**
 * `#[serde(tag = "...")]`: `{"kind": "ssh", "host": ...}`, the tag beside the
 * variant's fields (anywhere in the object); a newtype variant's struct fields sit inline.
 */
export function taggedEnum<const Tag extends string, const V extends Record<string, VariantSpec>>(
  name: string,
  doc: string,
  tag: Tag,
  variants: V,
): z.ZodDiscriminatedUnion<VariantObjects<Tag, V>[]> {
  const names = Object.keys(variants);
  const fields = names.map((variant) => {
    let literal: z.ZodLiteral<string> | undefined;
    return new Map([
      [tag as string, () => (literal ??= z.literal(variant))],
      ...variantFields(variants[variant] as VariantSpec),
    ]);
  });
  const schema = unionOver(tag, { names, fields }, name, name);
  variantsOf.set(schema, { names, fields });
  return withMeta(schema, { kind: "named", name, doc, shape: "tagged_enum", tag }) as never;
}

type Flattened<Before extends z.core.$ZodShape, O, After extends z.core.$ZodShape> =
  O extends z.ZodObject<infer S> ? z.ZodObject<Before & S & After> : never;

/**
 * A struct with `#[serde(flatten)]` of an internally tagged enum
 * (`FleetWorkerEvent`): the fields before the flatten point, then the tag and
 * the variant's fields, then the fields after it, all in one object.
 */
export function flattenedStruct<
  const B extends FieldSpecs,
  const O extends readonly z.ZodObject[],
  const A extends FieldSpecs,
>(
  name: string,
  doc: string,
  before: B,
  flatten: z.ZodDiscriminatedUnion<O>,
  after: A,
): z.ZodDiscriminatedUnion<Flattened<ShapeOf<B>, O[number], ShapeOf<A>>[]> {
  const head = splitFields(before);
  const tail = splitFields(after);
  const tag = flatten._zod.def.discriminator;
  const { names, fields } = variantsOf.get(flatten) as {
    names: readonly string[];
    fields: readonly LazyFields[];
  };
  const schema = unionOver(
    tag,
    { names, fields: fields.map((variant) => new Map([...head.fields, ...variant, ...tail.fields])) },
    `struct ${name}`,
    name,
  );
  return withMeta(schema, {
    kind: "named",
    name,
    doc,
    shape: "flattened",
    tag,
    fieldsBeforeFlatten: [...head.fields.keys()],
    flattens: namedMetaOf(flatten)?.name ?? "",
    fieldDocs: { ...head.docs, ...tail.docs },
  }) as never;
}

/**
 * One variant of a tagged union, by its tag: `Variant<z.output<typeof FleetHostSpecSchema>, "kind", "ssh">`.
 * The contracts name each variant with it, so a variant's fields carry their docs to hovers.
 */
export type Variant<U, Tag extends string, V extends string> = Extract<U, Record<Tag, V>>;
