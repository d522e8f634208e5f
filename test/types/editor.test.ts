/**
 * What a consumer's editor shows, through the TypeScript language service on
 * the built declarations (`fleetwire` resolves to this package's dist/):
 * hovering a type or a schema shows its Rust doc comment, a struct type is
 * named in hovers and errors (`FleetRun`, not the expanded object), tagged
 * unions narrow on their tag, and the schemas keep zod's object methods.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import { wireTypeNames, wireTypes } from "../../src/index.js";
import { fieldDocOf, variantTagDoc } from "../../src/json-schema/rust-type.js";
import { type NamedMeta, namedMetaOf } from "../../src/serde/meta.js";
import { ensureBuilt, root } from "../cli/built-cli.js";
import { variantNames } from "./contract-docs.js";

const file = join(root, "test", "types", "editor-consumer.ts");
const names = [...wireTypeNames];

type Fields = Record<string, z.ZodType>;
const metaOf = (name: string) => namedMetaOf(wireTypes[name as keyof typeof wireTypes].schema) as NamedMeta;

/**
 * Every field a consumer can hover, with the doc it must show: a struct's fields on the type itself, a tagged
 * union's on each named variant (`FleetHostSpecSsh.host`), the tag included.
 */
const fieldsToHover = names.flatMap((name) => {
  const meta = metaOf(name);
  const schema = wireTypes[name as keyof typeof wireTypes].schema as unknown as { shape?: Fields };
  const docs = meta.fieldDocs ?? {};
  if (meta.shape === "struct")
    return Object.entries(schema.shape ?? {}).map(([key, field]) => ({
      type: name,
      key,
      doc: fieldDocOf(docs, key, field as never),
    }));
  if (meta.shape !== "tagged_enum" && meta.shape !== "flattened") return [];
  const tag = meta.tag as string;
  return variantNames(name, tag).flatMap(({ variant, type, shape }) =>
    Object.entries(shape).map(([key, field]) => ({
      type,
      key,
      doc: key === tag ? variantTagDoc(variant, tag) : fieldDocOf(docs, key, field as never),
    })),
  );
});
const hoverTypes = [...new Set(fieldsToHover.map((f) => f.type))];
const source = [
  `import { z } from "zod";`,
  `import { ${names.map((n) => `type ${n}, ${n}Schema`).join(", ")} } from "fleetwire";`,
  `import { decodeJson, ${hoverTypes
    .filter((t) => !names.includes(t as never))
    .map((t) => `type ${t}`)
    .join(", ")} } from "fleetwire";`,
  ...hoverTypes.map((t) => `declare const field${t}: ${t};`),
  ...fieldsToHover.map(({ type, key }) => `void field${type}.${key};`),
  `export const decoded = decodeJson("FleetRun", "{}");`,
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

function positionOf(text: string): number {
  const at = source.indexOf(text);
  if (at === -1) throw new Error(`no ${text} in the consumer`);
  return at;
}

function hover(text: string, offset = 0): { display: string; doc: string } {
  const info = service.getQuickInfoAtPosition(file, positionOf(text) + offset);
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
    expect(hover("valueFleetRun.name;", "valueFleetRun.".length).doc).toBe("Rust: `String`.");
  });

  test.each(hoverTypes)("every field of %s shows its Rust doc comment, or its Rust type", (type) => {
    for (const { key, doc } of fieldsToHover.filter((f) => f.type === type)) {
      const at = positionOf(`void field${type}.${key};`) + `void field${type}.`.length;
      const info = service.getQuickInfoAtPosition(file, at);
      expect(ts.displayPartsToString(info?.documentation), `${type}.${key}`).toBe(doc);
    }
  });

  test("a struct type is shown by name, and a schema's parse result is assignable to it", () => {
    expect(hover("valueFleetRun:").display).toBe("const valueFleetRun: FleetRun");
    expect(hover("FleetRunSchema.shape").display).toContain("const FleetRunSchema: FleetRunSchema");
  });
});

/** A position in a file, as the language service's source mapper takes and gives it. */
interface Place {
  fileName: string;
  pos: number;
}

describe("go to definition", () => {
  /**
   * Where the editor jumps from `text` in the consumer: the file under the repository, and the text there.
   * An editor asks tsserver, which takes the language service's definitions in `dist/` and maps each through
   * the declaration maps with the service's source mapper (tsserver's `mapDefinitionInfoLocations`); this
   * asks the same two questions.
   */
  function definitions(text: string, offset = 0): { file: string; text: string }[] {
    const mapper = (
      service as unknown as {
        getSourceMapper(): { tryGetSourcePosition(l: Place): Place | undefined };
      }
    ).getSourceMapper();
    const found = service.getDefinitionAtPosition(file, positionOf(text) + offset) ?? [];
    return found.map(({ fileName, textSpan }) => {
      const at = mapper.tryGetSourcePosition({ fileName, pos: textSpan.start }) ?? {
        fileName,
        pos: textSpan.start,
      };
      const there = readFileSync(at.fileName, "utf8");
      return { file: relative(root, at.fileName), text: /^[\w$]+/.exec(there.slice(at.pos))?.[0] ?? "" };
    });
  }

  test("a type, a schema, a field, a variant's field and a function land where src/ declares them", () => {
    expect(definitions(": FleetRun;", 2)).toEqual([{ file: "src/contracts/fleet.ts", text: "FleetRun" }]);
    // The schema's value and its type (`const FleetRunSchema: FleetRunSchema`), both in the contract module.
    expect(definitions("FleetRunSchema.pick")).toEqual([
      { file: "src/contracts/fleet.ts", text: "FleetRunSchema" },
      { file: "src/contracts/fleet.ts", text: "FleetRunSchema" },
    ]);
    expect(definitions("valueFleetRun.name", "valueFleetRun.".length)).toEqual([
      { file: "src/contracts/fleet.ts", text: "name" },
    ]);
    expect(definitions("fieldFleetHostSpecSsh.host", "fieldFleetHostSpecSsh.".length)).toEqual([
      { file: "src/contracts/fleet.ts", text: "host" },
    ]);
    expect(definitions("decodeJson(")).toEqual([{ file: "src/codec/decode.ts", text: "decodeJson" }]);
  });

  test("every wire type's definition is in its contract module", () => {
    for (const name of names) {
      const domain = wireTypes[name as keyof typeof wireTypes].domain;
      expect(definitions(`: ${name};`, 2), name).toEqual([
        { file: `src/contracts/${domain}.ts`, text: name },
      ]);
    }
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
