/**
 * How a tagged enum (and `FleetWorkerEvent`, a struct flattening one) is laid
 * out in JSON Schema.
 *
 * zod writes a `oneOf` with one branch per variant. A validator then checks
 * the document against every branch and, when it is invalid, reports all of
 * them: Python `jsonschema`'s `best_match` answers "not valid under any of
 * the given schemas" at the root, ajv lists fifteen branches' errors. The
 * published layout instead picks the variant by its tag:
 *
 * - `properties` / `required` at the top: the tag (`enum` of the variants)
 *   and the fields every variant shares (FleetWorkerEvent's `seq`, `run_id`, ...);
 * - `allOf`: per variant, `if` the tag is that variant's `then` its branch,
 *   so only the chosen variant's fields are checked, and an error points at them;
 * - `anyOf`: each variant's fields again, without the tag or `required`, for
 *   code generators (quicktype) that read the structure from `anyOf` and do not
 *   read `if`/`then`. A valid document always matches its own variant there, so
 *   the `anyOf` never changes a verdict.
 *
 * OpenAPI tools expect the `oneOf` with a `discriminator`: `classicUnion`
 * turns the layout back (OpenAPI components, and the compatibility check,
 * which compares variants branch by branch).
 */
import type { JsonSchema } from "./schema-object.js";

type Branch = JsonSchema & { properties?: Record<string, JsonSchema>; required?: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function withoutKeys(map: Record<string, JsonSchema>, drop: ReadonlySet<string>): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [key, value] of Object.entries(map))
    if (!drop.has(key))
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The `oneOf` + `discriminator` layout zod emits, as the tag-selected layout above. */
export function tagSelectedUnion(schema: JsonSchema, tag: string): JsonSchema {
  const branches = schema.oneOf as Branch[];
  const variants = branches.map((b) => b.properties?.[tag]?.const);
  const first = branches[0]?.properties ?? {};
  // Fields every variant has, with the same schema and the same required-ness, are checked once at the top.
  const shared = Object.keys(first).filter(
    (key) =>
      key !== tag &&
      branches.every(
        (b) =>
          b.properties !== undefined &&
          Object.hasOwn(b.properties, key) &&
          same(b.properties[key], first[key]) &&
          (b.required ?? []).includes(key) === (branches[0]?.required ?? []).includes(key),
      ),
  );
  const sharedSet = new Set(shared);
  const tagDoc = `The variant, one of ${variants.map((v) => `\`${String(v)}\``).join(", ")} (serde's \`tag = "${tag}"\`).`;
  const properties: Record<string, JsonSchema> = {};
  for (const key of Object.keys(first)) {
    if (key === tag) properties[tag] = { description: tagDoc, type: "string", enum: variants };
    else if (sharedSet.has(key)) properties[key] = first[key] as JsonSchema;
  }
  const required = (branches[0]?.required ?? []).filter((key) => key === tag || sharedSet.has(key));
  const own = (b: Branch): Branch => {
    const out: Branch = { ...b, properties: withoutKeys(b.properties ?? {}, sharedSet) };
    if (b.required !== undefined) out.required = b.required.filter((key) => !sharedSet.has(key));
    return out;
  };
  const { oneOf: _o, discriminator: _d, ...rest } = schema;
  return {
    ...rest,
    type: "object",
    properties,
    required,
    allOf: branches.map((b, i) => ({
      if: { properties: { [tag]: { const: variants[i] } }, required: [tag] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, data never awaited
      then: own(b),
    })),
    anyOf: branches.map((b) => {
      const { required: _r, additionalProperties: _a, description: _desc, ...structure } = own(b);
      return { ...structure, properties: withoutKeys(structure.properties ?? {}, new Set([tag])) };
    }),
  };
}

/** The tag a tag-selected union picks its variant by, or `undefined` for any other schema. */
export function selectingTag(schema: JsonSchema): string | undefined {
  const allOf = schema.allOf;
  if (!Array.isArray(allOf) || allOf.length === 0) return undefined;
  let tag: string | undefined;
  for (const member of allOf as JsonSchema[]) {
    const cond = (member.if as JsonSchema | undefined)?.properties as Record<string, JsonSchema> | undefined;
    const keys = cond === undefined ? [] : Object.keys(cond);
    if (keys.length !== 1 || member.then === undefined || !("const" in (cond?.[keys[0] as string] ?? {})))
      return undefined;
    if (tag !== undefined && tag !== keys[0]) return undefined;
    tag = keys[0];
  }
  return tag;
}

/** A tag-selected union back as `oneOf` + `discriminator` (what OpenAPI tools read); other schemas unchanged. */
export function classicUnion(schema: JsonSchema): JsonSchema {
  const tag = selectingTag(schema);
  if (tag === undefined) return schema;
  const top = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const topRequired = (schema.required ?? []) as string[];
  const branches = (schema.allOf as JsonSchema[]).map((member) => {
    const then = member.then as Branch;
    // Back in zod's order: the shared fields around the variant's, which start with the tag.
    const properties: Record<string, JsonSchema> = {};
    const put = (key: string, value: JsonSchema) =>
      Object.defineProperty(properties, key, { value, enumerable: true, writable: true, configurable: true });
    for (const key of Object.keys(top)) {
      if (key !== tag) put(key, top[key] as JsonSchema);
      else for (const [own, value] of Object.entries(then.properties ?? {})) put(own, value);
    }
    const required = topRequired.flatMap((key) => (key === tag ? (then.required ?? []) : [key]));
    return { ...then, properties, required };
  });
  const { properties: _p, required: _r, allOf: _a, anyOf: _any, ...rest } = schema;
  return { ...rest, type: "object", discriminator: { propertyName: tag }, oneOf: branches };
}

/** `classicUnion` applied everywhere inside a schema (a document, a components map). */
export function classicUnions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(classicUnions);
  if (typeof value !== "object" || value === null) return value;
  const out: JsonSchema = {};
  for (const [key, inner] of Object.entries(classicUnion(value as JsonSchema)))
    Object.defineProperty(out, key, {
      value: classicUnions(inner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}
