/** The Rust type a fleetwire schema mirrors, spelt as Rust spells it (`Option<u64>`, `BTreeMap<String, Value>`). */
import { type AnySchema, metaOf } from "../serde/meta.js";

export function rustTypeOf(schema: AnySchema): string {
  const meta = metaOf(schema);
  if (meta !== undefined) {
    switch (meta.kind) {
      case "named":
        return meta.name;
      case "int":
      case "float":
      case "string":
        return meta.rust;
      case "u128":
        return "u128";
      case "bool":
        return "bool";
      case "datetime":
        return "DateTime<Utc>";
      case "value":
        return "serde_json::Value";
      case "map":
        return `BTreeMap<String, ${rustTypeOf(meta.value)}>`;
      case "option":
        return `Option<${rustTypeOf(meta.inner)}>`;
      case "skip_if_empty":
        return rustTypeOf(meta.inner);
    }
  }
  const def = schema._zod.def as { type: string; innerType?: AnySchema; element?: AnySchema };
  if (def.type === "default" && def.innerType !== undefined) return rustTypeOf(def.innerType);
  if (def.type === "array" && def.element !== undefined) return `Vec<${rustTypeOf(def.element)}>`;
  throw new Error(`fleetwire JSON Schema: no Rust type known for a zod ${def.type} schema`);
}

/**
 * A field's description: its Rust doc comment, or its Rust type where it has none. The JSON Schema and the
 * contracts' JSDoc both take it from here, so an editor hover and a schema consumer read the same words.
 */
export function fieldDocOf(docs: Readonly<Record<string, string>>, key: string, field: AnySchema): string {
  const own = docs[key] ?? "";
  return own !== "" ? own : `Rust: \`${rustTypeOf(field)}\`.`;
}

/** A tagged variant's tag property, described. */
export function variantTagDoc(variant: string, tag: string): string {
  return `The variant: \`${variant}\` (serde's \`tag = "${tag}"\`).`;
}
