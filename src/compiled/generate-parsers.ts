/**
 * The source of ./parsers.ts (written by ./generate.ts at `npm run build`):
 * one parser per wire type, plain TypeScript from the contract's serde shape,
 * that builds exactly the value zod's runtime builds for it (the struct's
 * fields in declaration order, an optional key present exactly when zod sets
 * it, defaults as literals) or gives up (`INVALID`) and lets the runtime
 * decide. No `new Function` at run time: these run on Workers and strict-CSP
 * pages, where zod cannot generate its own.
 *
 * How zod builds a struct's output depends on each field's `optin`/`optout`
 * (zod's object parse, `handlePropertyResult`); the generator reads them from
 * the schemas and refuses a combination or a check it was not written for,
 * so a contract change it does not know fails the build, not a parse.
 */
import { wireTypeNames, wireTypes } from "../registry.js";
import { built } from "../serde/lazy.js";
import { type AnySchema, namedMetaOf } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";
import { GeneratedModule, lit } from "./generated-module.js";

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const member = (key: string) => (identifier.test(key) ? `.${key}` : `[${lit(key)}]`);
const property = (key: string) => (identifier.test(key) ? key : lit(key));

interface Internals {
  optin?: string;
  optout?: string;
  def: { type: string; checks?: readonly unknown[] };
}
const internals = (schema: AnySchema) => (built(schema) as unknown as { _zod: Internals })._zod;

/** zod's presence rule for a field (`optin`, `optout`), as this generator expects it per serde shape. */
function presence(schema: AnySchema): "required" | "defaulted" | "optional" {
  const { optin, optout } = internals(schema);
  const shape = shapeOf(schema);
  const expected =
    shape.kind === "option"
      ? shape.skipIfNone
        ? "optional"
        : "defaulted"
      : shape.kind === "default"
        ? "defaulted"
        : "required";
  const seen = optin === undefined && optout === undefined ? "required" : `${optin}/${optout ?? ""}`;
  const wanted = { required: "required", defaulted: "defaulted/", optional: "optional/optional" }[expected];
  if (seen !== wanted)
    throw new Error(`a ${shape.kind} field with zod optin/optout ${seen}, expected ${wanted}`);
  return expected;
}

/** Zod checks the generator does not model would be skipped silently: refuse them. */
function assertNoChecks(schema: AnySchema, allowed: number): void {
  const checks = internals(schema).def.checks ?? [];
  if (checks.length !== allowed)
    throw new Error(`a zod ${internals(schema).def.type} with ${checks.length} checks, expected ${allowed}`);
}

export class ParserGenerator extends GeneratedModule {
  private readonly names = new Map<AnySchema, string>();

  /** The parse function of a struct or tagged enum (one per schema object). */
  functionFor(schema: AnySchema, hint: string): string {
    const known = this.names.get(schema);
    if (known !== undefined) return known;
    const name = this.fresh(`parse${namedMetaOf(schema)?.name ?? hint}`);
    this.names.set(schema, name);
    const shape = shapeOf(schema);
    if (shape.kind === "tagged") {
      assertNoChecks(schema, 0);
      const cases = [...shape.variants].map(
        ([variant, variantSchema]) =>
          `case ${lit(variant)}: return ${this.functionFor(variantSchema, `${name.slice(5)}_${variant}`)}(v);`,
      );
      this.bodies.push(`function ${name}(v: unknown): unknown {
        if (!isObject(v)) return bail();
        switch (v${member(shape.tag)}) { ${cases.join("\n")} }
        return bail();
      }`);
      return name;
    }
    if (shape.kind !== "struct") throw new Error(`${hint}: not a struct or tagged enum`);
    assertNoChecks(schema, 0);
    const reads: string[] = [];
    const members: string[] = [];
    const assignments: string[] = [];
    if (shape.closed) {
      // zod's strict object refuses another own key; `for…in` also sees inherited ones: stricter, never looser.
      const cases = shape.fields.map(([k]) => `case ${lit(k)}:`).join(" ");
      reads.push(`for (const k in v) switch (k) { ${cases} break; default: return bail(); }`);
    }
    shape.fields.forEach(([key, field], i) => {
      const x = `a${i}`;
      reads.push(`const ${x} = v${member(key)};`);
      // zod sets an optional key only when the input has it (`key in input`), keeping zod's key order;
      // a value read that is not `undefined` is there, so only an `undefined` one asks `in`.
      if (presence(field) === "optional") {
        const inner = this.expr((shapeOf(field) as { inner: AnySchema }).inner, x);
        assignments.push(
          `if (${x} !== undefined || ${lit(key)} in v) o${member(key)} = ${x} == null ? undefined : ${inner};`,
        );
        return;
      }
      const code = this.expr(field, x);
      if (assignments.length > 0) assignments.push(`o${member(key)} = ${code};`);
      else members.push(`${property(key)}: ${code}`);
    });
    const build =
      assignments.length === 0
        ? `return { ${members.join(",\n")} };`
        : `const o: Record<string, unknown> = { ${members.join(",\n")} };
          ${assignments.join("\n")}
          return o;`;
    this.bodies.push(`function ${name}(v: unknown): unknown {
      if (!isObject(v)) return bail();
      ${reads.join("\n")}
      ${build}
    }`);
    return name;
  }

  /** Code parsing `x` (a local, read once) as zod's runtime parses `schema`. */
  expr(schema: AnySchema, x: string): string {
    const shape = shapeOf(schema);
    switch (shape.kind) {
      case "int":
        assertNoChecks(schema, 1);
        return `int(${x}, ${shape.min}, ${shape.max})`;
      case "u128":
        return `u128(${x})`;
      case "float":
        return `${shape.rust}(${x})`;
      case "datetime":
        return `dateTime(${x})`;
      case "value":
        return `jsonValue(${x})`;
      case "bool":
        assertNoChecks(schema, 0);
        return `bool(${x})`;
      case "string":
        assertNoChecks(schema, 0);
        return `str(${x})`;
      case "unit_enum": {
        assertNoChecks(schema, 0);
        return `oneOf(${x}, ${this.variantSet(schema, shape.variants)})`;
      }
      case "literal":
        return `(${x} === ${lit(shape.value)} ? ${lit(shape.value)} : bail())`;
      case "map": {
        const values = shapeOf(shape.value).kind;
        if (values === "string") return `stringMap(${x})`;
        if (values === "value") return `valueMap(${x})`;
        throw new Error(`a map of ${values}: only maps of strings and of JSON values are generated`);
      }
      case "vec":
        assertNoChecks(schema, 0);
        return shapeOf(shape.item).kind === "string"
          ? `vec(${x}, str)`
          : `vec(${x}, ${this.helper(`(x: unknown): unknown => ${this.expr(shape.item, "x")}`)})`;
      case "option":
        // `Option<T>` (zod: `.nullable().default(null)`) is null when absent or null; the skipped
        // one (`.nullable().transform(v => v ?? undefined).optional()`) undefined.
        return `(${x} === undefined || ${x} === null ? ${shape.skipIfNone ? "undefined" : "null"} : ${this.expr(shape.inner, x)})`;
      case "default": {
        // zod's default: a fresh default value for `undefined`; the inner output never is undefined.
        const fallback = JSON.stringify(shape.defaultValue());
        if (fallback === undefined) throw new Error("a default that is not JSON");
        return `(${x} === undefined ? ${fallback} : ${this.expr(shape.inner, x)})`;
      }
      case "struct":
      case "tagged":
        return `${this.functionFor(schema, "Anonymous")}(${x})`;
    }
  }

  source(): string {
    const entries = wireTypeNames.map((name) => {
      const schema = wireTypes[name].schema as AnySchema;
      const kind = shapeOf(schema).kind;
      const read =
        kind === "struct" || kind === "tagged"
          ? this.functionFor(schema, name)
          : `(x: unknown): unknown => ${this.expr(schema, "x")}`;
      return `${name}: parser(${read}),`;
    });
    const module = this.module(
      "./parse-runtime.js",
      ["bail", "isObject", "parser", "type Parser"],
      [
        "bool",
        "dateTime",
        "f32",
        "f64",
        "int",
        "jsonValue",
        "oneOf",
        "str",
        "stringMap",
        "u128",
        "valueMap",
        "vec",
      ],
    );
    return `${module}

/** One parser per wire type, by Rust name: zod's output for a valid value, or \`INVALID\`. */
export const compiledParsers: Readonly<Record<string, Parser>> = {
  ${entries.join("\n")}
};
`;
  }
}
