/**
 * `npm run build` runs this first (`npm run compiled:check` in CI checks the
 * committed output is current): from every wire type's serde shape
 * (src/serde/shape.ts) it writes src/compiled/writers.ts, plain TypeScript
 * with one function per struct and enum, field names as constants, the
 * fast-json-stringify technique with serde_json's formatting. No
 * `new Function` or `eval` at run time, so it runs where CSP forbids them
 * (Workers, Deno Deploy, strict pages).
 *
 * Usage: tsx src/compiled/generate.ts [--check]
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { wireTypeNames, wireTypes } from "../registry.js";
import { type AnySchema, namedMetaOf } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";

const OUT = fileURLToPath(new URL("./writers.ts", import.meta.url));
const BIOME = fileURLToPath(new URL("../../node_modules/.bin/biome", import.meta.url));

const lit = (s: string) => JSON.stringify(s);
/** Starts an interpolation inside generated template literals. */
const DOLLAR = "$";

const PARAMETER_TYPES: Record<string, string> = {
  v: "unknown",
  d: "number",
  raw: "Raw",
  p: "object",
  k: "string",
};

/** An arrow function; a parameter the body does not use is named `_x`. */
function arrow(parameters: readonly string[], body: string, returns = "string"): string {
  const list = parameters.map(
    (p) => `${new RegExp(`\\b${p}\\b`).test(body) ? p : `_${p}`}: ${PARAMETER_TYPES[p]}`,
  );
  return `(${list.join(", ")}): ${returns} => ${body}`;
}

class Generator {
  private readonly names = new Map<AnySchema, string>();
  private readonly used = new Set<string>();
  private readonly bodies: string[] = [];
  private readonly constants: string[] = [];
  private readonly helpers = new Map<string, string>();

  private fresh(base: string): string {
    let name = base.replace(/[^A-Za-z0-9_]/g, "_");
    for (let i = 2; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    return name;
  }

  /** A hoisted constant (a variant set, a closed struct's keys). */
  private constant(base: string, code: string): string {
    const name = this.fresh(base);
    // Pure, so a bundler drops the constants the code it keeps does not use.
    this.constants.push(`const ${name} = /* @__PURE__ */ ${code};`);
    return name;
  }

  /** A hoisted item writer for `vec` / `map`, shared by identical code. */
  private helper(code: string): string {
    let name = this.helpers.get(code);
    if (name === undefined) {
      name = this.fresh(`item${this.helpers.size + 1}`);
      this.helpers.set(code, name);
      this.bodies.push(`const ${name} = ${code};`);
    }
    return name;
  }

  /** The function writing a struct or a tagged enum (one per schema object). */
  functionFor(schema: AnySchema, hint: string): string {
    const known = this.names.get(schema);
    if (known !== undefined) return known;
    const name = this.fresh(`write${namedMetaOf(schema)?.name ?? hint}`);
    this.names.set(schema, name);
    const shape = shapeOf(schema);
    if (shape.kind === "tagged") {
      const cases = [...shape.variants].map(
        ([variant, variantSchema]) =>
          `case ${lit(variant)}: return ${this.functionFor(variantSchema, `${name.slice(5)}_${variant}`)}(v, d);`,
      );
      this.bodies.push(
        `function ${name}(v: unknown, d: number): string {
          if (!isRecord(v)) return bail();
          switch (v.${shape.tag}) { ${cases.join("\n")} }
          return bail();
        }`,
      );
      return name;
    }
    if (shape.kind !== "struct") throw new Error(`${hint}: not a struct or tagged enum`);
    const lines: string[] = [];
    if (shape.closed) {
      const keys = this.writeFieldsConstant(schema);
      lines.push(`for (const k in v) if (!${keys}.has(k)) return bail();`);
    }
    lines.push('let o = "{";');
    // 0: nothing written yet; 1: a field written for sure; 2: depends on skipped fields.
    let state = 0;
    for (const [key, field] of shape.fields) {
      const fieldShape = shapeOf(field);
      const access = `v.${key}`;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
        throw new Error(`${name}: field name ${lit(key)} needs quoting`);
      const separator = state === 0 ? "" : state === 1 ? "," : `${DOLLAR}{o.length > 1 ? "," : ""}`;
      const write = (code: string) => `o += \`${separator}"${key}":\${${code}}\`;`;
      const skipped =
        fieldShape.kind === "option" && fieldShape.skipIfNone
          ? (x: string) => `${x} !== undefined && ${x} !== null`
          : fieldShape.kind === "default" && fieldShape.skipIfEmpty
            ? (x: string) => `${x} !== undefined && !isEmptyMap(${x})`
            : undefined;
      if (skipped === undefined) {
        lines.push(write(this.expr(field, access, "d", "v", lit(key))));
        state = 1;
        continue;
      }
      const inner = (fieldShape as { inner: AnySchema }).inner;
      const x = `x${lines.length}`;
      lines.push(
        `const ${x} = ${access};`,
        `if (${skipped(x)}) ${write(this.expr(inner, x, "d", "v", lit(key)))}`,
      );
      if (state === 0) state = 2;
    }
    this.bodies.push(
      `function ${name}(v: unknown, d: number): string {
        if (!isRecord(v) || d > DEPTH_LIMIT) return bail();
        ${lines.join("\n")}
        return \`\${o}}\`;
      }`,
    );
    return name;
  }

  /** Code writing `v` (an expression read once per use) as `schema`. */
  expr(schema: AnySchema, v: string, d: string, parent?: string, key?: string): string {
    const shape = shapeOf(schema);
    switch (shape.kind) {
      case "int":
        return `int(${v}, ${shape.min}, ${shape.max})`;
      case "u128":
        return `u128(${v})`;
      case "float":
        return `${shape.rust}(${v})`;
      case "datetime":
        return `dateTime(${v})`;
      case "bool":
        return `bool(${v})`;
      case "string":
        return `str(${v})`;
      case "value":
        return parent === undefined ? `value(${v}, ${d})` : `value(${v}, ${d}, ${parent}, ${key})`;
      case "unit_enum": {
        const name = namedMetaOf(schema)?.name ?? "Enum";
        const set =
          this.names.get(schema) ??
          this.constant(`${name}Variants`, `new Set(${JSON.stringify(shape.variants)})`);
        this.names.set(schema, set);
        return `oneOf(${v}, ${set})`;
      }
      case "literal":
        return `(${v} === ${lit(shape.value)} ? ${lit(lit(shape.value))} : bail())`;
      case "map": {
        if (shapeOf(shape.value).kind === "string") return `stringMap(${v}, ${d} + 1)`;
        const item = this.helper(arrow(["v", "d", "p", "k"], this.expr(shape.value, "v", "d", "p", "k")));
        return `map(${v}, ${d} + 1, ${item})`;
      }
      case "vec": {
        const item = this.helper(arrow(["v", "d"], this.expr(shape.item, "v", "d")));
        return `vec(${v}, ${d} + 1, ${item})`;
      }
      case "option":
        return `(${v} === undefined || ${v} === null ? "null" : ${this.expr(shape.inner, v, d, parent, key)})`;
      case "default":
        // Left out, the default is written: rare enough for the exact path.
        return `(${v} === undefined ? bail() : ${this.expr(shape.inner, v, d, parent, key)})`;
      case "struct":
      case "tagged":
        return `${this.functionFor(schema, "Anonymous")}(${v}, ${d} + 1)`;
    }
  }

  private readonly okNames = new Map<AnySchema, string>();

  /** The check of a struct or a tagged enum: does JSON.stringify write serde's bytes for it? */
  okFunctionFor(schema: AnySchema, hint: string): string {
    const known = this.okNames.get(schema);
    if (known !== undefined) return known;
    const name = this.fresh(`ok${namedMetaOf(schema)?.name ?? hint}`);
    this.okNames.set(schema, name);
    const shape = shapeOf(schema);
    if (shape.kind === "tagged") {
      const cases = [...shape.variants].map(
        ([variant, variantSchema]) =>
          `case ${lit(variant)}: return ${this.okFunctionFor(variantSchema, `${name.slice(2)}_${variant}`)}(v, d);`,
      );
      this.bodies.push(
        `function ${name}(v: unknown, d: number): boolean {
          if (!isRecord(v)) return false;
          switch (v.${shape.tag}) { ${cases.join("\n")} }
          return false;
        }`,
      );
      return name;
    }
    if (shape.kind !== "struct") throw new Error(`${hint}: not a struct or tagged enum`);
    const fields = this.constant(`${name.slice(2)}Order`, JSON.stringify(shape.fields.map(([k]) => k)));
    const required = shape.fields.map(([, field]) => {
      const fieldShape = shapeOf(field);
      return !(
        (fieldShape.kind === "option" && fieldShape.skipIfNone) ||
        (fieldShape.kind === "default" && fieldShape.skipIfEmpty)
      );
    });
    const requiredName = this.constant(`${name.slice(2)}Required`, JSON.stringify(required));
    const checks = shape.fields.map(([key, field]) => {
      const fieldShape = shapeOf(field);
      const access = `v.${key}`;
      if (fieldShape.kind === "option" && fieldShape.skipIfNone)
        return `(${access} === undefined || ${this.okExpr(fieldShape.inner, access, "d", "v", lit(key))})`;
      if (fieldShape.kind === "default" && fieldShape.skipIfEmpty)
        return `(${access} === undefined || (okNonEmptyMap(${access}) && ${this.okExpr(fieldShape.inner, access, "d", "v", lit(key))}))`;
      return this.okExpr(field, access, "d", "v", lit(key));
    });
    this.bodies.push(
      `function ${name}(v: unknown, d: number): boolean {
        return (
          isRecord(v) &&
          d <= DEPTH_LIMIT &&
          keysInOrder(v, ${fields}, ${requiredName}) &&
          ${checks.join(" &&\n")}
        );
      }`,
    );
    return name;
  }

  /** Code checking that JSON.stringify writes `v` as serde writes `schema`. */
  okExpr(schema: AnySchema, v: string, d: string, parent?: string, key?: string): string {
    const shape = shapeOf(schema);
    switch (shape.kind) {
      case "int":
        return `okInt(${v}, ${shape.min}, ${shape.max})`;
      case "u128":
        return `okU128(${v})`;
      case "float":
        // ryu's shortest f32 digits are not JS's shortest f64 digits.
        return shape.rust === "f64" ? `okF64(${v})` : "false";
      case "datetime":
        return `okDateTime(${v})`;
      case "bool":
        return `typeof ${v} === "boolean"`;
      case "string":
        return `okStr(${v})`;
      case "value":
        return parent === undefined ? `okValue(${v}, ${d})` : `okValue(${v}, ${d}, ${parent}, ${key})`;
      case "unit_enum":
        this.expr(schema, v, d); // hoists the variant set
        return `${this.names.get(schema)}.has(${v} as string)`;
      case "literal":
        return `${v} === ${lit(shape.value)}`;
      case "map": {
        if (shapeOf(shape.value).kind === "string") return `okStringMap(${v}, ${d} + 1)`;
        const item = this.helper(
          arrow(["v", "d", "p", "k"], this.okExpr(shape.value, "v", "d", "p", "k"), "boolean"),
        );
        return `okMap(${v}, ${d} + 1, ${item})`;
      }
      case "vec": {
        const item = this.helper(arrow(["v", "d"], this.okExpr(shape.item, "v", "d"), "boolean"));
        return `okVec(${v}, ${d} + 1, ${item})`;
      }
      case "option":
        return `(${v} === null || ${this.okExpr(shape.inner, v, d, parent, key)})`;
      case "default":
        return this.okExpr(shape.inner, v, d, parent, key);
      case "struct":
      case "tagged":
        return `${this.okFunctionFor(schema, "Anonymous")}(${v}, ${d} + 1)`;
    }
  }

  private readonly wireNames = new Map<AnySchema, string>();

  /** The wire copy of a struct or a tagged enum: an object literal in declaration order. */
  wireFunctionFor(schema: AnySchema, hint: string): string {
    const known = this.wireNames.get(schema);
    if (known !== undefined) return known;
    const name = this.fresh(`wire${namedMetaOf(schema)?.name ?? hint}`);
    this.wireNames.set(schema, name);
    const shape = shapeOf(schema);
    if (shape.kind === "tagged") {
      const cases = [...shape.variants].map(
        ([variant, variantSchema]) =>
          `case ${lit(variant)}: return ${this.wireFunctionFor(variantSchema, `${name.slice(4)}_${variant}`)}(v, d, raw);`,
      );
      this.bodies.push(
        `function ${name}(v: unknown, d: number, raw: Raw): unknown {
          if (!isRecord(v)) return bail();
          switch (v.${shape.tag}) { ${cases.join("\n")} }
          return bail();
        }`,
      );
      return name;
    }
    if (shape.kind !== "struct") throw new Error(`${hint}: not a struct or tagged enum`);
    const lines: string[] = [];
    if (shape.closed) {
      const keys = this.writeFieldsConstant(schema);
      lines.push(`for (const k in v) if (!${keys}.has(k)) return bail();`);
    }
    const members = shape.fields.map(([key, field]) => {
      const fieldShape = shapeOf(field);
      const access = `v.${key}`;
      if (fieldShape.kind === "option" && fieldShape.skipIfNone)
        return `${key}: ${access} === undefined || ${access} === null ? undefined : ${this.wireExpr(fieldShape.inner, access, "d", "v", lit(key))}`;
      if (fieldShape.kind === "default" && fieldShape.skipIfEmpty)
        return `${key}: wireUnlessEmpty(${access}, (x) => ${this.wireExpr(fieldShape.inner, "x", "d", "v", lit(key))})`;
      return `${key}: ${this.wireExpr(field, access, "d", "v", lit(key))}`;
    });
    const rawParameter = members.some((m) => /\braw\b/.test(m)) ? "raw" : "_raw";
    this.bodies.push(
      `function ${name}(v: unknown, d: number, ${rawParameter}: Raw): unknown {
        if (!isRecord(v) || d > DEPTH_LIMIT) return bail();
        ${lines.join("\n")}
        return { ${members.join(",\n")} };
      }`,
    );
    return name;
  }

  private readonly fieldSets = new Map<AnySchema, string>();

  /** A closed struct's field names, shared by its writer and its wire copy. */
  writeFieldsConstant(schema: AnySchema): string {
    let name = this.fieldSets.get(schema);
    if (name === undefined) {
      const shape = shapeOf(schema) as { fields: readonly (readonly [string, AnySchema])[] };
      name = this.constant(
        `${namedMetaOf(schema)?.name ?? "Struct"}Fields`,
        `new Set(${JSON.stringify(shape.fields.map(([k]) => k))})`,
      );
      this.fieldSets.set(schema, name);
    }
    return name;
  }

  /** Code copying `v` into what JSON.stringify writes as serde writes `schema`. */
  wireExpr(schema: AnySchema, v: string, d: string, parent?: string, key?: string): string {
    const shape = shapeOf(schema);
    switch (shape.kind) {
      case "int":
        return `wireInt(${v}, ${shape.min}, ${shape.max})`;
      case "u128":
        return `wireU128(${v}, raw)`;
      case "float":
        return shape.rust === "f64" ? `wireF64(${v}, raw)` : `wireF32(${v}, raw)`;
      case "datetime":
        return `wireDateTime(${v})`;
      case "bool":
        return `wireBool(${v})`;
      case "string":
        return `wireStr(${v})`;
      case "value":
        return parent === undefined
          ? `wireValue(${v}, ${d}, raw)`
          : `wireValue(${v}, ${d}, raw, ${parent}, ${key})`;
      case "unit_enum":
        this.expr(schema, v, d);
        return `wireOneOf(${v}, ${this.names.get(schema)})`;
      case "literal":
        return `(${v} === ${lit(shape.value)} ? ${lit(shape.value)} : bail())`;
      case "map": {
        if (shapeOf(shape.value).kind === "string") return `wireStringMap(${v}, ${d} + 1)`;
        const item = this.helper(
          arrow(["v", "d", "raw", "p", "k"], this.wireExpr(shape.value, "v", "d", "p", "k"), "unknown"),
        );
        return `wireMap(${v}, ${d} + 1, raw, ${item})`;
      }
      case "vec": {
        if (shapeOf(shape.item).kind === "string") return `wireStringVec(${v}, ${d} + 1)`;
        const item = this.helper(arrow(["v", "d", "raw"], this.wireExpr(shape.item, "v", "d"), "unknown"));
        return `wireVec(${v}, ${d} + 1, raw, ${item})`;
      }
      case "option":
        return `(${v} === undefined || ${v} === null ? null : ${this.wireExpr(shape.inner, v, d, parent, key)})`;
      case "default":
        return `(${v} === undefined ? bail() : ${this.wireExpr(shape.inner, v, d, parent, key)})`;
      case "struct":
      case "tagged":
        return `${this.wireFunctionFor(schema, "Anonymous")}(${v}, ${d} + 1, raw)`;
    }
  }

  private readonly readNames = new Map<AnySchema, string>();

  /** The reader of a struct or a tagged enum: zod's output, built field by field in declaration order. */
  readFunctionFor(schema: AnySchema, hint: string): string {
    const known = this.readNames.get(schema);
    if (known !== undefined) return known;
    const name = this.fresh(`read${namedMetaOf(schema)?.name ?? hint}`);
    this.readNames.set(schema, name);
    const shape = shapeOf(schema);
    if (shape.kind === "tagged") {
      const cases = [...shape.variants].map(
        ([variant, variantSchema]) =>
          `case ${lit(variant)}: return ${this.readFunctionFor(variantSchema, `${name.slice(4)}_${variant}`)}(v, d);`,
      );
      this.bodies.push(
        `function ${name}(v: unknown, d: number): unknown {
          if (!isRecord(v)) return bail();
          switch (v.${shape.tag}) { ${cases.join("\n")} }
          return bail();
        }`,
      );
      return name;
    }
    if (shape.kind !== "struct") throw new Error(`${hint}: not a struct or tagged enum`);
    const lines: string[] = [];
    if (shape.closed)
      lines.push(`for (const k in v) if (!${this.writeFieldsConstant(schema)}.has(k)) return bail();`);
    lines.push("const o: Record<string, unknown> = {};");
    for (const [key, field] of shape.fields) {
      const fieldShape = shapeOf(field);
      const access = `v.${key}`;
      if (fieldShape.kind === "option" && fieldShape.skipIfNone)
        lines.push(
          `if (${lit(key)} in v) o.${key} = ${access} === undefined || ${access} === null ? undefined : ${this.readExpr(fieldShape.inner, access, "d", key)};`,
        );
      else lines.push(`o.${key} = ${this.readExpr(field, access, "d", key)};`);
    }
    this.bodies.push(
      `function ${name}(v: unknown, d: number): unknown {
        if (!isRecord(v) || d > DEPTH_LIMIT) return bail();
        ${lines.join("\n")}
        return o;
      }`,
    );
    return name;
  }

  /** Code reading `v` as zod's runtime reads `schema`; `field` names the struct field it sits in (output `o`). */
  readExpr(schema: AnySchema, v: string, d: string, field?: string): string {
    const shape = shapeOf(schema);
    switch (shape.kind) {
      case "int":
        return `readInt(${v}, ${shape.min}, ${shape.max})`;
      case "u128":
        return `readU128(${v})`;
      case "float":
        return shape.rust === "f64" ? `readF64(${v})` : `readF32(${v})`;
      case "datetime":
        return `readDateTime(${v})`;
      case "bool":
        return `readBool(${v})`;
      case "string":
        return `readStr(${v})`;
      case "value":
        return field === undefined ? `readValue(${v}, ${d})` : `readValueField(${v}, ${d}, o, ${lit(field)})`;
      case "unit_enum":
        this.expr(schema, v, d);
        return `readOneOf(${v}, ${this.names.get(schema)})`;
      case "literal":
        return `(${v} === ${lit(shape.value)} ? ${lit(shape.value)} : bail())`;
      case "map": {
        if (shapeOf(shape.value).kind === "string") return `readStringMap(${v}, ${d} + 1)`;
        const item = this.helper(arrow(["v", "d"], this.readExpr(shape.value, "v", "d"), "unknown"));
        return `readMap(${v}, ${d} + 1, ${item})`;
      }
      case "vec": {
        if (shapeOf(shape.item).kind === "string") return `readStringVec(${v}, ${d} + 1)`;
        const item = this.helper(arrow(["v", "d"], this.readExpr(shape.item, "v", "d"), "unknown"));
        return `readVec(${v}, ${d} + 1, ${item})`;
      }
      case "option":
        return `(${v} === undefined || ${v} === null ? null : ${this.readExpr(shape.inner, v, d, field)})`;
      case "default": {
        const fallback = JSON.stringify(shape.defaultValue());
        if (fallback === undefined) throw new Error("a default that is not JSON");
        return `(${v} === undefined ? ${fallback} : ${this.readExpr(shape.inner, v, d, field)})`;
      }
      case "struct":
      case "tagged":
        return `${this.readFunctionFor(schema, "Anonymous")}(${v}, ${d} + 1)`;
    }
  }

  source(): string {
    const entries = wireTypeNames.map((name) => {
      const schema = wireTypes[name].schema as AnySchema;
      const kind = shapeOf(schema).kind;
      const writer =
        kind === "struct" || kind === "tagged"
          ? this.functionFor(schema, name)
          : arrow(["v", "d"], this.expr(schema, "v", "d"));
      return `${name}: ${writer},`;
    });
    const copies = wireTypeNames.map((name) => {
      const schema = wireTypes[name].schema as AnySchema;
      const kind = shapeOf(schema).kind;
      const copy =
        kind === "struct" || kind === "tagged"
          ? this.wireFunctionFor(schema, name)
          : arrow(["v", "d", "raw"], this.wireExpr(schema, "v", "d"), "unknown");
      return `${name}: ${copy},`;
    });
    const readers = wireTypeNames.map((name) => {
      const schema = wireTypes[name].schema as AnySchema;
      const kind = shapeOf(schema).kind;
      const reader =
        kind === "struct" || kind === "tagged"
          ? this.readFunctionFor(schema, name)
          : arrow(["v", "d"], this.readExpr(schema, "v", "d"), "unknown");
      return `${name}: ${reader},`;
    });
    const checks = wireTypeNames.map((name) => {
      const schema = wireTypes[name].schema as AnySchema;
      const kind = shapeOf(schema).kind;
      const check =
        kind === "struct" || kind === "tagged"
          ? this.okFunctionFor(schema, name)
          : arrow(["v", "d"], this.okExpr(schema, "v", "d"), "boolean");
      return `${name}: ${check},`;
    });
    return `// Generated by src/compiled/generate.ts from the serde shape of every wire type: do not edit.
// Regenerate with \`npm run build\`; \`npm run compiled:check\` fails when this file is stale.
import {
  bail,
  bool,
  type Check,
  DEPTH_LIMIT,
  dateTime,
  f32,
  f64,
  int,
  isEmptyMap,
  isRecord,
  keysInOrder,
  map,
  okDateTime,
  okF64,
  okInt,
  okMap,
  okNonEmptyMap,
  okStr,
  okStringMap,
  okU128,
  okValue,
  okVec,
  oneOf,
  type Raw,
  type Reader,
  readBool,
  readDateTime,
  readF32,
  readF64,
  readInt,
  readMap,
  readOneOf,
  readStr,
  readStringMap,
  readStringVec,
  readU128,
  readValue,
  readValueField,
  readVec,
  type WireCopy,
  wireBool,
  wireDateTime,
  wireF32,
  wireF64,
  wireInt,
  wireMap,
  wireOneOf,
  wireStr,
  wireStringMap,
  wireStringVec,
  wireU128,
  wireUnlessEmpty,
  wireValue,
  wireVec,
  str,
  stringMap,
  u128,
  value,
  vec,
  type Writer,
} from "./runtime.js";

${this.constants.join("\n")}

${this.bodies.join("\n\n")}

/** One writer per wire type, by Rust name. */
export const compiledWriters: Readonly<Record<string, Writer>> = {
  ${entries.join("\n")}
};

/** One wire copy per wire type: what JSON.stringify writes as serde does (markers aside). */
export const compiledCopies: Readonly<Record<string, WireCopy>> = {
  ${copies.join("\n")}
};

/** One reader per wire type: zod's output from a JSON.parse result and the scan's exact numbers. */
export const compiledReaders: Readonly<Record<string, Reader>> = {
  ${readers.join("\n")}
};

/** One check per wire type: whether JSON.stringify of the value already writes serde's bytes. */
export const compiledChecks: Readonly<Record<string, Check>> = {
  ${checks.join("\n")}
};
`;
  }
}

function format(source: string): string {
  const result = spawnSync(BIOME, ["format", `--stdin-file-path=${OUT}`], {
    input: source,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

const source = format(new Generator().source());
if (process.argv.includes("--check")) {
  const committed = readFileSync(OUT, "utf8");
  if (committed !== source) {
    process.stderr.write("src/compiled/writers.ts is stale: run `npm run build` and commit it\n");
    process.exit(1);
  }
  process.stdout.write("src/compiled/writers.ts is up to date\n");
} else {
  writeFileSync(OUT, source);
}
