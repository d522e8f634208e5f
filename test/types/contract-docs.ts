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
import { fileURLToPath } from "node:url";
import { type Domain, domains, wireTypes } from "../../src/registry.js";
import { rustTypeOf } from "../../src/json-schema/rust-type.js";
import { type NamedMeta, namedMetaOf } from "../../src/serde/meta.js";

const CONTRACTS = new URL("../../src/contracts/", import.meta.url);

/** A named type without a doc comment is described by its Rust shape (as in the JSON Schema). */
function typeDoc(name: string): { doc: string; struct: boolean } {
  const meta = namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema) as NamedMeta;
  const struct = meta.shape === "struct";
  if (meta.doc !== "") return { doc: meta.doc, struct };
  const rust =
    meta.shape === "tagged_enum"
      ? `enum ${name}\`, internally tagged by \`${meta.tag}`
      : meta.shape === "struct" || meta.shape === "flattened"
        ? `struct ${name}`
        : meta.shape === "newtype"
          ? `struct ${name}(String)`
          : `enum ${name}`;
  return { doc: `Rust: \`${rust}\`.`, struct };
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
function structInterface(name: string, side: "output" | "input"): string[] {
  const schema = wireTypes[name as keyof typeof wireTypes].schema as unknown as {
    shape: Record<string, { _zod: { optin?: string; optout?: string } }>;
  };
  const docs = namedMetaOf(schema as never)?.fieldDocs ?? {};
  const type = side === "output" ? name : `${name}Wire`;
  const base = `z.${side}<typeof ${name}Schema>`;
  const out = [`export interface ${type} extends ${base} {`];
  for (const [key, field] of Object.entries(schema.shape)) {
    const doc =
      docs[key] !== undefined && docs[key] !== "" ? docs[key] : `Rust: \`${rustTypeOf(field as never)}\`.`;
    // zod's own marks: `optin` is "optional" or "defaulted" where a sender may leave the key out.
    const optional = side === "output" ? field._zod.optout === "optional" : field._zod.optin !== undefined;
    const prop = IDENTIFIER.test(key) ? key : JSON.stringify(key);
    out.push(...jsdoc([doc]).map((line) => `  ${line}`));
    out.push(`  ${prop}${optional ? "?" : ""}: ${base}[${JSON.stringify(key)}];`);
  }
  out.push("}");
  return out;
}

/** `text` with the generated JSDoc and declarations of the domain's types. */
export function syncedSource(domain: Domain, original: string): string {
  const text = namedSchemas(domain, original);
  const kept = text.split("\n");
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
    const output =
      /^export (?:type (\w+) = z\.output<typeof (\w+)Schema>;|interface (\w+) extends z\.output<typeof (\w+)Schema> \{(?:\})?)$/.exec(
        line,
      );
    const input =
      /^export (?:type (\w+)Wire = z\.input<typeof (\w+)Schema>;|interface (\w+)Wire extends z\.input<typeof (\w+)Schema> \{(?:\})?)$/.exec(
        line,
      );
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
      const name = (output[1] ?? output[3]) as string;
      const { doc, struct } = typeDoc(name);
      dropOwnJsdoc();
      out.push(...jsdoc([doc]));
      if (struct) out.push(...structInterface(name, "output"));
      else out.push(`export type ${name} = z.output<typeof ${name}Schema>;`);
    } else if (input !== null) {
      const name = (input[1] ?? input[3]) as string;
      const { doc, struct } = typeDoc(name);
      dropOwnJsdoc();
      out.push(
        ...jsdoc([
          `\`${name}\` as a sender may write it (what \`${name}Schema\` accepts: defaulted and \`Option\` fields may be absent).`,
          "",
          doc,
        ]),
      );
      if (struct) out.push(...structInterface(name, "input"));
      else out.push(`export type ${name}Wire = z.input<typeof ${name}Schema>;`);
    } else out.push(line);
  }
  return out.join("\n");
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
