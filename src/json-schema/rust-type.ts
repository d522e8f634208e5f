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
