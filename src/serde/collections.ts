/** `Vec<T>` and `BTreeMap<String, V>`. */
import { z } from "zod";
import { expected, expectedMessage } from "./describe.js";
import { IntegralFloat } from "./float-token.js";
import { isJsonValueAsIs, isMarkedFloat, isPlainObject, markFloat } from "./json-value.js";
import { built, lazySchema } from "./lazy.js";
import { metaOf, withMeta } from "./meta.js";

export const vec = <T extends z.ZodType>(item: T) =>
  lazySchema(() => z.array(built(item), { error: expected("an array") }));

/**
 * `BTreeMap<String, V>`. zod's record drops a `"__proto__"` key; here it is
 * ordinary data, kept as an own property.
 */
/** A copy of the first `count` entries of `input` (own `"__proto__"` kept as data), with their float marks. */
function copyOfFirst(input: Record<string, unknown>, count: number): Record<string, never> {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(input);
  for (let index = 0; index < count && index < keys.length; index++) {
    const key = keys[index] as string;
    Object.defineProperty(out, key, {
      value: input[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (isMarkedFloat(input, key)) markFloat(out, key);
  }
  return out as Record<string, never>;
}

/**
 * Whether the map's parse returns `input` itself: a plain object whose every
 * own value is a string, or (a `Value` map) a JSON value needing no copy. One
 * rule for the map schema here and the generated parsers (src/compiled).
 */
export function isMapAsIs(input: unknown, values: "string" | "value"): input is Record<string, unknown> {
  if (!isPlainObject(input)) return false;
  for (const key of Object.keys(input)) {
    const item = input[key];
    if (values === "string" ? typeof item !== "string" : !isJsonValueAsIs(item)) return false;
  }
  return true;
}

export function btreeMap<V extends z.ZodType>(
  value: V,
): z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>> {
  return lazySchema(() => mapOf(built(value)));
}

function mapOf<V extends z.ZodType>(
  value: V,
): z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>> {
  // `BTreeMap<String, String>` (labels, diagnostics, log fields) is checked in one loop.
  const stringValues = metaOf(value)?.kind === "string";
  // `BTreeMap<String, Value>` (metadata, extra): every value checked in place first; the
  // entry-by-entry loop below runs only where one is not a Value as it is (for the issues, or a copy).
  const jsonValues = metaOf(value)?.kind === "value";
  const schema = z.unknown().transform((input, ctx) => {
    if (!isPlainObject(input)) {
      ctx.issues.push({ code: "custom", message: expectedMessage("a map (a JSON object)", input), input });
      return z.NEVER;
    }
    if (stringValues) {
      if (isMapAsIs(input, "string")) return input as Record<string, z.output<V>>;
      // Own keys only, here and below: a key inherited from a polluted Object.prototype is not map data.
      for (const key of Object.keys(input)) {
        const item = input[key];
        if (typeof item !== "string")
          ctx.issues.push({
            code: "custom",
            message: expectedMessage("a string", item),
            input: item,
            path: [key],
          });
      }
      return input as Record<string, z.output<V>>;
    }
    if (jsonValues && isMapAsIs(input, "value")) return input as Record<string, z.output<V>>;
    // Values that come back unchanged (JSON values) leave the map as it is: no copy.
    let out: Record<string, z.output<V>> | undefined;
    let index = 0;
    for (const key of Object.keys(input)) {
      const item = input[key];
      const result = value._zod.run({ value: item, issues: [] }, {});
      if (result instanceof Promise) throw new Error("fleetwire map values are synchronous");
      for (const issue of result.issues)
        ctx.issues.push({ ...issue, path: [key, ...(issue.path ?? [])] } as never);
      if (out === undefined && result.value !== item) out = copyOfFirst(input, index);
      if (out !== undefined) {
        if (key === "__proto__")
          Object.defineProperty(out, key, {
            value: result.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else out[key] = result.value as z.output<V>;
        // `1.0` read as a map value stays a float when written back.
        if (item instanceof IntegralFloat || isMarkedFloat(input, key)) markFloat(out, key);
      }
      index++;
    }
    return out ?? (input as Record<string, z.output<V>>);
  });
  return withMeta(schema, { kind: "map", value }) as unknown as z.ZodType<
    Record<string, z.output<V>>,
    Record<string, z.input<V>>
  >;
}
