/**
 * The Rust doc comments in the editor: every exported schema and type of
 * src/contracts/ carries its type's doc comment as JSDoc, and struct types are
 * interfaces, so hovers and compiler errors name them (`FleetRun`, not the
 * expanded object). The doc text lives once, in the contract call
 * (`struct("FleetRun", "Top-level fleet run handle.", ...)`); this tool writes
 * the JSDoc from the runtime metadata and checks that the sources are up to date:
 *
 *   npx tsx test/types/contract-docs.ts          rewrite src/contracts/*.ts
 *   npx tsx test/types/contract-docs.ts --check  exit 1 when a file would change
 *
 * (test/types/contract-docs.test.ts runs the check inside npm test.)
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import ts from "typescript";
import type { z } from "zod";
import { fileURLToPath } from "node:url";
import { type Domain, domains, wireTypes } from "../../src/registry.js";
import { fieldDocOf, variantTagDoc } from "../../src/json-schema/rust-type.js";
import { type NamedMeta, namedMetaOf } from "../../src/serde/meta.js";

const CONTRACTS = new URL("../../src/contracts/", import.meta.url);

/** A named type without a doc comment is described by its Rust shape (as in the JSON Schema). */
function typeDoc(name: string): { doc: string; struct: boolean; tag?: string } {
  const meta = namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema) as NamedMeta;
  const struct = meta.shape === "struct";
  // A tagged union (an enum, or the struct that flattens one) is written as one interface per variant.
  const tag = meta.shape === "tagged_enum" || meta.shape === "flattened" ? meta.tag : undefined;
  if (meta.doc !== "") return { doc: meta.doc, struct, ...(tag === undefined ? {} : { tag }) };
  const rust =
    meta.shape === "tagged_enum"
      ? `enum ${name}\`, internally tagged by \`${meta.tag}`
      : meta.shape === "struct" || meta.shape === "flattened"
        ? `struct ${name}`
        : meta.shape === "newtype"
          ? `struct ${name}(String)`
          : `enum ${name}`;
  return { doc: `Rust: \`${rust}\`.`, struct, ...(tag === undefined ? {} : { tag }) };
}

function jsdoc(lines: readonly string[]): string[] {
  const safe = lines.flatMap((line) => line.split("\n")).map((line) => line.replace(/\*\//g, "*\\/"));
  return ["/**", ...safe.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"];
}

const lowerFirst = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

/**
 * `export const XSchema = struct(...)` as a local `const xSchema = struct(...)`, an interface `XSchema` naming
 * its type, and `export const XSchema: XSchema = xSchema`.
 */
function namedSchemas(domain: Domain, text: string): string {
  const file = ts.createSourceFile("contract.ts", text, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
    const [decl] = statement.declarationList.declarations;
    if (!exported || decl === undefined || !ts.isIdentifier(decl.name)) continue;
    const schema = /^(\w+)Schema$/.exec(decl.name.text);
    if (schema === null || !Object.hasOwn(domains[domain], schema[1] as string)) continue;
    if (decl.initializer === undefined || ts.isIdentifier(decl.initializer)) continue;
    const name = decl.name.text;
    const local = lowerFirst(name);
    edits.push({
      start: statement.getStart(file),
      end: statement.end,
      text:
        `const ${local} = ${decl.initializer.getText(file)};\n` +
        `export interface ${name} extends Named<typeof ${local}> {}\n` +
        `export const ${name}: ${name} = ${local};`,
    });
  }
  let out = text;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  if (edits.length > 0 && !/\btype Named\b/.test(out))
    out = out.replace(
      /import \{([^}]*)\} from "\.\.\/serde\/index\.js";/,
      (_, names: string) => `import { type Named, ${names.trim()} } from "../serde/index.js";`,
    );
  return out;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A struct's interface: every field declared again, with its Rust doc comment (or its Rust type), typed as the
 * zod schema says. Own members make TypeScript name the interface in errors, and carry the docs to hovers.
 */
type ZodFields = Record<string, { _zod: { optin?: string; optout?: string } }>;

/**
 * An interface `type extends base`, every field declared again with its Rust doc comment (or its Rust type), typed
 * as `base` says. Own members make TypeScript name the interface in errors, and carry the docs to hovers.
 */
function interfaceOf(
  type: string,
  base: string,
  shape: ZodFields,
  docs: FieldDocs,
  side: Side,
  tag?: string,
) {
  const out = [`export interface ${type} extends ${base} {`];
  for (const [key, field] of Object.entries(shape)) {
    const doc = key === tag ? variantTagDoc(literalOf(field), key) : fieldDocOf(docs, key, field as never);
    // zod's own marks: `optin` is "optional" or "defaulted" where a sender may leave the key out.
    const optional = side === "output" ? field._zod.optout === "optional" : field._zod.optin !== undefined;
    const prop = IDENTIFIER.test(key) ? key : JSON.stringify(key);
    out.push(...jsdoc([doc]).map((line) => `  ${line}`));
    out.push(`  ${prop}${optional ? "?" : ""}: ${base}[${JSON.stringify(key)}];`);
  }
  out.push("}");
  return out;
}

type Side = "output" | "input";
type FieldDocs = Readonly<Record<string, string>>;
const literalOf = (field: unknown) => String((field as z.ZodLiteral<string>).value);
const pascal = (wire: string) => wire.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
/** The interface of one variant of a tagged union: `FleetHostSpec` and `ssh` → `FleetHostSpecSsh`. */
const variantTypeName = (name: string, variant: string) => `${name}${pascal(variant)}`;
const typeName = (name: string, side: Side) => (side === "output" ? name : `${name}Wire`);

function structInterface(name: string, side: Side): string[] {
  const schema = wireTypes[name as keyof typeof wireTypes].schema as unknown as { shape: ZodFields };
  const docs = namedMetaOf(schema as never)?.fieldDocs ?? {};
  return interfaceOf(typeName(name, side), `z.${side}<typeof ${name}Schema>`, schema.shape, docs, side);
}

/** A tagged union's variants: the tag's value, the variant interface's name (`FleetHostSpecSsh`), its fields. */
export function variantNames(
  name: string,
  tag: string,
): { variant: string; type: string; shape: ZodFields }[] {
  const schema = wireTypes[name as keyof typeof wireTypes].schema as unknown as {
    options: { shape: ZodFields }[];
  };
  return schema.options.map(({ shape }) => {
    const variant = literalOf(shape[tag]);
    return { variant, type: variantTypeName(name, variant), shape };
  });
}

/**
 * The output type of a tagged union as the union of its variants, each an interface named after the type and
 * the variant (`FleetHostSpecSsh`, `FleetWorkerEventHeartbeat`), so that a variant's fields show their docs
 * and it still narrows on the tag. (`XWire` stays zod's input type: its variant fields have no Rust doc
 * comments to show, and interfaces for both sides would make the declarations larger than 0.1.0's.)
 */
function taggedUnion(name: string, tag: string, doc: string): string[] {
  const meta = namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema) as NamedMeta;
  const variants = variantNames(name, tag);
  const out = [`export type ${name} = ${variants.map((v) => v.type).join(" | ")};`];
  // A struct that flattens a tagged enum: its own fields once, in an envelope that each variant extends
  // beside the flattened enum's variant (`FleetWorkerEventHeartbeat`: the envelope and
  // `FleetWorkerEventPayloadHeartbeat`).
  const flattens = meta.shape === "flattened" ? meta.flattens : undefined;
  const envelope = `${name}Envelope`;
  if (flattens !== undefined) {
    const first = variants[0]?.shape ?? {};
    const own = Object.fromEntries(Object.entries(first).filter(([key]) => !variantKeys(flattens).has(key)));
    out.push(...jsdoc([`The fields of \`${name}\` beside the \`${flattens}\` it flattens.`, "", doc]));
    const keys = Object.keys(own).map((key) => JSON.stringify(key));
    const base = `Pick<z.output<typeof ${name}Schema>, ${keys.join(" | ")}>`;
    out.push(...interfaceOf(envelope, base, own, meta.fieldDocs ?? {}, "output"));
  }
  for (const { variant, type, shape } of variants) {
    out.push(...jsdoc([`\`${name}\` with \`${tag}: "${variant}"\`.`, "", doc]));
    if (flattens !== undefined) {
      out.push(`export interface ${type} extends ${envelope}, ${variantTypeName(flattens, variant)} {}`);
      continue;
    }
    const base = `Variant<z.output<typeof ${name}Schema>, ${JSON.stringify(tag)}, ${JSON.stringify(variant)}>`;
    out.push(...interfaceOf(type, base, shape, meta.fieldDocs ?? {}, "output", tag));
  }
  return out;
}

/** Every field name of a tagged enum's variants, its tag included. */
function variantKeys(name: string): Set<string> {
  const tag = namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema)?.tag as string;
  return new Set(variantNames(name, tag).flatMap(({ shape }) => Object.keys(shape)));
}

/**
 * The index just past the interfaces (JSDoc and body) that `taggedUnion` wrote after the union `type`: its
 * variants, and the envelope of a flattening struct. Biome may break a heading over lines.
 */
function pastVariants(lines: readonly string[], from: number, name: string): number {
  const tag = typeDoc(name).tag as string;
  const ours = new Set([...variantNames(name, tag).map((v) => v.type), `${name}Envelope`]);
  let at = from;
  while (lines[at] === "/**") {
    let end = at;
    while (lines[end] !== undefined && lines[end] !== " */") end++;
    let heading = "";
    let last = end;
    while (lines[last + 1] !== undefined && !heading.includes("{")) heading += ` ${lines[++last]?.trim()}`;
    const declared = /^ export interface (\w+)\b/.exec(heading)?.[1];
    if (declared === undefined || !ours.has(declared)) break;
    if (!heading.endsWith("{}")) while (lines[last] !== undefined && lines[last] !== "}") last++;
    at = last + 1;
  }
  return at;
}

/**
 * The type a line declares, as this tool writes it: `export type X = z.output<typeof XSchema>;`, the struct
 * interface `export interface X extends z.output<typeof XSchema> {`, the same for `XWire` and `z.input`, and a
 * tagged union `export type X = XA | XB;`.
 */
function declaredType(line: string): { name: string; side: Side; union: boolean } | undefined {
  const zod =
    /^export (?:type (\w+) = z\.(output|input)<typeof \w+Schema>;|interface (\w+) extends z\.(output|input)<typeof \w+Schema> \{\}?)$/.exec(
      line,
    );
  if (zod !== null) {
    const side = (zod[2] ?? zod[4]) as Side;
    const type = (zod[1] ?? zod[3]) as string;
    return { name: side === "input" ? type.replace(/Wire$/, "") : type, side, union: false };
  }
  const union = /^export type (\w+) = \w+(?: \| \w+)+;$/.exec(line)?.[1];
  return union === undefined ? undefined : { name: union, side: "output", union: true };
}

/** `text` with the generated JSDoc and declarations of the domain's types. */
export function syncedSource(domain: Domain, original: string): string {
  const text = namedSchemas(domain, original);
  // Biome breaks a long union over lines (`export type X =`, then `  | XA` ...): read it as one line.
  const kept = text
    .replace(
      /^(export type \w+ =)((?:\n {2}\| \w+)+);$/gm,
      (_, head: string, arms: string) => `${head} ${arms.replace(/\n {2}\| /g, " | ").slice(3)};`,
    )
    .split("\n");
  const out: string[] = [];
  // The JSDoc right above a declaration this tool manages is its own (written before): replace it.
  const dropOwnJsdoc = () => {
    if (out.at(-1) !== " */") return;
    const start = out.lastIndexOf("/**");
    if (start !== -1) out.length = start;
  };
  for (let index = 0; index < kept.length; index++) {
    const line = kept[index] as string;
    // An interface this tool wrote: its body (up to the closing brace) is written again below.
    if (/^export interface \w+ extends z\.(output|input)<typeof \w+Schema> \{$/.test(line))
      while (kept[index + 1] !== undefined && kept[index] !== "}") index++;
    const schema = /^export const (\w+)Schema: \w+ = /.exec(line);
    const schemaType = /^export interface (\w+)Schema extends Named</.exec(line);
    const declared = declaredType(line);
    if (declared?.union === true) index = pastVariants(kept, index + 1, declared.name) - 1;
    const output =
      declared?.side === "output" && Object.hasOwn(domains[domain], declared.name) ? declared : null;
    const input =
      declared?.side === "input" && Object.hasOwn(domains[domain], declared.name) ? declared : null;
    if (schema !== null && Object.hasOwn(domains[domain], schema[1] as string)) {
      const name = schema[1] as string;
      dropOwnJsdoc();
      out.push(
        ...jsdoc([
          typeDoc(name).doc,
          "",
          `The zod schema of \`${name}\`: \`${name}Schema.parse(value)\` gives a {@link ${name}}.`,
        ]),
      );
      out.push(line);
    } else if (schemaType !== null) {
      const name = schemaType[1] as string;
      dropOwnJsdoc();
      out.push(...jsdoc([`The zod type of {@link ${name}Schema}.`]));
      out.push(line);
    } else if (output !== null) {
      const { name } = output;
      const { doc, struct, tag } = typeDoc(name);
      dropOwnJsdoc();
      out.push(...jsdoc([doc]));
      if (struct) out.push(...structInterface(name, "output"));
      else if (tag !== undefined) out.push(...taggedUnion(name, tag, doc));
      else out.push(`export type ${name} = z.output<typeof ${name}Schema>;`);
    } else if (input !== null) {
      const { name } = input;
      const { doc, struct } = typeDoc(name);
      dropOwnJsdoc();
      const wireDoc = `\`${name}\` as a sender may write it (what \`${name}Schema\` accepts: defaulted and \`Option\` fields may be absent).`;
      out.push(...jsdoc([wireDoc, "", doc]));
      if (struct) out.push(...structInterface(name, "input"));
      else out.push(`export type ${name}Wire = z.input<typeof ${name}Schema>;`);
    } else out.push(line);
  }
  const synced = out.join("\n");
  return synced.includes(" extends Variant<") && !/\btype Variant\b/.test(synced)
    ? synced.replace(
        /import \{([^}]*)\} from "\.\.\/serde\/index\.js";/,
        (_, names: string) =>
          `import { ${names.trim().replace(/,$/, "")}, type Variant } from "../serde/index.js";`,
      )
    : synced;
}

/** The text as `npx biome format` writes it, so that the check compares like with like. */
export function biomeFormatted(path: string, text: string): string {
  const biome = fileURLToPath(new URL("../../node_modules/.bin/biome", import.meta.url));
  return execFileSync(biome, ["format", `--stdin-file-path=${path}`], { input: text, encoding: "utf8" });
}

export function contractFiles(): { domain: Domain; path: string }[] {
  return (Object.keys(domains) as Domain[]).map((domain) => ({
    domain,
    path: fileURLToPath(new URL(`${domain}.ts`, CONTRACTS)),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  for (const { domain, path } of contractFiles()) {
    const text = readFileSync(path, "utf8");
    const synced = biomeFormatted(path, syncedSource(domain, text));
    if (synced === text) continue;
    stale.push(path);
    if (!check) writeFileSync(path, synced);
  }
  if (check && stale.length > 0) {
    console.error(
      `contract JSDoc out of date in ${stale.join(", ")}: run npx tsx test/types/contract-docs.ts`,
    );
    process.exit(1);
  }
  console.log(check ? "contract JSDoc up to date" : `rewrote ${stale.length} contract file(s)`);
}
