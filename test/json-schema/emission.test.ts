import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { jsonSchema, wireTypeNames, wireTypes } from "../../src/index.js";
import { emitDefinitions } from "../../src/json-schema/emit.js";
import { jsonSchemaFiles } from "../../src/json-schema/index.js";
import { DATE_TIME_PATTERN, F32_OVERFLOW } from "../../src/json-schema/leaves.js";
import { metaOf, namedMetaOf } from "../../src/serde/meta.js";
import { WORKER_STATES } from "../support/examples.js";
import { canonicalDateTime } from "../../src/serde/timestamp.js";
import { classicUnion, classicUnions, selectingTag } from "../../src/json-schema/union-layout.js";
import { committedSchemas, SCHEMAS_DIR } from "./ajv.js";
import { cite } from "../support/rules.js";

type Schema = Record<string, any>;
const bundle = committedSchemas()["fleetwire.schema.json"] as Schema;
/** The published definitions, tagged unions selected by their tag (./union-layout.ts). */
const published = bundle.$defs as Record<string, Schema>;
/** The same with tagged unions as `oneOf` branches, the view most assertions below read. */
const defs = classicUnions(published) as Record<string, Schema>;
const prop = (type: string, key: string, variant?: string): Schema => {
  const def = defs[type] as Schema;
  const holder =
    variant === undefined
      ? def
      : def.oneOf.find((b: Schema) => Object.values(b.properties).some((p: any) => p.const === variant));
  return holder.properties[key];
};

/** Every (sub)schema in a document, with its JSON pointer. */
function* walk(schema: unknown, at = "#"): Generator<[string, Schema]> {
  if (typeof schema !== "object" || schema === null) return;
  if (Array.isArray(schema)) {
    for (const [i, s] of schema.entries()) yield* walk(s, `${at}/${i}`);
    return;
  }
  yield [at, schema as Schema];
  for (const [k, v] of Object.entries(schema))
    if (k !== "enum" && k !== "examples" && k !== "default" && k !== "const") yield* walk(v, `${at}/${k}`);
}

describe("schemas/ is up to date", () => {
  test("every committed file equals a fresh emission (run `npm run build` and commit schemas/ if this fails)", () => {
    const fresh = jsonSchemaFiles();
    for (const [file, text] of Object.entries(fresh)) {
      expect(readFileSync(new URL(file, SCHEMAS_DIR), "utf8"), file).toBe(text);
    }
    expect(Object.keys(committedSchemas()).sort()).toEqual(Object.keys(fresh).sort());
  });

  test("emission is deterministic: two runs give the same text", () => {
    expect(JSON.stringify(emitDefinitions())).toBe(JSON.stringify(emitDefinitions()));
  });

  test("jsonSchema(name) is built once: the same frozen object on every call, equal to the file", () => {
    const first = jsonSchema("FleetRun");
    expect(jsonSchema("FleetRun")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen((first.properties as Schema).labels)).toBe(true);
    expect(first).toEqual(committedSchemas()["FleetRun.json"]);
    expect(() => jsonSchema("NoSuchType" as never)).toThrow(TypeError);
  });

  test("emission writes nothing to zod's globalRegistry", () => {
    const registry = z.globalRegistry as unknown as { _idmap: Map<string, unknown> };
    const ids = registry._idmap.size;
    emitDefinitions();
    expect(registry._idmap.size).toBe(ids);
    for (const name of wireTypeNames) expect(z.globalRegistry.get(wireTypes[name].schema)).toBeUndefined();
  });
});

describe("integer kinds: type integer, bounds, schemars format", () => {
  test.each([
    ["SupportedCommand", "timeout_seconds", "uint64", 0, 9007199254740991],
    ["SupervisorEdge", "order", "uint", 0, 9007199254740991],
    ["FleetInboxEntry", "priority", "int32", -2147483648, 2147483647],
    ["FleetInboxEntry", "attempts", "uint32", 0, 4294967295],
  ])("%s.%s is %s in [%d, %d]", (type, key, format, minimum, maximum) => {
    expect(prop(type, key)).toMatchObject({ type: "integer", format, minimum, maximum });
  });

  test("u16 (FleetHostSpec ssh port, an Option)", () => {
    expect(prop("FleetHostSpec", "port", "ssh").anyOf[0]).toEqual({
      type: "integer",
      format: "uint16",
      minimum: 0,
      maximum: 65535,
    });
  });

  test("u64's maximum is 2^53−1, and the description says why", () => {
    const seq = prop("FleetWorkerEvent", "seq", "queued");
    expect(seq.maximum).toBe(Number.MAX_SAFE_INTEGER);
    expect(seq.description).toMatch(/2\^64−1.*2\^53−1 \(9007199254740991\).*refuses/s);
  });

  test("u128: integer ≥ 0, format uint128, no maximum, the description says what a double-based validator cannot check", () => {
    const nanos = prop("EventRecord", "occurred_at_unix_nanos");
    expect(nanos).toMatchObject({ type: "integer", format: "uint128", minimum: 0 });
    expect(nanos).not.toHaveProperty("maximum");
    expect(nanos.description).toMatch(/doubles cannot check the upper bound or that every digit is kept/);
  });
});

describe("floats", () => {
  test("f64 is a double", () => {
    expect(prop("FleetScore", "value")).toMatchObject({ type: "number", format: "double" });
  });

  test("f32's exclusive bounds sit exactly where Math.fround becomes infinite", () => {
    const below = F32_OVERFLOW - 2 ** (Math.floor(Math.log2(F32_OVERFLOW)) - 52); // the next double down
    expect(below).toBeLessThan(F32_OVERFLOW);
    expect(Math.fround(F32_OVERFLOW)).toBe(Infinity);
    expect(Math.fround(-F32_OVERFLOW)).toBe(-Infinity);
    expect(Math.fround(below)).toBe(3.4028234663852886e38); // f32::MAX
    const cpu = prop("FleetWorkerEventPayload", "cpu_percent", "heartbeat").anyOf[0];
    expect(cpu).toMatchObject({
      type: "number",
      format: "float",
      exclusiveMinimum: -F32_OVERFLOW,
      exclusiveMaximum: F32_OVERFLOW,
    });
    // and zod's f32 agrees on both sides of the bound
    const heartbeat = (cpu_percent: number) => ({ state: "heartbeat", cpu_percent });
    expect(wireTypes.FleetWorkerEventPayload.schema.safeParse(heartbeat(below)).success).toBe(true);
    expect(wireTypes.FleetWorkerEventPayload.schema.safeParse(heartbeat(F32_OVERFLOW)).success).toBe(false);
  });
});

describe("DateTime<Utc>", () => {
  const pattern = new RegExp(DATE_TIME_PATTERN);

  test(`is a date-time string with the pattern of ${cite("D4")}`, () => {
    expect(prop("EventStarted", "started_at")).toMatchObject({
      type: "string",
      format: "date-time",
      pattern: DATE_TIME_PATTERN,
    });
  });

  test.each([
    "2026-05-20T12:00:00Z",
    "2026-05-20 12:00:00z",
    "2026-05-20T12:00:00.123456789123+05:30",
    "2026-05-20T23:59:60-23:59",
    "0000-01-01T00:00:00Z",
    "2026-05-20t12:00:00Z",
    "2026-05-20T12:00:00",
    "2026-05-20T12:00:00+0900",
    "2026-05-20T12:00:00 UTC",
    "2026-5-20T12:00:00Z",
    "2026-05-20T24:00:00Z",
    "2026-05-20T12:60:00Z",
    "2026-05-20T12:00:61Z",
    "2026-05-20T12:00:00+24:00",
    "2026-13-01T00:00:00Z",
    "2026-00-01T00:00:00Z",
    "2026-05-00T00:00:00Z",
    "2026-05-32T00:00:00Z",
    "2026-05-20T12:00:00.Z",
    "+2026-05-20T12:00:00Z",
    "２０２６-05-20T12:00:00Z",
  ])("the pattern and fleetwire agree on %j", (text) => {
    expect(pattern.test(text)).toBe(canonicalDateTime(text) !== undefined);
  });

  test("the calendar is the one thing the pattern cannot check", () => {
    for (const text of ["2026-02-30T00:00:00Z", "2026-04-31T00:00:00Z", "2025-02-29T00:00:00Z"]) {
      expect(pattern.test(text)).toBe(true);
      expect(canonicalDateTime(text)).toBeUndefined();
    }
    expect(prop("EventStarted", "started_at").description).toMatch(
      /02-30.*0000–9999: the pattern cannot check either/,
    );
  });
});

describe("shapes", () => {
  test("serde_json::Value is {} with the depth limit described", () => {
    expect(prop("EventRecord", "payload")).toEqual({
      description: expect.stringMatching(/Event payload\.\n\nAny JSON value.*127/s),
    });
    expect(defs.EventRecord?.required).toContain("payload");
  });

  test("maps are objects whose additionalProperties is the value schema", () => {
    expect(prop("LogRecord", "fields")).toMatchObject({
      type: "object",
      additionalProperties: { type: "string" },
    });
    expect(prop("FleetTaskSpec", "metadata")).toMatchObject({
      type: "object",
      additionalProperties: { description: expect.any(String) },
      default: {},
    });
  });

  test("every Option is anyOf [T, null] and never required", () => {
    let options = 0;
    for (const name of wireTypeNames) {
      const schema = wireTypes[name].schema as z.core.$ZodType;
      const meta = namedMetaOf(schema);
      const def = defs[name] as Schema;
      const objects: [Record<string, z.core.$ZodType>, Schema][] =
        meta?.shape === "struct"
          ? [[(schema._zod.def as any).shape, def]]
          : meta?.shape === "tagged_enum" || meta?.shape === "flattened"
            ? (schema._zod.def as any).options.map((o: any, i: number) => [o._zod.def.shape, def.oneOf[i]])
            : [];
      for (const [shape, json] of objects) {
        for (const [key, field] of Object.entries(shape)) {
          if (metaOf(field)?.kind !== "option") continue;
          options++;
          expect(json.properties[key].anyOf, `${name}.${key}`).toHaveLength(2);
          expect(json.properties[key].anyOf[1]).toEqual({ type: "null" });
          expect(json.required ?? [], `${name}.${key}`).not.toContain(key);
        }
      }
    }
    expect(options).toBeGreaterThan(50);
    expect(prop("Runner", "uiError")).toMatchObject({
      anyOf: [{ $ref: "#/$defs/RunnerUiError" }, { type: "null" }],
    });
    expect(JSON.stringify(bundle)).not.toMatch(/"type":\s*\[/);
  });

  test("defaulted fields are not required and carry their default", () => {
    expect(defs.FleetRetryPolicy?.required).toBeUndefined();
    expect(prop("FleetRetryPolicy", "max_backoff_seconds").default).toBe(300);
    expect(prop("FleetRun", "labels").default).toEqual({});
    expect(prop("FleetRun", "task_specs").default).toEqual([]);
    expect(prop("JobTailReply", "found").default).toBe(false);
    expect(defs.FleetRun?.required).toEqual(["id", "name", "status", "created_at"]);
    expect(prop("FleetInboxEntry", "lease_deadline")).not.toHaveProperty("default");
  });

  test("additionalProperties: false on Runner, RunnerUiError and RunnerCrash only", () => {
    const closed: string[] = [];
    for (const [name, def] of Object.entries(defs))
      for (const [at, s] of walk(def)) if (s.additionalProperties === false) closed.push(`${name}${at}`);
    expect(closed.sort()).toEqual(["Runner#", "RunnerCrash#", "RunnerUiError#"]);
  });

  test("unit enums are string enums with the variant docs in the description", () => {
    expect(defs.RunnerStatus).toMatchObject({
      type: "string",
      enum: ["healthy", "degraded", "offline", "starting", "errored"],
    });
    expect(defs.RunnerStatus?.description).toContain("- `degraded`: Heartbeat is stale");
    expect(defs.SupervisorNodeKind?.enum).toEqual(["root_supervisor", "child_task"]);
  });

  test("FleetArtifactKind is an open string listing its known variants", () => {
    expect(defs.FleetArtifactKind).toMatchObject({
      type: "string",
      examples: ["log", "patch", "test_result", "report", "checkpoint", "receipt"],
    });
    expect(defs.FleetArtifactKind).not.toHaveProperty("enum");
  });

  test.each([
    ["FleetHostSpec", "kind", ["local", "ssh", "docker"]],
    ["FleetScorerSpec", "kind", ["exit_code", "file_exists", "regex_match", "json_path", "manual"]],
    ["FleetAlertChannel", "kind", ["slack", "webhook", "pager_duty"]],
    ["FleetWorkerEventPayload", "state", WORKER_STATES],
    ["FleetWorkerEvent", "state", WORKER_STATES],
  ])(
    "%s: the tag %s picks the variant with if/then; the oneOf view has a const per branch and a discriminator",
    (name, tag, variants) => {
      const layout = published[name] as Schema;
      expect(layout).not.toHaveProperty("oneOf");
      expect(layout).not.toHaveProperty("discriminator");
      expect(selectingTag(layout)).toBe(tag);
      expect(layout.properties[tag]).toMatchObject({ type: "string", enum: variants });
      expect(layout.required).toContain(tag);
      expect(layout.allOf.map((m: Schema) => m.if)).toEqual(
        variants.map((v) => ({ properties: { [tag]: { const: v } }, required: [tag] })),
      );
      expect(layout.allOf.map((m: Schema) => m.then.properties[tag].const)).toEqual(variants);
      // The structure again for code generators: no tag, nothing required, so it never decides a verdict.
      expect(layout.anyOf).toHaveLength(variants.length);
      for (const branch of layout.anyOf) {
        expect(branch).not.toHaveProperty("required");
        expect(branch.properties).not.toHaveProperty(tag);
      }
      const def = defs[name] as Schema;
      expect(def.type).toBe("object");
      expect(def.discriminator).toEqual({ propertyName: tag });
      expect(def.oneOf.map((b: Schema) => b.properties[tag].const)).toEqual(variants);
      for (const branch of def.oneOf) expect(branch.required).toContain(tag);
    },
  );

  test("FleetWorkerEvent's envelope is checked once, beside the tag; its variants hold only their own fields", () => {
    const layout = published.FleetWorkerEvent as Schema;
    expect(Object.keys(layout.properties)).toEqual([
      "seq",
      "run_id",
      "worker_id",
      "task_id",
      "timestamp",
      "state",
      "extra",
    ]);
    const artifact = layout.allOf.find((m: Schema) => m.if.properties.state.const === "artifact").then;
    expect(Object.keys(artifact.properties)).toEqual([
      "state",
      "kind",
      "path",
      "checksum",
      "mime_type",
      "size_bytes",
    ]);
    expect(artifact.required).toEqual(["state", "kind", "path"]);
  });

  test("only the tagged unions use the tag-selected layout, and turning it back into oneOf changes nothing else", () => {
    for (const [name, def] of Object.entries(published)) {
      const meta = namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema as z.core.$ZodType);
      const tagged = meta?.shape === "tagged_enum" || meta?.shape === "flattened";
      expect(selectingTag(def) !== undefined, name).toBe(tagged);
      if (!tagged) expect(classicUnion(def), name).toBe(def);
    }
  });

  test("FleetWorkerEvent's branches hold the envelope, the variant's fields and extra, flat", () => {
    const artifact = (defs.FleetWorkerEvent as Schema).oneOf.find(
      (b: Schema) => b.properties.state.const === "artifact",
    );
    expect(Object.keys(artifact.properties)).toEqual([
      "seq",
      "run_id",
      "worker_id",
      "task_id",
      "timestamp",
      "state",
      "kind",
      "path",
      "checksum",
      "mime_type",
      "size_bytes",
      "extra",
    ]);
    expect(artifact.required).toEqual([
      "seq",
      "run_id",
      "worker_id",
      "task_id",
      "timestamp",
      "state",
      "kind",
      "path",
    ]);
  });

  test("every type has its Rust name as title and a description; every property has a description", () => {
    for (const [name, def] of Object.entries(defs)) {
      expect(def.title).toBe(name);
      expect(def.description).toEqual(expect.any(String));
      expect(def.description).not.toBe("");
      for (const [at, schema] of walk(def)) {
        for (const [key, p] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
          expect(p.description, `${name}${at}/properties/${key}`).toEqual(expect.stringMatching(/\S/));
        }
      }
    }
    expect(prop("SupportedCommand", "name").description).toBe("Wire command name.");
    expect(prop("FleetRun", "labels").description).toBe("Rust: `BTreeMap<String, String>`.");
    expect(prop("FleetAlertPolicy", "after_attempts").description).toBe("Rust: `Option<u32>`.");
  });
});
