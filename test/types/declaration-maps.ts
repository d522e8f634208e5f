/**
 * Declaration maps for the bundled declarations, so that go-to-definition in a consumer's editor lands in
 * the contract module (`src/`, shipped in the package) rather than in `dist/`. tsup bundles each entry's
 * `.d.ts` and `.d.cts` and cannot write maps for them; per-module declarations could, but they are a third
 * larger. So this step, run by `npm run build` after tsup, writes a source map per declaration file that maps
 * each declared name (types, values, and the members of interfaces and classes) to where `src/` declares it:
 *
 *   npx tsx test/types/declaration-maps.ts
 *
 * A name declared in more than one source module, or not at all, is mapped to nothing, so the editor stays
 * in `dist/` rather than land on a wrong line. test/types/editor.test.ts goes to definitions through the
 * TypeScript language service.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../..", import.meta.url));

interface Place {
  readonly file: string;
  readonly line: number;
  readonly character: number;
}

/** Types and values live in separate namespaces: `interface FleetRunSchema` and `const FleetRunSchema`. */
type Space = "type" | "value";

/** Each declared name of a file: `Space:Name`, and `Space:Container.member` for members. */
function declaredNames(file: ts.SourceFile, visit: (key: string, name: ts.Node) => void): void {
  const members = (container: string, list: ts.NodeArray<ts.ClassElement | ts.TypeElement>) => {
    for (const member of list)
      if (member.name !== undefined && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)))
        visit(`member:${container}.${member.name.text}`, member.name);
  };
  for (const statement of file.statements) {
    const spaces: [Space, ts.Identifier][] = [];
    if (ts.isInterfaceDeclaration(statement)) {
      spaces.push(["type", statement.name]);
      members(statement.name.text, statement.members);
    } else if (ts.isTypeAliasDeclaration(statement)) spaces.push(["type", statement.name]);
    else if (ts.isClassDeclaration(statement) && statement.name !== undefined) {
      spaces.push(["type", statement.name], ["value", statement.name]);
      members(statement.name.text, statement.members);
    } else if (ts.isFunctionDeclaration(statement) && statement.name !== undefined)
      spaces.push(["value", statement.name]);
    else if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) spaces.push(["value", declaration.name]);
    for (const [space, name] of spaces) visit(`${space}:${name.text}`, name);
  }
}

/** Where `src/` declares each name; a name declared twice is left out. */
function sourceIndex(): Map<string, Place | null> {
  const index = new Map<string, Place | null>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
        declaredNames(file, (key, name) => {
          const { line, character } = file.getLineAndCharacterOfPosition(name.getStart(file));
          index.set(key, index.has(key) ? null : { file: path, line, character });
        });
      }
    }
  };
  walk(join(root, "src"));
  return index;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One source-map VLQ number. */
function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** The source map of one bundled declaration file. */
export function declarationMap(
  path: string,
  index: Map<string, Place | null>,
): { map: string; mapped: number; unmapped: number } {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const segments: { line: number; column: number; place: Place | null }[] = [];
  declaredNames(file, (key, name) => {
    // The bundler renames a clash `Options$1`; the source spells it `Options`.
    const place = index.get(key.replace(/\$\d+(?=\.|$)/, "")) ?? null;
    const { line, character } = file.getLineAndCharacterOfPosition(name.getStart(file));
    segments.push({ line, column: character, place });
  });
  segments.sort((a, b) => a.line - b.line || a.column - b.column);
  const sources: string[] = [];
  const lines: string[] = [];
  let previous = { source: 0, line: 0, column: 0 };
  let at = 0;
  for (let line = 0; at < segments.length; line++) {
    const row: string[] = [];
    let lastColumn = 0;
    for (; at < segments.length && segments[at]?.line === line; at++) {
      const { column, place } = segments[at] as (typeof segments)[number];
      const relativeColumn = vlq(column - lastColumn);
      lastColumn = column;
      // A name with no single source maps to no source, so the editor stays in the declaration file.
      if (place === null) {
        row.push(relativeColumn);
        continue;
      }
      const source = relative(join(path, ".."), place.file).split("\\").join("/");
      let sourceIndex = sources.indexOf(source);
      if (sourceIndex === -1) sourceIndex = sources.push(source) - 1;
      row.push(
        relativeColumn +
          vlq(sourceIndex - previous.source) +
          vlq(place.line - previous.line) +
          vlq(place.character - previous.column),
      );
      previous = { source: sourceIndex, line: place.line, column: place.character };
    }
    lines.push(row.join(","));
  }
  const name = basename(path);
  const mapped = segments.filter((s) => s.place !== null).length;
  return {
    map: JSON.stringify({
      version: 3,
      file: name,
      sourceRoot: "",
      sources,
      names: [],
      mappings: lines.join(";"),
    }),
    mapped,
    unmapped: segments.length - mapped,
  };
}

/** Writes `X.d.ts.map` beside every bundled declaration file in dist/ and points the file at it. */
export function writeDeclarationMaps(dist = join(root, "dist")): {
  files: number;
  mapped: number;
  unmapped: number;
} {
  const index = sourceIndex();
  let files = 0;
  let mapped = 0;
  let unmapped = 0;
  for (const name of readdirSync(dist)) {
    if (!/\.d\.c?ts$/.test(name)) continue;
    const path = join(dist, name);
    const result = declarationMap(path, index);
    writeFileSync(`${path}.map`, result.map);
    const text = readFileSync(path, "utf8").replace(/\n\/\/# sourceMappingURL=\S+\n?$/, "\n");
    writeFileSync(path, `${text.trimEnd()}\n//# sourceMappingURL=${name}.map\n`);
    files++;
    mapped += result.mapped;
    unmapped += result.unmapped;
  }
  return { files, mapped, unmapped };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, mapped, unmapped } = writeDeclarationMaps();
  console.log(
    `declaration maps for ${files} files in dist/: ${mapped} names mapped to src/, ${unmapped} not`,
  );
}
