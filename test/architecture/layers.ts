/**
 * The layers of src/, bottom first: the one statement of the order. A file
 * may import from its own folder (or, for a single-file member, nothing of
 * its own) and from any member of a lower layer; never from a higher layer,
 * and never from a sibling member of its own layer (the CLI does not reach
 * into the HTTP edge, an adapter does not pull in another framework).
 * layers.test.ts checks the real tree and a fixture; README.md prints
 * `layerOrderText()` verbatim.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export interface Layer {
  readonly name: string;
  /** Paths relative to the project root: a folder (`src/codec`) or a file (`src/registry.ts`). */
  readonly members: readonly string[];
}

export const LAYERS: readonly Layer[] = [
  { name: "serde building blocks", members: ["src/serde"] },
  { name: "contracts", members: ["src/contracts"] },
  { name: "registry", members: ["src/registry.ts"] },
  { name: "generated writers and parsers", members: ["src/compiled"] },
  { name: "precompiled parsers (opt-in in browsers)", members: ["src/precompiled"] },
  { name: "codec and JSON Schema", members: ["src/codec", "src/json-schema"] },
  { name: "zod codec (text ⇄ value, with its JSON Schema)", members: ["src/zod-codec"] },
  { name: "public entry, CLI and HTTP edge", members: ["src/index.ts", "src/cli", "src/http"] },
  { name: "framework adapters", members: ["src/hono", "src/fastify", "src/express"] },
  { name: "the main entry on servers (with the precompiled parsers)", members: ["src/server.ts"] },
];

/** The order as README.md prints it. */
export function layerOrderText(layers: readonly Layer[] = LAYERS): string {
  return layers
    .map((layer, i) => `${i + 1}. ${layer.name}: ${layer.members.map((m) => `\`${m}\``).join(", ")}`)
    .join("\n");
}

export interface Violation {
  /** The importing file, relative to the root, with `/` separators. */
  readonly file: string;
  /** The import specifier as written. */
  readonly specifier: string;
  readonly reason: string;
}

const SOURCE = /\.(ts|mts|cts|tsx)$/;
/** `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, across lines. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return SOURCE.test(name) ? [path] : [];
    });
}

const posix = (path: string) => path.split(sep).join("/");

/** Where a project-relative path sits: its layer index and member, or undefined outside every member. */
function locate(layers: readonly Layer[], path: string): { layer: number; member: string } | undefined {
  for (const [layer, { members }] of layers.entries())
    for (const member of members)
      if (path === member || path.startsWith(`${member}/`)) return { layer, member };
  return undefined;
}

/** The project-relative file a relative import names (`./x.js` is `./x.ts` on disk). */
function target(root: string, from: string, specifier: string): string {
  const path = posix(relative(root, resolve(dirname(join(root, from)), specifier)));
  return path.replace(/\.(m|c)?js$/, ".$1ts");
}

/** Every import in `root/src` that breaks the layer order, and every entry of src/ no layer names. */
export function layerViolations(root: string, layers: readonly Layer[] = LAYERS): Violation[] {
  const violations: Violation[] = [];
  const src = join(root, "src");
  for (const entry of readdirSync(src).sort()) {
    const path = `src/${entry}`;
    if (locate(layers, path) === undefined)
      violations.push({ file: path, specifier: "", reason: "is in no layer: add it to LAYERS" });
  }
  for (const absolute of sourceFiles(src)) {
    const file = posix(relative(root, absolute));
    const own = locate(layers, file);
    if (own === undefined) continue; // reported above
    const text = readFileSync(absolute, "utf8");
    for (const [, specifier] of text.matchAll(IMPORT)) {
      if (specifier === undefined || !specifier.startsWith(".")) continue;
      const to = target(root, file, specifier);
      const other = locate(layers, to);
      if (other === undefined) {
        violations.push({ file, specifier, reason: `imports ${to}, outside every layer` });
      } else if (other.layer > own.layer) {
        const name = layers[other.layer]?.name;
        violations.push({ file, specifier, reason: `imports upward, into ${other.member} (${name})` });
      } else if (other.layer === own.layer && other.member !== own.member) {
        violations.push({ file, specifier, reason: `imports its sibling ${other.member} in the same layer` });
      }
    }
  }
  return violations;
}
