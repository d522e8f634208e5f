/**
 * JSON Schema (draft 2020-12) for every wire type, emitted by zod's own
 * `z.toJSONSchema` with `io: "input"`: the schema describes what a sender
 * may send, which is what serde accepts, narrowed to fleetwire's Decisions
 * (the D… rules of test/support/rules.ts) so that zod and a JSON Schema validator agree.
 *
 * zod renders the structure (objects, arrays, `Option` as nullable, defaults,
 * `oneOf` per tagged variant). What zod cannot know comes from the wire
 * metadata (`src/serde/meta.ts`) through an `override` callback: integer kinds
 * and their ranges, floats, timestamps, `serde_json::Value`, maps, type names
 * and docs, closed structs, discriminators. A second pass, which walks the zod
 * shapes beside the emitted JSON, writes each property's description; a last
 * pass puts every keyword in one fixed order, so emission is deterministic.
 *
 * Nothing is written to zod's `globalRegistry`: type ids live in a private
 * registry passed as `metadata`.
 */
import { z } from "zod";
import { type WireTypeName, wireTypeNames, wireTypes } from "../registry.js";
import { type AnySchema, metaOf, type NamedMeta, namedMetaOf } from "../serde/meta.js";
import { dateTimeSchema, floatSchema, intSchema, u128Schema, valueSchema } from "./leaves.js";
import { fieldDocOf, variantTagDoc } from "./rust-type.js";
import { tagSelectedUnion } from "./union-layout.js";
import { withoutHooks } from "./zod-hooks.js";
import { isJsonSchema, type JsonSchema } from "./schema-object.js";

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/**
 * Where the schemas live: `<base><RustName>.json` for one type,
 * `<base>fleetwire.schema.json` for the bundle. Stable across releases (the
 * version is not part of the `$id`), so a new release changes a file only
 * when its contract changes; `schemas/index.json` and the package version say
 * which release a copy came from.
 */
export const SCHEMA_BASE_URI = "https://fleetwire.dev/schemas/";
export const BUNDLE_FILE = "fleetwire.schema.json";
export const INDEX_FILE = "index.json";

const DEFS_PREFIX = "#/$defs/";

// ---------------------------------------------------------------------------
// zod emission

let typeIds: z.core.$ZodRegistry<{ id: string }> | undefined;

/** A private registry giving each named type its Rust name as `id`, so zod puts it under `$defs`. */
function ids(): z.core.$ZodRegistry<{ id: string }> {
  if (typeIds === undefined) {
    typeIds = z.registry<{ id: string }>();
    for (const name of wireTypeNames) typeIds.add(wireTypes[name].schema, { id: name });
  }
  return typeIds;
}

/** Replace a JSON Schema object's contents in place (zod shares the object with every use of the schema). */
function replace(target: JsonSchema, source: JsonSchema): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}

const jsonClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function override(ctx: { zodSchema: AnySchema; jsonSchema: JsonSchema }): void {
  const { zodSchema, jsonSchema: json } = ctx;
  const meta = metaOf(zodSchema);
  const def = zodSchema._zod.def as { type: string; defaultValue?: unknown };
  if (def.type === "default") {
    // An absent Option is None, which `anyOf [T, null]` and "not required" already say.
    if (meta?.kind === "option") delete json.default;
    // zod drops `default` beside a transform (a map); the wire default is the value itself.
    else json.default = jsonClone(def.defaultValue);
  }
  if (meta === undefined) return;
  switch (meta.kind) {
    case "int":
      return replace(json, intSchema(meta.rust, meta.min, meta.max));
    case "u128":
      return replace(json, u128Schema());
    case "float":
      return replace(json, floatSchema(meta.rust));
    case "datetime":
      return replace(json, dateTimeSchema());
    case "value":
      return replace(json, valueSchema());
    case "map":
      return replace(json, { type: "object", additionalProperties: inlineSchema(meta.value) });
    case "named":
      if (!ids().has(zodSchema))
        throw new Error(`fleetwire JSON Schema: ${meta.name} is not in the registry`);
      return annotateNamed(json, meta);
    default:
      return;
  }
}

function annotateNamed(json: JsonSchema, meta: NamedMeta): void {
  json.title = meta.name;
  json.description = meta.doc !== "" ? meta.doc : undocumented(meta);
  switch (meta.shape) {
    case "struct":
      // serde ignores unknown keys; only the published closed contracts refuse them.
      if (meta.closed === true) json.additionalProperties = false;
      else delete json.additionalProperties;
      return;
    case "tagged_enum":
    case "flattened":
      // A hint (OpenAPI's keyword, understood by ajv with `discriminator: true`): the tag picks the branch.
      json.type = "object";
      json.discriminator = { propertyName: meta.tag };
      return;
    case "unit_enum": {
      const docs = Object.entries(meta.fieldDocs ?? {}).filter(([, doc]) => doc !== "");
      if (docs.length > 0) {
        json.description += `\n\nVariants:\n${docs.map(([variant, doc]) => `- \`${variant}\`: ${doc}`).join("\n")}`;
      }
      return;
    }
    case "open_enum": {
      const known = meta.knownVariants ?? [];
      json.description += `\n\nKnown variants: ${known.map((v) => `\`${v}\``).join(", ")}; any other string is accepted too (Rust \`Other(String)\`).`;
      json.examples = [...known];
      return;
    }
    case "newtype":
      return;
  }
}

/** A named type without a doc comment is described by its Rust shape. */
function undocumented(meta: NamedMeta): string {
  switch (meta.shape) {
    case "struct":
    case "flattened":
      return `Rust: \`struct ${meta.name}\`.`;
    case "newtype":
      return `Rust: \`struct ${meta.name}(String)\`.`;
    case "tagged_enum":
      return `Rust: \`enum ${meta.name}\`, internally tagged by \`${meta.tag}\`.`;
    default:
      return `Rust: \`enum ${meta.name}\`.`;
  }
}

const ZOD_OPTIONS = {
  target: "draft-2020-12",
  io: "input",
  unrepresentable: "any",
  cycles: "throw",
  reused: "inline",
  override,
} as const;

export function toJsonSchema(schema: AnySchema): JsonSchema {
  // zod's own walk: the hooks that answer with the published schema (./zod-hooks.ts) stay out of it.
  return withoutHooks(() => z.toJSONSchema(schema, { ...ZOD_OPTIONS, metadata: ids() }) as JsonSchema);
}

const inlined = new WeakMap<AnySchema, JsonSchema>();

/**
 * A schema zod never walks into (a map's value sits behind a transform),
 * emitted on its own. A named type comes back as a `$ref` into the same `$defs`.
 */
function inlineSchema(schema: AnySchema): JsonSchema {
  let json = inlined.get(schema);
  if (json === undefined) {
    const { $schema: _s, $defs: _d, ...rest } = toJsonSchema(schema);
    json = rest;
    inlined.set(schema, json);
  }
  return jsonClone(json);
}

// ---------------------------------------------------------------------------
// Property descriptions: the zod shapes walked beside the emitted JSON

/** A zod object's field schemas by key (not serde's reading of a schema: that is src/serde/shape.ts). */
type Fields = Readonly<Record<string, AnySchema>>;

function fieldsOf(schema: AnySchema): Fields {
  return (schema._zod.def as unknown as { shape: Fields }).shape;
}

function optionsOf(schema: AnySchema): readonly AnySchema[] {
  return (schema._zod.def as unknown as { options: readonly AnySchema[] }).options;
}

function properties(json: JsonSchema): Record<string, JsonSchema> {
  return (json.properties ?? {}) as Record<string, JsonSchema>;
}

/**
 * A property's description: the Rust field's doc comment, or its Rust type
 * where the field has none; then the leaf's own note (a u64's range, a
 * timestamp's accepted shape), which the property would otherwise hide.
 */
function describeFields(
  json: JsonSchema,
  shape: Fields,
  docs: Readonly<Record<string, string>>,
  tag?: string,
): void {
  for (const [key, property] of Object.entries(properties(json))) {
    if (key === tag) {
      property.description = variantTagDoc(String(property.const), tag);
      continue;
    }
    const field = shape[key];
    if (field === undefined) throw new Error(`fleetwire JSON Schema: property ${key} has no zod field`);
    const text = fieldDocOf(docs, key, field);
    property.description =
      typeof property.description === "string" ? `${text}\n\n${property.description}` : text;
  }
}

/** The named struct whose fields a newtype variant (`Artifact(FleetArtifactRef)`) puts inline, if any. */
function inlinedStruct(variant: Fields, tag: string): string | undefined {
  const fields = Object.entries(variant).filter(([key]) => key !== tag);
  for (const name of wireTypeNames) {
    const meta = namedMetaOf(wireTypes[name].schema);
    if (meta?.shape !== "struct") continue;
    const shape = fieldsOf(wireTypes[name].schema);
    const keys = Object.keys(shape);
    if (keys.length === fields.length && fields.every(([key, schema]) => shape[key] === schema)) return name;
  }
  return undefined;
}

function describeNamed(json: JsonSchema, schema: AnySchema): void {
  const meta = namedMetaOf(schema);
  if (meta === undefined) return;
  const docs = meta.fieldDocs ?? {};
  if (meta.shape === "struct") describeFields(json, fieldsOf(schema), docs);
  if (meta.shape === "tagged_enum" || meta.shape === "flattened") {
    const tag = meta.tag ?? "";
    const branches = json.oneOf as JsonSchema[];
    optionsOf(schema).forEach((option, i) => {
      const branch = branches[i] as JsonSchema;
      const shape = fieldsOf(option);
      describeFields(branch, shape, meta.shape === "flattened" ? docs : {}, tag);
      const inner = meta.shape === "tagged_enum" ? inlinedStruct(shape, tag) : undefined;
      if (inner !== undefined) branch.description = `The fields of \`${inner}\`, inline beside \`${tag}\`.`;
    });
  }
}

// ---------------------------------------------------------------------------
// Canonical form: one keyword order everywhere, `$defs` sorted by name

const KEYWORD_ORDER = [
  "$schema",
  "$id",
  "$ref",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "format",
  "pattern",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "discriminator",
  "oneOf",
  "allOf",
  "if",
  "then",
  "else",
  "anyOf",
  "default",
  "examples",
  "$defs",
];
const rank = (key: string) => {
  const i = KEYWORD_ORDER.indexOf(key);
  return i === -1 ? KEYWORD_ORDER.length : i;
};

/** Keywords whose value is a schema, a list of schemas, or a name → schema map. */
const SCHEMA_KEYWORDS = new Set(["items", "additionalProperties", "not", "contains", "if", "then", "else"]);
const SCHEMA_LIST_KEYWORDS = new Set(["oneOf", "anyOf", "allOf", "prefixItems"]);
const SCHEMA_MAP_KEYWORDS = new Set(["properties", "patternProperties"]);

export function canonical(schema: JsonSchema): JsonSchema {
  const input: JsonSchema = { ...schema };
  // zod folds `anyOf [{type: T}, {type: "null"}]` into `type: [T, "null"]`; an Option is always spelt as `anyOf`.
  if (Array.isArray(input.type)) {
    input.anyOf = (input.type as string[]).map((type) => ({ type }));
    delete input.type;
  }
  const keys = Object.keys(input).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: JsonSchema = {};
  for (const key of keys) {
    const value = input[key];
    if (SCHEMA_KEYWORDS.has(key) && isJsonSchema(value)) out[key] = canonical(value);
    else if (SCHEMA_LIST_KEYWORDS.has(key)) out[key] = (value as JsonSchema[]).map(canonical);
    else if (SCHEMA_MAP_KEYWORDS.has(key))
      out[key] = mapValues(value as Record<string, JsonSchema>, canonical, false);
    else if (key === "$defs") out[key] = mapValues(value as Record<string, JsonSchema>, canonical, true);
    else out[key] = value;
  }
  return out;
}

function mapValues(map: Record<string, JsonSchema>, f: (s: JsonSchema) => JsonSchema, sort: boolean) {
  const keys = Object.keys(map);
  if (sort) keys.sort();
  const out: Record<string, JsonSchema> = {};
  for (const key of keys)
    Object.defineProperty(out, key, {
      value: f(map[key] as JsonSchema),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

// ---------------------------------------------------------------------------
// Documents

/** Every wire type's schema body, by Rust name: what goes under `$defs`. */
export function emitDefinitions(): Record<WireTypeName, JsonSchema> {
  // One emission over a synthetic root that holds every type: each named type becomes one `$defs` entry.
  const root = z.object(
    Object.fromEntries(wireTypeNames.map((name) => [name, wireTypes[name].schema as z.ZodType])),
  );
  const emitted = toJsonSchema(root);
  const defs = (emitted.$defs ?? {}) as Record<string, JsonSchema>;
  const extra = Object.keys(defs).filter((key) => !Object.hasOwn(wireTypes, key));
  if (extra.length > 0) throw new Error(`fleetwire JSON Schema: unexpected $defs ${extra.join(", ")}`);
  const out = {} as Record<WireTypeName, JsonSchema>;
  for (const name of wireTypeNames) {
    const body = defs[name];
    if (body === undefined) throw new Error(`fleetwire JSON Schema: ${name} was not emitted`);
    describeNamed(body, wireTypes[name].schema);
    const meta = namedMetaOf(wireTypes[name].schema);
    const tagged = meta?.shape === "tagged_enum" || meta?.shape === "flattened";
    out[name] = canonical(tagged ? tagSelectedUnion(body, meta.tag ?? "") : body);
  }
  return out;
}

/** The `$ref` targets a schema uses, directly or through the definitions it references. */
export function referencedTypes(schema: JsonSchema, defs: Readonly<Record<string, JsonSchema>>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonSchema(value)) return;
    const ref = value.$ref;
    if (typeof ref === "string") {
      if (!ref.startsWith(DEFS_PREFIX)) throw new Error(`fleetwire JSON Schema: unexpected $ref ${ref}`);
      const name = ref.slice(DEFS_PREFIX.length);
      if (!found.has(name)) {
        found.add(name);
        visit(defs[name]);
      }
    }
    for (const [key, inner] of Object.entries(value)) if (key !== "$ref") visit(inner);
  };
  visit(schema);
  return [...found].sort();
}

export const schemaFileName = (name: string) => `${name}.json`;
export const schemaId = (file: string) => `${SCHEMA_BASE_URI}${file}`;

/** One type as a self-contained document: its body at the root, the types it uses under `$defs`. */
export function typeDocument(
  name: WireTypeName,
  defs: Readonly<Record<WireTypeName, JsonSchema>>,
): JsonSchema {
  const body = defs[name];
  const used = referencedTypes(body, defs);
  if (used.includes(name)) throw new Error(`fleetwire JSON Schema: ${name} refers to itself`);
  const doc: JsonSchema = { $schema: DRAFT_2020_12, $id: schemaId(schemaFileName(name)), ...jsonClone(body) };
  if (used.length > 0)
    doc.$defs = Object.fromEntries(used.map((n) => [n, jsonClone(defs[n as WireTypeName])]));
  return canonical(doc);
}

/** Every type under `$defs`, nothing at the root: refer to `fleetwire.schema.json#/$defs/<RustName>`. */
export function bundleDocument(defs: Readonly<Record<WireTypeName, JsonSchema>>): JsonSchema {
  return canonical({
    $schema: DRAFT_2020_12,
    $id: schemaId(BUNDLE_FILE),
    title: "fleetwire",
    description:
      "Every fleetwire wire type (the JSON that Rust serde services and fleetwire exchange) under `$defs`, by Rust " +
      "type name. Validate a message against `fleetwire.schema.json#/$defs/<RustName>`, or use the self-contained " +
      "`<RustName>.json`.",
    $defs: jsonClone(defs),
  });
}

/** Rust name → file, `$id`, domain and description, in the order of the registry. */
export function indexDocument(defs: Readonly<Record<WireTypeName, JsonSchema>>): Record<string, unknown> {
  return Object.fromEntries(
    wireTypeNames.map((name) => {
      const file = schemaFileName(name);
      const { domain, doc } = wireTypes[name];
      return [
        name,
        { file, id: schemaId(file), domain, description: doc !== "" ? doc : defs[name].description },
      ];
    }),
  );
}

/** A document as it is written to disk: two-space indent, trailing newline. */
export const documentText = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
