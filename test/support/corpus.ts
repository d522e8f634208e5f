import { parseJsonText } from "../../src/codec/text-parser.js";
import { readMutations, readValid } from "../conformance/fixtures.js";

/** The golden lines and mutations of a type that both JSON.parse and the exact reader read (no syntax mutation). */
export function readableTexts(type: string): string[] {
  return [...readValid(type), ...readMutations(type).map(({ input }) => input)].filter((text) => {
    try {
      JSON.parse(text);
      parseJsonText(text);
      return true;
    } catch {
      return false;
    }
  });
}

/** Every place in a value: [container, key] pairs, depth first (an array's keys as numbers). */
export function places(
  value: unknown,
  out: [Record<string | number, unknown>, string | number][] = [],
): [Record<string | number, unknown>, string | number][] {
  if (typeof value !== "object" || value === null) return out;
  for (const key of Object.keys(value)) {
    out.push([value as Record<string | number, unknown>, Array.isArray(value) ? Number(key) : key]);
    places((value as Record<string, unknown>)[key], out);
  }
  return out;
}
