/**
 * Where a JSON Schema validator points when it refuses a document: ajv's first
 * error, beside the path of fleetwire's first error, over every rejected case
 * of the serde corpus. Tagged unions select their variant by the tag
 * (src/json-schema/union-layout.ts), so the error is the chosen variant's
 * field, not "no branch of the oneOf matched". (Python's `best_match` is
 * measured the same way by `npm run schemas:python`.)
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { safeDecodeJson } from "../../src/index.js";
import { classicUnions } from "../../src/json-schema/union-layout.js";
import { committedSchemas, dateTime, FORMATS } from "./ajv.js";
import { corpus } from "./corpus.js";

/** ajv as an application uses it to report one problem: stop at the first error. */
function firstErrorPaths(files: Record<string, Record<string, unknown>>) {
  const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: false });
  for (const [name, validate] of Object.entries(FORMATS)) ajv.addFormat(name, { type: "number", validate });
  ajv.addFormat("date-time", { type: "string", validate: dateTime });
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  return (type: string, value: unknown): string | undefined => {
    let validate = validators.get(type);
    if (validate === undefined) {
      validate = ajv.compile(files[`${type}.json`] as object);
      validators.set(type, validate);
    }
    if (validate(value)) return undefined;
    const error = validate.errors?.[0];
    if (error === undefined) return "";
    // A missing field is reported at its object, naming the field: it points at the field.
    const missing = error.keyword === "required" ? `/${String(error.params.missingProperty)}` : "";
    return `${error.instancePath}${missing}`;
  };
}

function share(files: Record<string, Record<string, unknown>>): { same: number; rejected: number } {
  const pathOf = firstErrorPaths(files);
  let same = 0;
  let rejected = 0;
  for (const c of corpus().cases) {
    if (c.valid) continue;
    const decoded = safeDecodeJson(c.type, c.text);
    if (decoded.ok) throw new Error(`fleetwire accepts ${c.label}`);
    rejected++;
    const ours = (decoded.error.issues[0]?.path ?? decoded.error.path)
      .map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`)
      .join("");
    if (pathOf(c.type, c.value) === ours) same++;
  }
  return { same, rejected };
}

test("ajv's first error is where fleetwire's is on at least 90% of the rejected corpus, more than with oneOf", {
  timeout: 120_000,
}, () => {
  const files = committedSchemas();
  const now = share(files);
  // The same schemas with every tagged union as `oneOf` + `discriminator` (the 0.1.0 layout).
  const oneOf = share(classicUnions(files) as Record<string, Record<string, unknown>>);
  expect(now.rejected).toBeGreaterThan(1000);
  expect(now.same / now.rejected).toBeGreaterThanOrEqual(0.9);
  expect(now.same).toBeGreaterThan(oneOf.same);
  console.log(
    `ajv first error at fleetwire's path: ${now.same}/${now.rejected} tag-selected, ${oneOf.same}/${oneOf.rejected} oneOf`,
  );
});
