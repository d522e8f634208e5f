import { IntegralFloat } from "./float-token.js";

const MAX_SHOWN = 40;

/** A short, safe description of a received value for error messages: never the whole input. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return "nothing (missing)";
  if (value === null) return "null";
  if (value instanceof IntegralFloat) return `float ${clip(value.text)}`;
  switch (typeof value) {
    case "string":
      return `string ${quoted(value)}`;
    case "number":
      if (Object.is(value, -0)) return "float -0"; // String(-0) is "0", which would hide what came
      return Number.isInteger(value) ? `integer ${value}` : `float ${value}`;
    case "bigint":
      return `integer ${clip(value.toString())}`;
    case "boolean":
      return `boolean ${value}`;
    default:
      return Array.isArray(value) ? "array" : typeof value === "object" ? "object" : typeof value;
  }
}

/** A string as JSON, cut short: `"build_fa…`. */
export function quoted(text: string): string {
  return clip(JSON.stringify(text));
}

function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}…`;
}

/** What a zod `error` option sees of an issue. */
export interface IssueInfo {
  readonly code?: string;
  readonly input?: unknown;
  readonly keys?: readonly string[];
}

/** "missing field" for an absent key, else what was expected and what came. */
export function expectedMessage(what: string, input: unknown): string {
  return input === undefined
    ? `missing field (expected ${what})`
    : `expected ${what}, got ${describeReceived(input)}`;
}

/** A zod `error` option for a type mismatch; other issues keep zod's own message. */
export function expected(what: string) {
  return (issue: IssueInfo): string | undefined =>
    issue.code === undefined || issue.code === "invalid_type"
      ? expectedMessage(what, issue.input)
      : undefined;
}

/** serde's wording for a key a closed struct does not have. */
export function unknownFields(keys: readonly string[]): string {
  const shown = keys
    .slice(0, 5)
    .map((k) => `\`${clip(k)}\``)
    .join(", ");
  return `unknown field${keys.length > 1 ? "s" : ""} ${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ""}`;
}

/** An object that is not an array: what JSON text reads as `{…}`. The one object guard of fleetwire. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
