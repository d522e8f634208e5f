import { isMarkedFloat } from "../../src/serde/json-value.js";

/** Where two values differ, or undefined: own keys in order, prototypes, bigint/number, float marks. */
export function difference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (typeof a !== typeof b) return `${path}: ${typeof a} vs ${typeof b}`;
  if (typeof a !== "object" || a === null || b === null)
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: prototypes differ`;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b as object);
  if (ka.join("\u0001") !== kb.join("\u0001")) return `${path}: keys [${ka.join(",")}] vs [${kb.join(",")}]`;
  for (const key of ka) {
    const k = typeof key === "string" && Array.isArray(a) ? Number(key) : (key as string);
    if (key !== "length" && isMarkedFloat(a, k) !== isMarkedFloat(b as object, k))
      return `${path}.${String(key)}: float marks differ`;
    const d = difference(
      (a as Record<string, unknown>)[key as string],
      (b as Record<string, unknown>)[key as string],
      `${path}.${String(key)}`,
    );
    if (d !== undefined) return d;
  }
  return undefined;
}
