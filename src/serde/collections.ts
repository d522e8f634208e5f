/** `Vec<T>` and `BTreeMap<String, V>`. */
import { z } from "zod";
import { expected, expectedMessage } from "./describe.js";
import { IntegralFloat } from "./float-token.js";
import { isMarkedFloat, isPlainObject, markFloat } from "./json-value.js";
import { withMeta } from "./meta.js";

export const vec = <T extends z.ZodType>(item: T) => z.array(item, { error: expected("an array") });

/**
 * `BTreeMap<String, V>`. zod's record drops a `"__proto__"` key; here it is
 * ordinary data, kept as an own property.
 */
export function btreeMap<V extends z.ZodType>(value: V): z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>> {
  const schema = z.unknown().transform((input, ctx) => {
    if (!isPlainObject(input)) {
      ctx.issues.push({ code: "custom", message: expectedMessage("a map (a JSON object)", input), input });
      return z.NEVER;
    }
    const out: Record<string, z.output<V>> = {};
    for (const key in input) {
      const result = value._zod.run({ value: input[key], issues: [] }, {});
      if (result instanceof Promise) throw new Error("fleetwire map values are synchronous");
      for (const issue of result.issues) ctx.issues.push({ ...issue, path: [key, ...(issue.path ?? [])] } as never);
      if (key === "__proto__") Object.defineProperty(out, key, { value: result.value, enumerable: true, writable: true, configurable: true });
      else out[key] = result.value as z.output<V>;
      // `1.0` read as a map value stays a float when written back.
      if (input[key] instanceof IntegralFloat || isMarkedFloat(input, key)) markFloat(out, key);
    }
    return out;
  });
  return withMeta(schema, { kind: "map", value }) as unknown as z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>>;
}
