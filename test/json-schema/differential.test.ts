/**
 * zod and ajv must give the same verdict on the same JS value: every
 * hand-built valid sample, and every mutation of it (each field removed, set to
 * each probe value, an unknown key added), for a spread of wire types.
 *
 * Some rules of the wire cannot be said in JSON Schema. They are listed in
 * NOT_EXPRESSIBLE (./not-expressible.ts); a case falls under one by construction (its rule says so
 * from the Rust kind at the mutated path and the value), and for such a case the
 * test asserts the documented disagreement instead of agreement. Each rule
 * that can be built as a JS value also has a demonstration case, so the table
 * cannot claim a gap that is not there.
 */
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { wireTypes, type WireTypeName } from "../../src/index.js";
import { DATE_TIME_PATTERN } from "../../src/json-schema/leaves.js";
import { VALUE_MAX_DEPTH } from "../../src/serde/json-value.js";
import { type Case, type Kind, NOT_EXPRESSIBLE, nested } from "./not-expressible.js";
import { metaOf } from "../../src/serde/meta.js";
import { compiledValidators } from "./ajv.js";
import { jsonSamples as samples } from "../support/examples.js";

type AnySchema = z.core.$ZodType;
type Path = readonly (string | number)[];

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------------------
// The Rust kind at a path, walking the zod schema beside the sample

function unwrap(schema: AnySchema): AnySchema {
  for (;;) {
    const meta = metaOf(schema);
    if (meta?.kind === "option" || meta?.kind === "skip_if_empty") schema = meta.inner;
    else if ((schema._zod.def as { type: string }).type === "default")
      schema = (schema._zod.def as unknown as { innerType: AnySchema }).innerType;
    else return schema;
  }
}

function kindOf(schema: AnySchema): Kind {
  const meta = metaOf(schema);
  const type = (schema._zod.def as { type: string }).type;
  if (meta?.kind === "named")
    return meta.shape === "unit_enum"
      ? "enum"
      : meta.shape === "open_enum" || meta.shape === "newtype"
        ? "string"
        : "struct";
  if (meta !== undefined && meta.kind !== "option" && meta.kind !== "skip_if_empty") return meta.kind;
  return type === "array" ? "array" : type === "object" || type === "union" ? "struct" : "other";
}

function child(schema: AnySchema, value: unknown, key: string | number): AnySchema | "value" | undefined {
  const s = unwrap(schema);
  const meta = metaOf(s);
  if (meta?.kind === "value") return "value";
  if (meta?.kind === "map") return meta.value;
  const def = s._zod.def as unknown as {
    type: string;
    element?: AnySchema;
    shape?: Record<string, AnySchema>;
    options?: AnySchema[];
    discriminator?: string;
  };
  if (def.type === "array") return def.element;
  if (def.type === "object") return def.shape?.[String(key)];
  if (def.type === "union" && def.discriminator !== undefined) {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    const option = def.options?.find((o) => {
      const literal = (o._zod.def as unknown as { shape: Record<string, AnySchema> }).shape[
        def.discriminator as string
      ];
      return (literal?._zod.def as unknown as { values?: unknown[] } | undefined)?.values?.includes(tag);
    });
    return (option?._zod.def as unknown as { shape?: Record<string, AnySchema> } | undefined)?.shape?.[
      String(key)
    ];
  }
  return undefined;
}

function kindAt(type: WireTypeName, sample: unknown, path: Path): Kind {
  let schema: AnySchema | "value" | undefined = wireTypes[type].schema as AnySchema;
  let value = sample;
  for (const key of path) {
    if (schema === "value" || schema === undefined) return schema === "value" ? "value" : "other";
    schema = child(schema, value, key);
    value = (value as Record<string | number, unknown>)?.[key];
  }
  if (schema === "value") return "value";
  return schema === undefined ? "other" : kindOf(unwrap(schema));
}

// ---------------------------------------------------------------------------
// Cases

const PROBES: readonly unknown[] = [
  null,
  "x",
  "",
  "healthy",
  "2026-05-20T12:00:00Z",
  "2026-05-20 12:00:00.5+23:59",
  "2026-02-30T00:00:00Z",
  "2026-05-20T12:00:00",
  0,
  -0,
  -1,
  1.5,
  65535,
  65536,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  MAX_SAFE,
  2 ** 53,
  2 ** 64,
  3.4028234663852886e38,
  4e38,
  -4e38,
  1e300,
  true,
  [],
  ["x"],
  {},
  { kind: "local" },
  nested(VALUE_MAX_DEPTH + 1),
];

const clone = <T>(value: T): T => structuredClone(value);

function setAt(
  root: unknown,
  path: Path,
  f: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = clone(root);
  if (path.length === 0) throw new Error("setAt needs a path");
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  f(node, path[path.length - 1] as string | number);
  return copy;
}

function* pathsOf(value: unknown, path: Path = []): Generator<Path> {
  if (path.length > 0) yield path;
  if (typeof value !== "object" || value === null || path.length >= 8) return;
  for (const key of Object.keys(value))
    yield* pathsOf((value as Record<string, unknown>)[key], [
      ...path,
      Array.isArray(value) ? Number(key) : key,
    ]);
}

function casesFor(type: WireTypeName, sample: unknown, n: number): Case[] {
  const cases: Case[] = [{ type, what: `sample ${n}`, value: sample, kind: "struct" }];
  for (const probe of PROBES)
    cases.push({
      type,
      what: `sample ${n} replaced by ${label(probe)}`,
      value: probe,
      kind: kindAt(type, sample, []),
      probe,
    });
  if (typeof sample === "object" && sample !== null && !Array.isArray(sample)) {
    cases.push({
      type,
      what: `sample ${n} + unknown key`,
      value: { ...sample, zz_unknown: 1 },
      kind: "struct",
    });
    cases.push({ type, what: `sample ${n} as an array`, value: Object.values(sample), kind: "struct" });
  }
  for (const path of pathsOf(sample)) {
    const where = `sample ${n} at ${path.join(".")}`;
    const kind = kindAt(type, sample, path);
    const parentKind = kindAt(type, sample, path.slice(0, -1));
    if (typeof path[path.length - 1] === "string") {
      cases.push({
        type,
        what: `${where} removed`,
        value: setAt(sample, path, (p, k) => {
          delete p[k];
        }),
        kind: parentKind,
      });
    }
    for (const probe of PROBES) {
      cases.push({
        type,
        what: `${where} = ${label(probe)}`,
        value: setAt(sample, path, (p, k) => {
          p[k] = clone(probe);
        }),
        kind,
        probe,
      });
    }
    const here = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], sample);
    if (typeof here === "object" && here !== null && !Array.isArray(here)) {
      cases.push({
        type,
        what: `${where} + unknown key`,
        value: setAt(sample, path, (p, k) => {
          (p[k] as Record<string, unknown>).zz_unknown = 1;
        }),
        kind,
      });
    }
  }
  return cases;
}

function label(value: unknown): string {
  if (Object.is(value, -0)) return "-0";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

// ---------------------------------------------------------------------------

const { byType, byBundle } = compiledValidators();

function verdicts(type: WireTypeName, value: unknown): { zod: boolean; ajv: boolean } {
  const zod = wireTypes[type].schema.safeParse(clone(value)).success;
  const ajv = (byType.get(type) as (v: unknown) => boolean)(value);
  const bundled = (byBundle.get(type) as (v: unknown) => boolean)(value);
  if (ajv !== bundled) throw new Error(`${type}: the per-type file and the bundle disagree`);
  return { zod, ajv };
}

describe("zod and ajv agree", () => {
  const types = Object.keys(samples) as WireTypeName[];

  test("the samples cover a good spread of the wire types", () => {
    expect(types.length).toBeGreaterThanOrEqual(35);
  });

  test.each(types)("%s: every sample is valid for both", (type) => {
    for (const sample of samples[type] ?? [])
      expect(verdicts(type, sample), JSON.stringify(sample)).toEqual({ zod: true, ajv: true });
  });

  test.each(types)("%s: the same verdict on every mutation, except the documented gaps", (type) => {
    let checked = 0;
    let rejected = 0;
    (samples[type] ?? []).forEach((sample, n) => {
      for (const c of casesFor(type, sample, n)) {
        const v = verdicts(type, c.value);
        const gap = NOT_EXPRESSIBLE.find((rule) => rule.covers?.(c));
        if (gap !== undefined && v.zod !== v.ajv) {
          expect(v, `${c.what}: ${gap.rule}`).toEqual({ zod: false, ajv: true });
          continue;
        }
        expect(v.ajv, `${type} ${c.what} (${c.kind}): zod says ${v.zod ? "valid" : "invalid"}`).toBe(v.zod);
        checked++;
        if (!v.zod) rejected++;
      }
    });
    expect(checked).toBeGreaterThan(30);
    expect(rejected).toBeGreaterThan(10);
  });
});

describe("what JSON Schema cannot express", () => {
  test("every rule says what the wire does and why the schema cannot", () => {
    for (const rule of NOT_EXPRESSIBLE) {
      expect(rule.wire.length).toBeGreaterThan(10);
      expect(rule.why.length).toBeGreaterThan(10);
    }
  });

  test.each(NOT_EXPRESSIBLE.filter((r) => r.demo !== undefined).map((r) => [r.rule, r] as const))(
    "%s: the demonstration is refused by zod and accepted by ajv",
    (_, rule) => {
      const demo = rule.demo as { type: WireTypeName; value: unknown };
      expect(verdicts(demo.type, demo.value)).toEqual({ zod: false, ajv: true });
    },
  );

  test("calendar dates: ajv with fleetwire's date-time format agrees with zod; the pattern alone does not", () => {
    const started = (started_at: string) => ({ ...(samples.EventStarted?.[0] as object), started_at });
    expect(verdicts("EventStarted", started("2026-02-30T00:00:00Z"))).toEqual({ zod: false, ajv: false });
    expect(new RegExp(DATE_TIME_PATTERN).test("2026-02-30T00:00:00Z")).toBe(true);
  });

  test("lone surrogates: zod and ajv both accept the parsed string (the text decoder is where it is refused)", () => {
    const value = JSON.parse('{"name":"\\ud800","idempotent":true,"timeout_seconds":1}') as unknown;
    expect(verdicts("SupportedCommand", value)).toEqual({ zod: true, ajv: true });
  });
});
