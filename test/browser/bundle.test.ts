/**
 * What fleetwire costs a browser page, and that it can be in one: the built
 * entry points bundled by esbuild for the browser (test/bench/bundle-size.ts,
 * the same measurement `npm run bench` prints). Budgets guard against growth
 * (generated code, say); KB = 1000 bytes, gzip at zlib's default level, over
 * a bundle of zod alone.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type BuildOptions } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { domains } from "../../src/registry.js";
import {
  type Bundle,
  BROWSER_SPECIFIERS,
  browserEntries,
  bundle,
  wholeEntry,
  ZOD_ALONE,
} from "../bench/bundle-size.js";
import { ensureBuilt, root } from "../cli/built-cli.js";

/**
 * The issue's budgets. "Main entry, 15 KB" was measured (and is measured
 * here) as what a page that decodes pays: `decodeJson` from `fleetwire`, the
 * codec with every contract it can name. The whole main entry, kept whole
 * (`jsonSchema`, `wireCodec` and the rest too; no page needs all of it), has
 * its own ceiling a little above its size, so growth there shows as well.
 *
 * Raised once, with the reason: the unknownFields option (issue 14: a walk of
 * the parsed value against the contract's shape, always reachable from
 * decodeJson) took decodeJson from 14.9 to 15.6 KB and the whole entry from
 * 20.9 to 21.9 KB. Raise again only with a reason written here.
 *
 * Raised again (issue 15): the whole entry gained OpenAPI (`openApiComponents`,
 * `addOpenApiMetadata`), the answers to zod's own JSON Schema hooks, and the
 * tag-selected union layout with its way back to `oneOf`, all reached only
 * through the JSON Schema exports: 23.5 KB. decodeJson is unchanged.
 *
 * Raised again (issue 12, hostile input: the one-pass error locator, the
 * read-once copy encodeJson validates, the input size limit, stack-less
 * errors): decodeJson 16.0 to 16.13 KB, about 0.13 KB more on the whole entry.
 *
 * Raised again (issue 16, encoding speed): the wire copies generated at build
 * time (src/compiled/writers.ts, one read-once copy function per struct and
 * tagged enum of all 47 types, and their runtime), which take encodeJson from
 * 3–11× to 1–2.7× JSON.stringify. Measured: the whole entry 24.8 to
 * 31.7 KB (+6.9 KB: 7.1 KB for the generated code and its runtime alone,
 * 24.8 KB minified, a little of it shared). A page that only decodes does not
 * carry them (checked below): decodeJson stays at 16.4 KB.
 *
 * Raised again (issue 16, import cost: the contracts build their fields on
 * first use, through src/serde/lazy.ts's stand-ins, lazy shapes and lazy
 * union options, so that importing fleetwire builds 50 zod schemas instead of
 * 379): decodeJson and the whole entry about 0.65 KB more (decodeJson
 * 16.40 to 17.05 KB before the generated copies landed, 17.10 KB with them).
 * The domain subpaths got smaller (runners 4.41 to 3.14 KB, jobtail 3.35 to
 * 1.70 KB): a building block a domain does not use is now left out. Then the
 * check that this zod builds a union's options lazily (zod 4.3, in the peer
 * range, does not) and the name of the enum a struct flattens (issue 15, for
 * the variant types): decodeJson 17.20 KB, the whole entry 32.48 KB; both
 * ceilings 0.1 KB above that.
 *
 * Raised again (issue 16, validation speed: every exported schema compiles
 * itself with z.compile on its first parse, src/serde/first-parse.ts, which
 * makes `XSchema.safeParse` 2–7× faster): decodeJson 17.37 KB, the whole
 * entry 32.74 KB (+0.17 KB each); both ceilings 0.1 KB above that.
 *
 * Raised again (issue 16, the rest of the speed work): parse and safeParse
 * calling zod's generated parser directly with a runtime copy for errors, a
 * `BTreeMap<String, Value>` checked in one walk (FleetRunSchema.safeParse 3×
 * faster), exact numbers put back by their place instead of a rewritten text,
 * the one shape walk the repeated-key check and the unknown-field finder now
 * share; and for encodeJson, one search of the output for lone surrogates and
 * the text road of index-keyed maps: decodeJson 17.37 to 17.77 KB, the whole
 * entry 32.74 to 33.30 KB; both ceilings 0.1 KB above that.
 *
 * Raised again (issue 16, build-time parsers): the first parse's hook for
 * them (src/serde/first-parse.ts) and the building blocks' read functions
 * and map check exported for them, which the minifier no longer inlines:
 * decodeJson 17.77 to 17.90 KB, the whole entry 33.30 to 33.53 KB; both
 * ceilings 0.1 KB above that. The parsers themselves are opt-in
 * (`fleetwire/precompiled`), with their own ceiling below.
 *
 * Raised again (issue 16, f32 writing: ryu's digits, found by arithmetic
 * against the f32's rounding interval with an exact `bigint` search for ties
 * and near-bounds, where a `toPrecision` search wrote other digits than serde
 * for about 0.2% of f32s, 3–5× slower): the whole entry 33.53 to 34.28 KB;
 * the ceiling 0.1 KB above. decodeJson does not carry it.
 *
 * Raised again (issue 16, serde's float reading and Node 20's markers): an
 * f32 from an integer token rounded once, as serde's `as f32` (found by the
 * float conformance run), took decodeJson from 17.92 to 18.00 KB; that and
 * the markers found by their backslash took the whole entry to 34.47 KB.
 * Both ceilings 0.1 KB above.
 */
const BUDGET_GZIP = {
  decodeJson: 18_100,
  /**
   * `import "fleetwire/precompiled"` beside decodeJson: the generated parsers
   * of all 47 types and their runtime, opt-in for that reason (measured:
   * 23.29 KB, +5.39 KB over decodeJson alone; then 23.42 KB with the install
   * as a function the entry calls, kept when the CLI shares it, and the
   * Value check's `for…in`; then 23.53 KB with an optional field asking
   * `key in v` only for an `undefined` value, 8–13% faster on FleetRun and
   * the Runners); the ceiling 0.1 KB above.
   */
  decodeJsonPrecompiled: 23_640,
  wholeMainEntry: 34_570,
  domainSubpath: 6_000,
};

let zod: Bundle;
const bundles = new Map<string, Bundle>();
const overZod = (b: Bundle) => b.gzip - zod.gzip;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;

beforeAll(async () => {
  ensureBuilt();
  zod = await bundle(ZOD_ALONE);
  for (const entry of browserEntries()) bundles.set(entry.specifier, await bundle(wholeEntry(entry.file)));
  bundles.set(
    "decodeJson",
    await bundle(`export { decodeJson } from ${JSON.stringify(join(root, "dist", "index.js"))};`),
  );
  bundles.set(
    "decodeJson, precompiled",
    await bundle(
      `import ${JSON.stringify(join(root, "dist", "precompiled.js"))};
      export { decodeJson } from ${JSON.stringify(join(root, "dist", "index.js"))};`,
    ),
  );
}, 120_000);

const got = (name: string): Bundle => {
  const b = bundles.get(name);
  if (b === undefined) throw new Error(`no bundle for ${name}`);
  return b;
};

const domainNames = Object.keys(domains) as (keyof typeof domains)[];
const typeNamesOf = (domain: keyof typeof domains) => Object.keys(domains[domain]);

describe("bundle size over zod (esbuild, browser, minified, gzip)", () => {
  it(`a page that decodes: decodeJson from fleetwire ≤ ${kb(BUDGET_GZIP.decodeJson)} gzip`, () => {
    const size = overZod(got("decodeJson"));
    expect(
      size,
      `decodeJson adds ${kb(size)} gzip over zod; shrink it or raise the budget with a reason`,
    ).toBeLessThanOrEqual(BUDGET_GZIP.decodeJson);
    // It is more than nothing: the measurement sees the codec.
    expect(size).toBeGreaterThan(5_000);
  });

  it(`a page that decodes with the precompiled parsers ≤ ${kb(BUDGET_GZIP.decodeJsonPrecompiled)} gzip`, () => {
    const size = overZod(got("decodeJson, precompiled"));
    expect(size, `decodeJson with fleetwire/precompiled adds ${kb(size)} gzip over zod`).toBeLessThanOrEqual(
      BUDGET_GZIP.decodeJsonPrecompiled,
    );
    expect(size).toBeGreaterThan(overZod(got("decodeJson")) + 2_000);
  });

  it(`the whole main entry ≤ ${kb(BUDGET_GZIP.wholeMainEntry)} gzip`, () => {
    const size = overZod(got("fleetwire"));
    expect(size, `fleetwire adds ${kb(size)} gzip over zod`).toBeLessThanOrEqual(BUDGET_GZIP.wholeMainEntry);
    expect(size).toBeGreaterThan(overZod(got("decodeJson")));
  });

  it.each(domainNames)(`fleetwire/%s ≤ ${kb(BUDGET_GZIP.domainSubpath)} gzip`, (domain) => {
    const size = overZod(got(`fleetwire/${domain}`));
    expect(size, `fleetwire/${domain} adds ${kb(size)} gzip over zod`).toBeLessThanOrEqual(
      BUDGET_GZIP.domainSubpath,
    );
    expect(size).toBeGreaterThan(1_000);
  });
});

describe("tree-shaking: one domain subpath pulls no other domain's schemas", () => {
  // Every wire type's schema carries its Rust name as a string literal ("FleetRun"): present iff bundled.
  const has = (b: Bundle, typeName: string) => b.text.includes(JSON.stringify(typeName));

  it("the check sees schemas where they are: the main entry holds all 47 type names", () => {
    const main = got("fleetwire");
    const all = domainNames.flatMap(typeNamesOf);
    expect(all).toHaveLength(47);
    expect(all.filter((name) => !has(main, name))).toEqual([]);
  });

  it.each(domainNames)("fleetwire/%s holds its own types and none of the others'", (domain) => {
    const b = got(`fleetwire/${domain}`);
    expect(typeNamesOf(domain).filter((name) => !has(b, name))).toEqual([]);
    const strangers = domainNames.filter((d) => d !== domain).flatMap(typeNamesOf);
    expect(strangers.filter((name) => has(b, name))).toEqual([]);
  });

  it("a page that only decodes leaves the generated writers out; encodeJson brings them", () => {
    // The runtime's bail symbol is named once, in src/compiled/runtime.ts.
    const WRITERS = "fleetwire: write on the exact path";
    expect(got("decodeJson").text).not.toContain(WRITERS);
    expect(got("fleetwire").text).toContain(WRITERS);
  });

  it("the generated parsers come with fleetwire/precompiled (kept by its declared side effect) and the server code of fleetwire/http only", () => {
    // The parsers' bail symbol is named once, in src/compiled/parse-runtime.ts.
    const PARSERS = "fleetwire: parse on zod's runtime";
    expect(got("fleetwire").text).not.toContain(PARSERS);
    expect(got("decodeJson").text).not.toContain(PARSERS);
    for (const domain of domainNames) expect(got(`fleetwire/${domain}`).text).not.toContain(PARSERS);
    expect(got("fleetwire/precompiled").text).toContain(PARSERS);
    expect(got("decodeJson, precompiled").text).toContain(PARSERS);
    expect(got("fleetwire/http").text).toContain(PARSERS);
  });

  it("fleetwire/http pulls the codec but not JSON Schema emission", () => {
    const http = got("fleetwire/http");
    expect(http.text).toContain("application/problem+json");
    expect(http.text).not.toContain("https://fleetwire.dev/schemas/");
    expect(got("fleetwire").text).toContain("https://fleetwire.dev/schemas/");
  });
});

describe('package.json "exports": servers get the build-time parsers, browsers keep them opt-in', () => {
  // The parsers' bail symbol, as above.
  const PARSERS = "fleetwire: parse on zod's runtime";
  /** `import { decodeJson } from "fleetwire"` resolved as a bundler for this target does, through "exports". */
  async function resolvedAs(options: BuildOptions): Promise<string> {
    const app = mkdtempSync(join(tmpdir(), "fleetwire-conditions-"));
    try {
      mkdirSync(join(app, "node_modules"));
      symlinkSync(root, join(app, "node_modules", "fleetwire"), "dir");
      const result = await build({
        stdin: { contents: 'export { decodeJson } from "fleetwire";', resolveDir: app, loader: "js" },
        bundle: true,
        write: false,
        format: "esm",
        external: ["zod"],
        logLevel: "silent",
        ...options,
      });
      return result.outputFiles?.[0]?.text ?? "";
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  }

  it("a browser build of fleetwire leaves them out", async () => {
    expect(await resolvedAs({ platform: "browser" })).not.toContain(PARSERS);
  });

  it.each([
    ["Node (esbuild's node platform)", { platform: "node" } as BuildOptions],
    // What wrangler passes esbuild for a Worker.
    [
      "Cloudflare Workers",
      { platform: "browser", conditions: ["workerd", "worker", "browser"] } as BuildOptions,
    ],
  ])("a build for %s installs them, kept by the entry's declared side effect", async (_, options) => {
    const text = await resolvedAs(options);
    expect(text).toContain(PARSERS);
    expect(text).toMatch(/installPrecompiledParsers\(\);/);
  });
});

describe("no browser entry point imports Node", () => {
  // tsup writes `fs` for `node:fs` (removeNodeProtocol), so built-ins are matched with and without the prefix.
  it.each(BROWSER_SPECIFIERS)("%s (ESM): nothing from Node in its import graph", (specifier) => {
    expect(got(specifier).nodeImports).toEqual([]);
  });

  it.each(BROWSER_SPECIFIERS)("%s (CJS): nothing from Node in its require graph", async (specifier) => {
    const entry = browserEntries().find((e) => e.specifier === specifier);
    const cjs = entry?.file.replace(/\.js$/, ".cjs") ?? "";
    expect((await bundle(`require(${JSON.stringify(join(root, cjs))});`)).nodeImports).toEqual([]);
  });

  it("the check finds Node where it is: the CLI's graph imports fs, path and util", async () => {
    const cli = await bundle(wholeEntry("dist/cli.js"));
    expect(cli.nodeImports.map((i) => i.split(" ")[0])).toEqual(
      expect.arrayContaining(["fs", "path", "util"]),
    );
  });

  it("no type declaration needs Node's types", () => {
    const declarations = readdirSync(join(root, "dist")).filter((f) => /\.d\.c?ts$/.test(f));
    expect(declarations.length).toBeGreaterThan(10);
    for (const file of declarations) {
      const text = readFileSync(join(root, "dist", file), "utf8");
      expect(text, file).not.toMatch(/\/\/\/\s*<reference\s+types=["']node["']/);
      expect(text, file).not.toMatch(/from\s+["'](node:|fs|path|http|stream|events|buffer|util)["'/]/);
      expect(text, file).not.toMatch(/\bNodeJS\./);
    }
  });
});
