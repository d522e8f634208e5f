/**
 * The ajv every JSON Schema test uses: draft 2020-12, strict mode, the
 * `discriminator` keyword on, and the formats the schemas name registered
 * with the meaning fleetwire gives them (strict mode refuses unknown formats).
 */
import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import { F32_OVERFLOW } from "../../src/json-schema/leaves.js";
import { canonicalDateTime } from "../../src/serde/timestamp.js";

export const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);

const integerIn = (min: number, max: number) => (n: number) => Number.isInteger(n) && n >= min && n <= max;

/** schemars' integer format names, fleetwire's float names, and D4's timestamp. */
export const FORMATS = {
  uint16: integerIn(0, 0xffff),
  uint32: integerIn(0, 0xffff_ffff),
  int32: integerIn(-(2 ** 31), 2 ** 31 - 1),
  uint64: integerIn(0, 2 ** 64 - 1),
  uint: integerIn(0, 2 ** 64 - 1),
  uint128: integerIn(0, 2 ** 128 - 1),
  double: (n: number) => Number.isFinite(n),
  float: (n: number) => Number.isFinite(n) && Math.abs(n) < F32_OVERFLOW,
} as const;

/** D4 (test/support/rules.ts), calendar included: the same function the zod schema uses. */
export const dateTime = (s: string) => canonicalDateTime(s) !== undefined;

export function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
  for (const [name, validate] of Object.entries(FORMATS)) ajv.addFormat(name, { type: "number", validate });
  ajv.addFormat("date-time", { type: "string", validate: dateTime });
  return ajv;
}

/** The committed files of `schemas/`, parsed, by file name. */
export function committedSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(SCHEMAS_DIR).sort()) {
    out[file] = JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), "utf8")) as Record<string, unknown>;
  }
  return out;
}

/** An ajv holding every per-type file and the bundle, with a validator per type from its own file. */
export function compiledValidators(): {
  ajv: Ajv2020;
  byType: Map<string, ValidateFunction>;
  byBundle: Map<string, ValidateFunction>;
} {
  const ajv = newAjv();
  const files = committedSchemas();
  const byType = new Map<string, ValidateFunction>();
  const byBundle = new Map<string, ValidateFunction>();
  const index = files["index.json"] as Record<string, { file: string; id: string }>;
  ajv.addSchema(files["fleetwire.schema.json"] as object);
  for (const [name, entry] of Object.entries(index)) {
    byType.set(name, ajv.compile(files[entry.file] as object));
    const ref = ajv.getSchema(`https://fleetwire.dev/schemas/fleetwire.schema.json#/$defs/${name}`);
    if (ref === undefined) throw new Error(`bundle has no $defs/${name}`);
    byBundle.set(name, ref);
  }
  return { ajv, byType, byBundle };
}
