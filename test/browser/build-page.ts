/**
 * The dashboard page built as an application gets built: `npm pack` the
 * built package, install the tarball with zod into a fresh project holding
 * the page sources (test/browser/page/), type-check them there as a browser
 * project does (DOM types, no @types/node), and `vite build`. The page's
 * "fleetwire" is the installed tarball's, resolved through its "exports",
 * never this repository's src/ (which is why tsconfig.json leaves the page out).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureBuilt, root } from "../cli/built-cli.js";

export interface BuiltPage {
  /** The project the page was built in (removed by `remove`). */
  readonly project: string;
  /** Vite's output: index.html and assets/. */
  readonly outDir: string;
  /** The page's JavaScript, as Vite wrote it. */
  readonly scripts: readonly { readonly file: string; readonly bytes: number; readonly gzip: number }[];
  remove(): void;
}

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) exited ${result.status ?? result.signal}\n${result.stdout}${result.stderr}`,
    );
  return result.stdout;
}

const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

export function buildDashboardPage(): BuiltPage {
  ensureBuilt();
  const project = mkdtempSync(join(tmpdir(), "fleetwire-dashboard-"));
  const remove = () => rmSync(project, { recursive: true, force: true });
  try {
    const [packed] = JSON.parse(
      run("npm", ["pack", "--json", "--loglevel=error", "--pack-destination", project], root),
    ) as { filename: string }[];
    if (packed === undefined) throw new Error("npm pack wrote no tarball");
    cpSync(join(root, "test", "browser", "page"), project, { recursive: true });
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "supervisor-dashboard", private: true, type: "module" }, null, 2)}\n`,
    );
    // npm's cache (filled by `npm ci`) serves zod without the network.
    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--loglevel=error",
        join(project, packed.filename),
        `zod@${versionOf("zod")}`,
      ],
      project,
    );
    // A browser project's type check: DOM, no Node types, every .d.ts checked. http-types.ts shows that
    // fleetwire/http's declarations need no @types/node either.
    writeFileSync(
      join(project, "tsconfig.json"),
      `${JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            target: "es2022",
            lib: ["es2022", "dom", "dom.iterable"],
            module: "esnext",
            moduleResolution: "bundler",
            types: [],
          },
          files: ["main.ts", "http-types.ts"],
        },
        null,
        2,
      )}\n`,
    );
    writeFileSync(
      join(project, "http-types.ts"),
      'import type { readWireBody, WireProblem } from "fleetwire/http";\n' +
        "export type Reader = typeof readWireBody;\nexport type Problem = WireProblem;\n",
    );
    run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], project);
    // This repository's Vite, run in the project: it resolves the page's imports from the project's node_modules.
    run(
      process.execPath,
      [
        join(root, "node_modules", "vite", "bin", "vite.js"),
        "build",
        "--logLevel",
        "warn",
        "--outDir",
        "dist",
      ],
      project,
    );
    const outDir = join(project, "dist");
    const assets = join(outDir, "assets");
    const scripts = readdirSync(assets)
      .filter((file) => file.endsWith(".js"))
      .map((file) => {
        const bytes = readFileSync(join(assets, file));
        return {
          file: join(assets, file),
          bytes: statSync(join(assets, file)).size,
          gzip: gzipSync(bytes).length,
        };
      });
    return { project, outDir, scripts, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
