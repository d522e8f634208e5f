/**
 * Unknown fields: the keys serde ignores while reading a document (a key no
 * struct field, tag or flattened payload takes). serde drops them without a
 * word; this walk finds them, so a reader can list them (`"report"`) or refuse
 * the document (`"reject"`), and the closed Runner family can accept a newer
 * producer (`"drop"`/`"report"` given explicitly).
 *
 * The keys are found by the shared walk of the parsed value along the contract
 * (shape-walk.ts), before zod reads it: keys inside a `serde_json::Value` or a
 * map are data, never unknown; in an internally tagged enum the tag is a field
 * of every variant; a struct flattening a tagged enum (`FleetWorkerEvent`)
 * takes the union of its own fields and the chosen variant's; an unknown
 * variant is refused by serde, so nothing in it is "ignored".
 */
import type { AnySchema } from "../serde/meta.js";
import { unknownFields } from "../serde/describe.js";
import { shapeOf } from "../serde/shape.js";
import { type ShapeVisitor, walkShape } from "./shape-walk.js";
import type { WirePath } from "./wire-error.js";

/**
 * What happens to a key serde would ignore:
 * - `"drop"`: ignored, as serde does (the default; the closed Runner family then refuses it unless `"drop"` is given explicitly);
 * - `"report"`: ignored, and listed on the result (`unknownFields`, paths such as `tasks[2].budget`);
 * - `"reject"`: the document is refused, naming the path, as `#[serde(deny_unknown_fields)]` would.
 */
export type UnknownFieldsMode = "drop" | "report" | "reject";

export const UNKNOWN_FIELDS_MODES: readonly UnknownFieldsMode[] = ["drop", "report", "reject"];

export function isUnknownFieldsMode(value: unknown): value is UnknownFieldsMode {
  return value === "drop" || value === "report" || value === "reject";
}

export interface UnknownField {
  /** Where the key is: the path of its value (`tasks[2].budget`). */
  readonly path: WirePath;
  /** The Rust type (a struct, or the tagged enum of a variant) that does not take it, for messages. */
  readonly owner: string | undefined;
}

/**
 * Every key of `value` that serde ignores when reading it as `schema`, in
 * document order. With `remove`, each one in a closed struct is deleted as it
 * is found, so the reading that follows never sees it (the closed struct then
 * accepts the document).
 */
export function findUnknownFields(schema: AnySchema, value: unknown, remove: boolean): UnknownField[] {
  const state: UnknownFieldsFound = { unknownFields: [], removeUnknown: remove };
  walkShape(schema, value, unknownFieldsVisitor, state);
  return state.unknownFields;
}

/** What the unknown-field hook fills in during a walk. */
export interface UnknownFieldsFound {
  readonly unknownFields: UnknownField[];
  /** Whether each one in a closed struct is deleted as it is found. */
  readonly removeUnknown: boolean;
}

/** The walk's hook for a key serde ignores: listed, and taken out of a closed struct. */
export const listUnknownField: NonNullable<ShapeVisitor<UnknownFieldsFound>["unknownKey"]> = (
  state,
  object,
  key,
  path,
  owner,
  closed,
) => {
  state.unknownFields.push({ path: [...path], owner });
  // zod drops the key of an open struct itself; only a closed one must not see it.
  if (state.removeUnknown && closed) delete object[key];
};

const unknownFieldsVisitor: ShapeVisitor<UnknownFieldsFound> = { unknownKey: listUnknownField };

/** What the reading entry points accept about unknown fields. */
export interface UnknownFieldsOptions {
  /** See `UnknownFieldsMode`. Left out: `"drop"`, except that the closed Runner family refuses unknown keys. */
  readonly unknownFields?: UnknownFieldsMode;
  /** With `"report"`: called with the unknown fields' paths of each document that has any. */
  readonly onUnknownFields?: (paths: readonly string[]) => void;
}

/** `options.unknownFields`, checked: a JavaScript caller's typo must not silently mean "drop". */
export function unknownFieldsModeOf(
  options: UnknownFieldsOptions | undefined,
): UnknownFieldsMode | undefined {
  const mode = options?.unknownFields;
  if (mode === undefined || isUnknownFieldsMode(mode)) return mode;
  throw new TypeError(
    `unknownFields must be "drop", "report" or "reject", not ${JSON.stringify(String(mode)).slice(0, 40)}`,
  );
}

/** The message for an unknown field refused by `"reject"`. */
export function unknownFieldMessage(field: UnknownField): string {
  const key = field.path[field.path.length - 1];
  const owner = field.owner === undefined ? "" : `, not a field of ${field.owner}`;
  return `${unknownFields([String(key)])}${owner}`;
}

const closedReach = new WeakMap<AnySchema, boolean>();

/** Whether reading `schema` can meet a closed struct (the Runner family): only then has `"drop"` anything to do. */
export function reachesClosedStruct(schema: AnySchema, seen = new Set<AnySchema>()): boolean {
  const known = closedReach.get(schema);
  if (known !== undefined) return known;
  if (seen.has(schema)) return false;
  seen.add(schema);
  const shape = shapeOf(schema);
  let result: boolean;
  switch (shape.kind) {
    case "option":
    case "default":
      result = reachesClosedStruct(shape.inner, seen);
      break;
    case "vec":
      result = reachesClosedStruct(shape.item, seen);
      break;
    case "map":
      result = reachesClosedStruct(shape.value, seen);
      break;
    case "struct":
      result = shape.closed || shape.fields.some(([, field]) => reachesClosedStruct(field, seen));
      break;
    case "tagged":
      result = [...shape.variants.values()].some((variant) => reachesClosedStruct(variant, seen));
      break;
    default:
      result = false;
  }
  closedReach.set(schema, result);
  return result;
}
