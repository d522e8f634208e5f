/**
 * `npm run build` runs this first (`npm run compiled:check` in CI checks the
 * committed output is current): from every wire type's serde shape
 * (src/serde/shape.ts) it writes src/compiled/writers.ts, plain TypeScript
 * with one copy function per struct and tagged enum, field names as
 * constants: each reads the caller's value once and builds the object
 * JSON.stringify writes as serde_json does (see ./runtime.ts). No
 * `new Function` or `eval` at run time, so it runs where CSP forbids them
 * (Workers, Deno Deploy, strict pages). It also writes src/compiled/parsers.ts
 * (./generate-parsers.ts) and src/compiled/variants.ts, the unit enums'
 * variant sets both files share.
 *
 * Usage: tsx src/compiled/generate.ts [--check]
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { wireTypeNames, wireTypes } from "../registry.js";
import { type AnySchema, namedMetaOf } from "../serde/meta.js";
import { shapeOf } from "../serde/shape.js";
import { ParserGenerator } from "./generate-parsers.js";
import { GeneratedModule, lit, variantsModule } from "./generated-module.js";

const WRITERS = fileURLToPath(new URL("./writers.ts", import.meta.url));
const PARSERS = fileURLToPath(new URL("./parsers.ts", import.meta.url));
const VARIANTS = fileURLToPath(new URL("./variants.ts", import.meta.url));
const BIOME = fileURLToPath(new URL("../../node_modules/.bin/biome", import.meta.url));

const PARAMETER_TYPES: Record<string, string> = {
  v: "unknown",
  d: "number",
  raw: "Raw",
  p: "object",
  k: "string",
};

/** An arrow function; a parameter the body does not use is named `_x`. */
function arrow(parameters: readonly string[], body: string, returns: string): string {
  const list = parameters.map(
    (p) => `${new RegExp(`\\b${p}\\b`).test(body) ? p : `_${p}`}: ${PARAMETER_TYPES[p]}`,
  );
  return `(${list.join(", ")}): ${returns} => ${body}`;
}

/** A struct's or tagged enum's fields, each read once into a local by the `for…in`. */
interface Reads {
  /** Field name → the local holding what was read. */
  readonly locals: Map<string, string>;
  /** The `for…in` and the declarations. */
  readonly code: string;
}

class Generator extends GeneratedModule {
  private readonly names = new Map<AnySchema, string>();

  /**
   * One `for…in` over the value's keys, each field's value read once into a
   * local (`for…in` sees own enumerable keys once `Object.prototype` is
   * clean, which is what the exact path's copy reads). A closed struct bails
   * on any other key; "tracked" sets a bit per field in `seen` and bit 30 for
   * any other key, for a tagged enum's closed variants to check.
   */
  private reads(structs: readonly AnySchema[], keys: "open" | "closed" | "tracked"): Reads {
    const tracked = keys === "tracked";
    const locals = new Map<string, string>();
    for (const struct of structs)
      for (const [key] of (shapeOf(struct) as { fields: readonly (readonly [string, AnySchema])[] }).fields) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`field name ${lit(key)} needs quoting`);
        if (!locals.has(key)) locals.set(key, `a${locals.size}`);
      }
    if (tracked && locals.size > 30)
      throw new Error("a closed struct with more than 30 fields: widen `seen`");
    // Another key: its value is read, as the exact path reads it (see unknownField).
    const unknown = "unknownField(v[k]);";
    const other = keys === "closed" ? "return bail();" : tracked ? `${unknown} seen |= ${2 ** 30};` : unknown;
    const read = (local: string, i: number) => `${local} = v[k]; ${tracked ? `seen |= ${1 << i}; ` : ""}`;
    const entries = [...locals].map(([key, local], i) => ({ key, local, i }));
    // One flat switch: measured as fast as a switch on the key's length first, and smaller.
    const cases = entries.map(({ key, local, i }) => `case ${lit(key)}: ${read(local, i)}break;`);
    cases.push(`default: { ${other} }`);
    const loop = `switch (k) { ${cases.join("\n")} }`;
    const declarations = [...locals.values()].map((local) => `${local}: unknown`);
    if (tracked) declarations.push("seen = 0");
    return {
      locals,
      code: `let ${declarations.join(", ")};
        for (const k in v) ${loop}`,
    };
  }

  /** The object literal copying one struct from the locals, fields in declaration order. */
  private literal(
    schema: AnySchema,
    reads: Reads,
    tag?: readonly [string, string],
    shared?: ReadonlyMap<string, string>,
  ): string {
    const shape = shapeOf(schema) as { fields: readonly (readonly [string, AnySchema])[] };
    // Fields up to the first skippable one in an object literal; from there, assigned in order. A
    // skipped field is left out rather than set to undefined: JSON.stringify is much slower on those.
    const members: string[] = [];
    const assignments: string[] = [];
    for (const [key, field] of shape.fields) {
      const x = reads.locals.get(key) as string;
      const fieldShape = shapeOf(field);
      let code: string;
      let condition: string | undefined;
      if (tag !== undefined && key === tag[0]) code = lit(tag[1]);
      else if (fieldShape.kind === "option" && fieldShape.skipIfNone) {
        condition = `${x} !== undefined && ${x} !== null`;
        code = this.expr(fieldShape.inner, x, "d", "v", lit(key));
      } else if (fieldShape.kind === "default" && fieldShape.skipIfEmpty) {
        condition = `isFilled(${x})`;
        code = this.expr(fieldShape.inner, x, "d", "v", lit(key));
      } else code = shared?.get(key) ?? this.expr(field, x, "d", "v", lit(key));
      if (condition !== undefined) assignments.push(`if (${condition}) o.${key} = ${code};`);
      else if (assignments.length > 0) assignments.push(`o.${key} = ${code};`);
      else members.push(`${key}: ${code}`);
    }
    if (assignments.length === 0) return `return { ${members.join(",\n")} };`;
    return `const o: Record<string, unknown> = { ${members.join(",\n")} };
      ${assignments.join("\n")}
      return o;`;
  }

  /** A closed variant of a tagged enum: no key but its own fields. */
  private closedCheck(schema: AnySchema, reads: Reads): string {
    const shape = shapeOf(schema) as { fields: readonly (readonly [string, AnySchema])[]; closed: boolean };
    if (!shape.closed) return "";
    const keys = [...reads.locals.keys()];
    let mask = 0;
    for (const [key] of shape.fields) mask |= 1 << keys.indexOf(key);
    return `if ((seen & ${~mask & (2 ** 31 - 1)}) !== 0) return bail();`;
  }

  /** The copy function of a struct or a tagged enum (one per schema object). */
  functionFor(schema: AnySchema, hint: string): string {
    const known = this.names.get(schema);
    if (known !== undefined) return known;
    const name = this.fresh(`wire${namedMetaOf(schema)?.name ?? hint}`);
    this.names.set(schema, name);
    const shape = shapeOf(schema);
    const structs = shape.kind === "tagged" ? [...shape.variants.values()] : [schema];
    if (shape.kind !== "tagged" && shape.kind !== "struct")
      throw new Error(`${hint}: not a struct or tagged enum`);
    const closed = structs.some((s) => (shapeOf(s) as { closed: boolean }).closed);
    // A closed struct bails on any other key; a tagged enum with a closed variant tracks what it saw.
    const reads = this.reads(structs, closed ? (shape.kind === "tagged" ? "tracked" : "closed") : "open");
    let body: string;
    if (shape.kind === "tagged") {
      const tag = reads.locals.get(shape.tag) as string;
      const variants = [...shape.variants];
      // A field every variant copies the same way (required, same type) is copied once, before the switch.
      const codes = variants.map(([, variantSchema]) => {
        const codeOf = new Map<string, string>();
        for (const [key, field] of (
          shapeOf(variantSchema) as { fields: readonly (readonly [string, AnySchema])[] }
        ).fields) {
          const kind = shapeOf(field).kind;
          if (key !== shape.tag && kind !== "option" && kind !== "default")
            codeOf.set(key, this.expr(field, reads.locals.get(key) as string, "d", "v", lit(key)));
        }
        return codeOf;
      });
      const shared = new Map<string, string>();
      const hoisted: string[] = [];
      for (const [key, code] of codes[0] ?? [])
        if (codes.every((codeOf) => codeOf.get(key) === code)) {
          shared.set(key, `b${shared.size}`);
          hoisted.push(`const b${shared.size - 1} = ${code};`);
        }
      const variantCode = (variant: string, variantSchema: AnySchema) =>
        `${this.closedCheck(variantSchema, reads)} ${this.literal(variantSchema, reads, [shape.tag, variant], shared)}`;
      if (variants.length <= 6) {
        const cases = variants.map(
          ([variant, variantSchema]) => `case ${lit(variant)}: { ${variantCode(variant, variantSchema)} }`,
        );
        body = `${hoisted.join("\n")}
          switch (${tag}) { ${cases.join("\n")} }
          return bail();`;
      } else {
        // Many variants: by the tag's length first, as for the keys.
        const byLength = new Map<number, [string, AnySchema][]>();
        for (const entry of variants)
          byLength.set(entry[0].length, [...(byLength.get(entry[0].length) ?? []), entry]);
        const cases = [...byLength].map(
          ([length, group]) =>
            `case ${length}: ${group.map(([variant, variantSchema]) => `if (${tag} === ${lit(variant)}) { ${variantCode(variant, variantSchema)} }`).join(" else ")} break;`,
        );
        body = `${hoisted.join("\n")}
          if (typeof ${tag} === "string") switch (${tag}.length) { ${cases.join("\n")} }
          return bail();`;
      }
    } else body = this.literal(schema, reads);
    const rawParameter = /\braw\b/.test(body) ? "raw" : "_raw";
    this.bodies.push(
      `function ${name}(v: unknown, d: number, ${rawParameter}: Raw): unknown {
        if (!isRecord(v) || d > DEPTH_LIMIT) return bail();
        ${reads.code}
        ${body}
      }`,
    );
    return name;
  }

  /** Code copying `x` (a local or parameter, read already) as `schema`. */
  expr(schema: AnySchema, x: string, d: string, parent?: string, key?: string): string {
    const shape = shapeOf(schema);
    switch (shape.kind) {
      case "int":
        return `wireInt(${x}, ${shape.min}, ${shape.max})`;
      case "u128":
        return `wireU128(${x}, raw)`;
      case "float":
        return shape.rust === "f64" ? `wireF64(${x}, raw)` : `wireF32(${x}, raw)`;
      case "datetime":
        return `wireDateTime(${x})`;
      case "bool":
        return `wireBool(${x})`;
      case "string":
        return `wireStr(${x})`;
      case "value":
        return parent === undefined
          ? `wireValue(${x}, ${d}, raw)`
          : `wireValue(${x}, ${d}, raw, ${parent}, ${key})`;
      case "unit_enum":
        return `wireOneOf(${x}, ${this.variantSet(schema, shape.variants)})`;
      case "literal":
        return `(${x} === ${lit(shape.value)} ? ${lit(shape.value)} : bail())`;
      case "map": {
        const item = this.helper(
          arrow(["v", "d", "raw", "p", "k"], this.expr(shape.value, "v", "d", "p", "k"), "unknown"),
        );
        return `wireMap(${x}, ${d} + 1, raw, ${item})`;
      }
      case "vec": {
        if (shapeOf(shape.item).kind === "string") return `wireVec(${x}, ${d} + 1, raw, wireStr)`;
        const item = this.helper(arrow(["v", "d", "raw"], this.expr(shape.item, "v", "d"), "unknown"));
        return `wireVec(${x}, ${d} + 1, raw, ${item})`;
      }
      case "option":
        return `(${x} === undefined || ${x} === null ? null : ${this.expr(shape.inner, x, d, parent, key)})`;
      case "default": {
        // Left out, the default is what zod fills in and the exact path writes.
        const fallback = JSON.stringify(shape.defaultValue());
        if (fallback === undefined) throw new Error("a default that is not JSON");
        return `${this.expr(shape.inner, `(${x} === undefined ? ${fallback} : ${x})`, d, parent, key)}`;
      }
      case "struct":
      case "tagged":
        return `${this.functionFor(schema, "Anonymous")}(${x}, ${d} + 1, raw)`;
    }
  }

  source(): string {
    const copies = wireTypeNames.map((name) => {
      const schema = wireTypes[name].schema as AnySchema;
      const kind = shapeOf(schema).kind;
      const copy =
        kind === "struct" || kind === "tagged"
          ? this.functionFor(schema, name)
          : arrow(["v", "d", "raw"], this.expr(schema, "v", "d"), "unknown");
      return `${name}: ${copy},`;
    });
    const module = this.module(
      "./runtime.js",
      ["bail", "DEPTH_LIMIT", "isRecord", "type Raw", "type WireCopy"],
      [
        "wireBool",
        "wireDateTime",
        "wireF32",
        "wireF64",
        "wireInt",
        "wireMap",
        "wireOneOf",
        "wireStr",
        "wireU128",
        "isFilled",
        "unknownField",
        "wireValue",
        "wireVec",
      ],
    );
    return `${module}

/** One wire copy per wire type, by Rust name: what JSON.stringify writes as serde does. */
export const compiledCopies: Readonly<Record<string, WireCopy>> = {
  ${copies.join("\n")}
};
`;
  }
}

function format(source: string, path: string): string {
  const result = spawnSync(BIOME, ["format", `--stdin-file-path=${path}`], {
    input: source,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

// The variant sets last: both generators ask for them as they go.
const outputs: readonly (readonly [path: string, source: () => string])[] = [
  [WRITERS, () => new Generator().source()],
  [PARSERS, () => new ParserGenerator().source()],
  [VARIANTS, variantsModule],
];
let stale = false;
for (const [path, generate] of outputs) {
  const source = format(generate(), path);
  const name = `src/compiled/${basename(path)}`;
  if (!process.argv.includes("--check")) writeFileSync(path, source);
  else if (readFileSync(path, "utf8") !== source) {
    process.stderr.write(`${name} is stale: run \`npm run build\` and commit it\n`);
    stale = true;
  } else process.stdout.write(`${name} is up to date\n`);
}
if (stale) process.exit(1);
