/**
 * What a consumer's editor shows, through the TypeScript language service on
 * the built declarations (`fleetwire` resolves to this package's dist/):
 * hovering a type or a schema shows its Rust doc comment, a struct type is
 * named in hovers and errors (`FleetRun`, not the expanded object), tagged
 * unions narrow on their tag, and the schemas keep zod's object methods.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { wireTypeNames, wireTypes } from "../../src/index.js";
import { namedMetaOf } from "../../src/serde/meta.js";
import { ensureBuilt, root } from "../cli/built-cli.js";

const file = join(root, "test", "types", "editor-consumer.ts");
const names = [...wireTypeNames];
const source = [
  `import { z } from "zod";`,
  `import { ${names.map((n) => `type ${n}, ${n}Schema`).join(", ")} } from "fleetwire";`,
  ...names.map((n) => `declare const value${n}: ${n};`),
  ...names.map((n) => `void ${n}Schema;`),
  `const missing: FleetRun = { id: "r1" };`,
  `export function host(spec: FleetHostSpec): string { return spec.kind === "ssh" ? spec.host : spec.kind; }`,
  `export const picked = FleetRunSchema.pick({ id: true }).extend({ note: z.string() }).safeParse({}).success;`,
  `export const shape = FleetRunSchema.shape.status;`,
  `export const parsed: FleetRun = FleetRunSchema.parse({});`,
  `void missing;`,
  `export const nanos = valueDashboardState.generated_at_unix_nanos;`,
  `export const runName = valueFleetRun.name;`,
  `export const label = valueSupportedCommand.idempotent;`,
].join("\n");

let service: ts.LanguageService;

beforeAll(() => {
  ensureBuilt();
  const options: ts.CompilerOptions = {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = name === file ? source : ts.sys.fileExists(name) ? readFileSync(name, "utf8") : undefined;
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  service = ts.createLanguageService(host, ts.createDocumentRegistry());
  // The first question loads and checks the program; the tests after it are quick.
  service.getSemanticDiagnostics(file);
}, 180_000);

function hover(text: string, occurrence = 0): { display: string; doc: string } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(text, at + 1);
  if (at === -1) throw new Error(`no ${text} in the consumer`);
  const info = service.getQuickInfoAtPosition(file, at);
  return {
    display: ts.displayPartsToString(info?.displayParts),
    doc: ts.displayPartsToString(info?.documentation),
  };
}

const docOf = (name: string) => {
  const meta = namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema);
  return meta?.doc !== "" ? (meta?.doc as string) : "Rust: `";
};

describe("hover", () => {
  test.each(names)("%s: the type and its schema show the Rust doc comment", (name) => {
    const type = hover(`${name};`);
    expect(type.doc).toContain(docOf(name));
    const schema = hover(`${name}Schema;`);
    expect(schema.doc).toContain(docOf(name));
  });

  test("a field shows its Rust doc comment, or its Rust type", () => {
    const docs = (name: string) =>
      namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema)?.fieldDocs ?? {};
    expect(hover(".generated_at_unix_nanos").doc).toBe("");
    expect(hover("generated_at_unix_nanos;").doc).toBe(docs("DashboardState").generated_at_unix_nanos);
    expect(hover("idempotent;").doc).toBe(docs("SupportedCommand").idempotent);
    expect(hover("name;", 0).doc).toBe("Rust: `String`.");
  });

  test("a struct type is shown by name, and a schema's parse result is assignable to it", () => {
    expect(hover("valueFleetRun:").display).toBe("const valueFleetRun: FleetRun");
    expect(hover("FleetRunSchema.shape").display).toContain("const FleetRunSchema: FleetRunSchema");
  });
});

describe("compiler errors and narrowing", () => {
  const errors = () =>
    service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));

  test("a missing field names the type; nothing else in the consumer is an error", () => {
    const all = errors();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(/missing the following properties from type 'FleetRun': name, status/);
  });
});
