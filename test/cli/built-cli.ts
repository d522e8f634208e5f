/**
 * The CLI tests run the built `fleetwire` bin (`node dist/cli.js`) as a child
 * process, as a user does. `npm run build` makes it (the README's order:
 * install, build, test); when dist/cli.js is missing or older than a source
 * file, `ensureBuilt()` runs tsup and writes the declaration maps first, once across test workers (a lock
 * directory), so `npm test` in a fresh clone works either way.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeDeclarationMaps } from "../types/declaration-maps.js";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const cliPath = join(root, "dist", "cli.js");
const lockDir = join(root, "node_modules", ".cache", "fleetwire-test-build.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(cliPath).mtimeMs;
    const sources = Math.max(
      newestSource(join(root, "src")),
      statSync(join(root, "tsup.config.ts")).mtimeMs,
      statSync(join(root, "package.json")).mtimeMs,
    );
    return built >= sources;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds dist/ with tsup unless dist/cli.js is newer than every source file. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Another worker is building; a lock older than the deadline is stale.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 300_000) rmdirSync(lockDir);
      } catch {
        // gone already
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir}`);
      sleep(250);
    }
  }
  try {
    if (!isFresh()) {
      execFileSync(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js")], {
        cwd: root,
        stdio: "pipe",
      });
      writeDeclarationMaps();
    }
  } finally {
    rmdirSync(lockDir);
  }
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Written to the child's stdin, which is then closed. Without it, stdin is an empty pipe. */
  readonly input?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

/** Runs `node dist/cli.js ...args` and collects its output and exit code. */
export function cli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, FORCE_COLOR: "0", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => {}); // the CLI may exit before reading all of it
    child.stdin.end(options.input ?? "");
  });
}
