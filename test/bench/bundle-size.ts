/**
 * What fleetwire adds to a browser page: each browser entry point of the
 * built package (dist/, as a bundler resolves it through package.json
 * "exports"), bundled by esbuild for the browser, minified, measured raw and
 * gzipped, minus the same bundle of zod alone (zod is a peer: the page has it
 * anyway, and fleetwire's share is what the entry costs on top).
 *
 * Used by `npm run bench` (the table, group `bundle`) and by test/browser/bundle.test.ts (the
 * budget, tree-shaking and the no-`node:` check). Measures dist/, built first
 * when older than src/ (as the CLI tests do).
 */
import { builtinModules } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import { ensureBuilt } from "../cli/built-cli.js";
import type { BenchGroup } from "./setup.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface BrowserEntry {
  /** What an application imports: `fleetwire`, `fleetwire/dashboard`, ... */
  readonly specifier: string;
  /** The ESM file "exports" maps it to, relative to the package root. */
  readonly file: string;
}

/** The entry points a browser application may import: everything but the CLI (the bin is no export). */
export const BROWSER_SPECIFIERS = [
  "fleetwire",
  "fleetwire/runners",
  "fleetwire/events",
  "fleetwire/jobtail",
  "fleetwire/dashboard",
  "fleetwire/fleet",
  "fleetwire/precompiled",
  "fleetwire/http",
] as const;

type ExportTarget = { import?: { default?: string } };

/** The ESM file of each browser entry, read from package.json "exports" (what Vite and esbuild resolve). */
export function browserEntries(root = ROOT): BrowserEntry[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports: Record<string, ExportTarget>;
  };
  return BROWSER_SPECIFIERS.map((specifier) => {
    const key = specifier === "fleetwire" ? "." : `./${specifier.slice("fleetwire/".length)}`;
    const file = pkg.exports[key]?.import?.default;
    if (file === undefined) throw new Error(`package.json "exports" has no ESM file for ${key}`);
    return { specifier, file: file.replace(/^\.\//, "") };
  });
}

export interface Bundle {
  readonly minified: number;
  readonly gzip: number;
  readonly text: string;
  readonly metafile: Metafile;
  /** Imports of Node built-ins met anywhere in the graph (`node:fs`, `fs`, ...), with the importer. */
  readonly nodeImports: readonly string[];
}

const nodeBuiltin = new RegExp(
  `^(node:.*|${builtinModules
    .filter((m) => !m.startsWith("_"))
    .map((m) => m.replace(/[/]/g, "\\/"))
    .join("|")})$`,
);

/** Records every import of a Node built-in and leaves it out of the bundle, instead of failing at the first. */
function recordNodeImports(found: string[]): Plugin {
  return {
    name: "record-node-imports",
    setup(b) {
      b.onResolve({ filter: nodeBuiltin }, (args) => {
        found.push(`${args.path} (from ${args.importer.replace(ROOT, "")})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Bundles `source` (an ES module, resolved from the repository root, so
 * `zod` is this repository's) for the browser, minified, as an application
 * build does, and measures it.
 */
export async function bundle(source: string, root = ROOT): Promise<Bundle> {
  const nodeImports: string[] = [];
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: "entry.js", loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
    plugins: [recordNodeImports(nodeImports)],
  });
  const bytes = result.outputFiles[0]?.contents;
  if (bytes === undefined) throw new Error("esbuild wrote nothing");
  return {
    minified: bytes.byteLength,
    gzip: gzipSync(bytes).byteLength,
    text: new TextDecoder().decode(bytes),
    metafile: result.metafile,
    nodeImports,
  };
}

/** The baseline: zod as fleetwire's built files import it (`import { z } from "zod"`, the whole classic API). */
export const ZOD_ALONE = 'export { z } from "zod";';

/** Everything an entry exports, kept (a bundler keeps what the application uses; this is the upper bound). */
export const wholeEntry = (file: string, root = ROOT) => `export * from ${JSON.stringify(join(root, file))};`;

export interface SizeRow {
  readonly what: string;
  readonly minified: number;
  readonly gzip: number;
  readonly minifiedOverZod: number;
  readonly gzipOverZod: number;
}

/**
 * The table: zod alone, then each browser entry whole (`export *`: the
 * most a page can pay), then the codec alone and what the dashboard page of
 * test/browser/ imports (values only: its `fleetwire/dashboard` imports are
 * types), all over zod.
 */
export interface BundleSizes {
  readonly zod: Bundle;
  readonly rows: readonly SizeRow[];
}

export async function measureBundleSizes(root = ROOT): Promise<BundleSizes> {
  ensureBuilt();
  const zod = await bundle(ZOD_ALONE, root);
  const entries = browserEntries(root);
  const main = JSON.stringify(join(root, (entries[0] as BrowserEntry).file));
  const cases: [string, string][] = entries.map((e) => [`* from ${e.specifier}`, wholeEntry(e.file, root)]);
  cases.push(
    ["{ decodeJson } from fleetwire", `export { decodeJson } from ${main};`],
    [
      "{ decodeJson, decodeJsonLines, encodeJson, WireError } from fleetwire (the test page)",
      `export { decodeJson, decodeJsonLines, encodeJson, WireError } from ${main};`,
    ],
  );
  const rows: SizeRow[] = [];
  for (const [what, source] of cases) {
    const b = await bundle(source, root);
    rows.push({
      what,
      minified: b.minified,
      gzip: b.gzip,
      minifiedOverZod: b.minified - zod.minified,
      gzipOverZod: b.gzip - zod.gzip,
    });
  }
  return { zod, rows };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The bench's text: one line per entry, sizes over zod first. */
export function formatBundleSizes({ zod, rows }: BundleSizes): string {
  const width = Math.max(...rows.map((r) => r.what.length), 24);
  const lines = [
    `Bundle size in a browser app (esbuild ${esbuildVersion()}, platform browser, minified; gzip = zlib default level; KB = 1000 bytes)`,
    `zod alone (${ZOD_ALONE}): ${kb(zod.minified)} minified, ${kb(zod.gzip)} gzip`,
    `${"import".padEnd(width)}  ${"over zod: min".padStart(14)}  ${"gzip".padStart(8)}    ${"with zod: min".padStart(14)}  ${"gzip".padStart(8)}`,
    ...rows.map(
      (r) =>
        `${r.what.padEnd(width)}  ${kb(r.minifiedOverZod).padStart(14)}  ${kb(r.gzipOverZod).padStart(8)}    ${kb(r.minified).padStart(14)}  ${kb(r.gzip).padStart(8)}`,
    ),
  ];
  return lines.join("\n");
}

function esbuildVersion(): string {
  return (
    JSON.parse(readFileSync(join(ROOT, "node_modules", "esbuild", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}

/** `npm run bench`'s group (`--no-bundle` skips it): the table, and the rows in the results JSON. */
export const bundleSizeGroup: BenchGroup = {
  name: "bundle",
  needsDist: false,
  async run() {
    process.stderr.write("bundle sizes (esbuild, browser)...\n");
    const sizes = await measureBundleSizes();
    return {
      sections: ["", formatBundleSizes(sizes)],
      goals: [],
      json: {
        bundle: { zod: { minified: sizes.zod.minified, gzip: sizes.zod.gzip }, rows: sizes.rows },
      },
    };
  },
};

// `tsx test/bench/bundle-size.ts`: the table alone.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatBundleSizes(await measureBundleSizes()));
}
