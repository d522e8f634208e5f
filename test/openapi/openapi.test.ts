/**
 * fleetwire's schemas through zod's own JSON Schema machinery and the OpenAPI
 * tools built on zod: `z.toJSONSchema` and `~standard.jsonSchema` answer with
 * the published schema; zod-openapi and @asteasolutions/zod-to-openapi build
 * documents with all 47 types as request bodies and responses; those
 * documents, `openApiComponents()` and `fleetwire openapi` pass a real
 * OpenAPI 3.1 validator, `$ref`s included.
 */
import {
  extendZodWithOpenApi,
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  zodToOpenAPIRegistry,
} from "@asteasolutions/zod-to-openapi";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { createDocument } from "zod-openapi";
import {
  addOpenApiMetadata,
  DashboardStateSchema,
  FleetRunSchema,
  FleetWorkerEventSchema,
  openApiComponents,
  wireTypeNames,
  wireTypes,
} from "../../src/index.js";
import { classicUnions } from "../../src/json-schema/union-layout.js";
import { inlineRefs } from "../../src/json-schema/zod-hooks.js";
import { cli, ensureBuilt } from "../cli/built-cli.js";
import { committedSchemas, FORMATS } from "../json-schema/ajv.js";

type Schema = Record<string, any>;
const bundle = committedSchemas()["fleetwire.schema.json"] as Schema;
const defs = bundle.$defs as Record<string, Schema>;
/** The published definition of a type with every type it uses inlined, unions as oneOf: what zod's hooks answer. */
const published = (name: string) => classicUnions(inlineRefs(defs[name], defs)) as Schema;
const info = { title: "fleetwire test", version: "1.0.0" };

async function validateOpenApi(doc: unknown): Promise<{ valid: boolean; errors?: unknown }> {
  // A fresh validator per document: it keeps the specs it has seen.
  return (await new Validator().validate(structuredClone(doc) as never)) as never;
}

/** Every `$ref` in a document resolves inside it (the validator checks this too; this names the culprit). */
function danglingRefs(doc: Schema): string[] {
  const out: string[] = [];
  const resolve = (ref: string) =>
    ref
      .slice(2)
      .split("/")
      .reduce<Schema | undefined>((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const ref = (node as Schema).$ref;
    if (typeof ref === "string" && (!ref.startsWith("#/") || resolve(ref) === undefined)) out.push(ref);
    for (const value of Object.values(node)) visit(value);
  };
  visit(doc);
  return out;
}

/** One POST path per type, the type as request body and as 200 response. */
function pathsFor(content: (name: (typeof wireTypeNames)[number]) => unknown) {
  return Object.fromEntries(
    wireTypeNames.map((name) => [
      `/${name}`,
      {
        post: {
          requestBody: { content: { "application/json": { schema: content(name) } } },
          responses: {
            "200": { description: name, content: { "application/json": { schema: content(name) } } },
          },
        },
      },
    ]),
  );
}

const bodyOf = (doc: Schema, name: string) =>
  doc.paths[`/${name}`].post.requestBody.content["application/json"].schema;
const responseOf = (doc: Schema, name: string) =>
  doc.paths[`/${name}`].post.responses["200"].content["application/json"].schema;

describe("z.toJSONSchema and ~standard.jsonSchema answer with fleetwire's schema", () => {
  test("FleetRun in zod's default (output) mode no longer throws, and carries docs, formats and defaults", () => {
    const json = z.toJSONSchema(FleetRunSchema) as Schema;
    expect(json.description).toBe("Top-level fleet run handle.");
    expect(json.properties.task_specs.default).toEqual([]);
    const task = json.properties.task_specs.items;
    expect(task.properties.timeout_seconds.anyOf[0]).toMatchObject({
      type: "integer",
      format: "uint64",
      minimum: 0,
    });
    expect(task.properties.retry_policy.anyOf[0].properties.max_attempts).toMatchObject({
      type: "integer",
      format: "uint32",
      default: 3,
    });
  });

  test("u128 is an integer in both modes (zod alone gives `{}`)", () => {
    for (const io of ["input", "output"] as const) {
      const json = z.toJSONSchema(DashboardStateSchema, { io }) as Schema;
      const nanos = json.properties.generated_at_unix_nanos;
      expect(nanos).toMatchObject({ type: "integer", format: "uint128", minimum: 0 });
      expect(nanos.description).toMatch(/u128/);
    }
  });

  test.each(wireTypeNames)(
    "%s: z.toJSONSchema (both io), ~standard.jsonSchema (both) equal the published definition",
    (name) => {
      const schema = wireTypes[name].schema as z.ZodType;
      const expected = { $schema: "https://json-schema.org/draft/2020-12/schema", ...published(name) };
      expect(z.toJSONSchema(schema)).toEqual(expected);
      expect(z.toJSONSchema(schema, { io: "input" })).toEqual(expected);
      const standard = schema["~standard"] as unknown as {
        jsonSchema: Record<"input" | "output", (o: { target: string }) => unknown>;
      };
      expect(standard.jsonSchema.input({ target: "draft-2020-12" })).toEqual(expected);
      expect(standard.jsonSchema.output({ target: "draft-2020-12" })).toEqual(expected);
    },
  );

  test("a user's own schema around fleetwire types gets them in place, and ajv accepts a real document", () => {
    const batch = z.object({ run: FleetRunSchema, events: z.array(FleetWorkerEventSchema) });
    const json = z.toJSONSchema(batch) as Schema;
    expect(json.properties.run).toEqual(published("FleetRun"));
    expect(json.properties.events.items).toEqual(published("FleetWorkerEvent"));
    const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: false });
    for (const [format, check] of Object.entries(FORMATS))
      ajv.addFormat(format, { type: "number", validate: check });
    ajv.addFormat("date-time", () => true);
    const validate = ajv.compile(json);
    const run = { id: "r1", name: "n", status: "running", created_at: "2026-01-01T00:00:00Z" };
    expect(validate({ run, events: [] })).toBe(true);
    expect(validate({ run: { ...run, status: "sleeping" }, events: [] })).toBe(false);
  });

  test("zod's own walk is untouched for schemas that are not fleetwire's", () => {
    expect(z.toJSONSchema(z.object({ a: z.string() }))).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { a: { type: "string" } },
      required: ["a"],
      additionalProperties: false,
    });
  });
});

describe("zod-openapi: all 47 types as request bodies and responses", () => {
  let doc: Schema;
  beforeAll(() => {
    doc = createDocument({
      openapi: "3.1.0",
      info,
      paths: pathsFor((name) => wireTypes[name].schema),
    } as never);
  });

  test("the document is valid OpenAPI 3.1", async () => {
    expect(await validateOpenApi(doc)).toEqual({ valid: true });
    expect(danglingRefs(doc)).toEqual([]);
  });

  // zod-openapi drops `discriminator` beside inline branches (OpenAPI maps a discriminator to $ref'd branches).
  const withoutDiscriminator = (name: string) => {
    const { discriminator: _, ...rest } = published(name);
    return rest;
  };

  test.each(wireTypeNames)("%s body and response are its published schema", (name) => {
    expect(bodyOf(doc, name)).toEqual(withoutDiscriminator(name));
    expect(responseOf(doc, name)).toEqual(withoutDiscriminator(name));
  });

  test("as registered components, referenced by $ref", async () => {
    const components = { schemas: Object.fromEntries(wireTypeNames.map((n) => [n, wireTypes[n].schema])) };
    const withRefs = createDocument({
      openapi: "3.1.0",
      info,
      components,
      paths: pathsFor((name) => wireTypes[name].schema),
    } as never) as Schema;
    expect(bodyOf(withRefs, "FleetRun")).toEqual({ $ref: "#/components/schemas/FleetRun" });
    expect(withRefs.components.schemas.FleetRun).toEqual(published("FleetRun"));
    expect(withRefs.components.schemas.FleetWorkerEvent).toEqual(withoutDiscriminator("FleetWorkerEvent"));
    expect(await validateOpenApi(withRefs)).toEqual({ valid: true });
    expect(danglingRefs(withRefs)).toEqual([]);
  });
});

describe("@asteasolutions/zod-to-openapi: all 47 types as request bodies and responses", () => {
  function generate(): Schema {
    const registry = new OpenAPIRegistry();
    for (const name of wireTypeNames) {
      const schema = wireTypes[name].schema;
      registry.registerPath({
        method: "post",
        path: `/${name}`,
        request: { body: { content: { "application/json": { schema } } } },
        responses: { 200: { description: name, content: { "application/json": { schema } } } },
      });
    }
    return new OpenApiGeneratorV31(registry.definitions).generateDocument({
      openapi: "3.1.0",
      info,
    }) as Schema;
  }

  test("without fleetwire's metadata it loses the docs and formats (the reason for addOpenApiMetadata)", () => {
    const nanos = bodyOf(generate(), "DashboardState").properties.generated_at_unix_nanos;
    expect(nanos.type).toBeUndefined();
    expect(nanos.description).toBeUndefined();
  });

  test("after addOpenApiMetadata(zodToOpenAPIRegistry): each type a component with its published schema, used by $ref", async () => {
    // extendZodWithOpenApi is not needed, and calling it after fleetwire's import changes nothing.
    extendZodWithOpenApi(z);
    addOpenApiMetadata(zodToOpenAPIRegistry as never);
    const doc = generate();
    expect(await validateOpenApi(doc)).toEqual({ valid: true });
    expect(danglingRefs(doc)).toEqual([]);
    for (const name of wireTypeNames) {
      expect(bodyOf(doc, name), name).toEqual({ $ref: `#/components/schemas/${name}` });
      expect(responseOf(doc, name), name).toEqual({ $ref: `#/components/schemas/${name}` });
      expect(doc.components.schemas[name], name).toEqual(published(name));
    }
  });

  test("{ components: false } writes every use inline", async () => {
    addOpenApiMetadata(zodToOpenAPIRegistry as never, { components: false });
    const doc = generate();
    expect(await validateOpenApi(doc)).toEqual({ valid: true });
    for (const name of wireTypeNames) expect(bodyOf(doc, name), name).toEqual(published(name));
    addOpenApiMetadata(zodToOpenAPIRegistry as never);
  });
});

describe("openApiComponents() and `fleetwire openapi`", () => {
  test("every type under components.schemas, $refs into components, a valid OpenAPI 3.1 document", async () => {
    const components = openApiComponents();
    expect(Object.keys(components.schemas)).toEqual([...wireTypeNames]);
    const doc = {
      openapi: "3.1.0",
      info,
      paths: pathsFor((name) => ({ $ref: `#/components/schemas/${name}` })),
      components,
    };
    expect(danglingRefs(doc)).toEqual([]);
    expect(JSON.stringify(components)).not.toContain("#/$defs/");
    expect(JSON.stringify(components)).toContain('"$ref":"#/components/schemas/FleetTaskSpec"');
    expect(await validateOpenApi(doc)).toEqual({ valid: true });
    // The validator does check references: a dangling one fails.
    const broken = structuredClone(doc) as Schema;
    broken.paths["/FleetRun"].post.requestBody.content["application/json"].schema = {
      $ref: "#/components/schemas/NoSuchType",
    };
    expect((await validateOpenApi(broken)).valid).toBe(false);
  });

  test("the CLI prints a valid document with all 47 components, and --components only the components", async () => {
    ensureBuilt();
    const whole = await cli(["openapi"]);
    expect(whole.code).toBe(0);
    const doc = JSON.parse(whole.stdout) as Schema;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components).toEqual(openApiComponents());
    expect(await validateOpenApi(doc)).toEqual({ valid: true });
    const only = await cli(["openapi", "--components"]);
    expect(JSON.parse(only.stdout)).toEqual(openApiComponents());
    expect(await cli(["openapi", "--bogus"])).toMatchObject({ code: 2 });
  }, 120_000);
});
