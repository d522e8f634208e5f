/**
 * Every ```sh and ```ts block of README.md, run against the built package
 * (`npm run readme`, from .ci/run after `npm run build`):
 *
 * - a block whose info string has the word `fragment` (```ts fragment) is an
 *   illustration and is skipped; every other sh and ts block runs;
 * - each block runs in one fresh temporary directory where `fleetwire`
 *   resolves to this repository's built package (node_modules/fleetwire →
 *   the repository, node_modules/.bin/fleetwire → dist/cli.js), the other
 *   packages to this repository's node_modules, and `schemas/` to the
 *   committed schemas; sh blocks with bash -euo pipefail, ts blocks with tsx;
 * - a block that starts a server says so with the word `long-running`: it
 *   passes when it is still running, without an error, after a few seconds,
 *   and is then stopped (SIGTERM);
 * - afterwards the code the README's quicktype commands wrote (fleet.py,
 *   fleet.go) must read every golden fixture line: Python through
 *   test/json-schema/read_fixtures_with_generated.py, Go compiled with `go`
 *   (Debian's golang-go) and a generated reader that calls quicktype's
 *   `Unmarshal<Type>` on each line.
 *
 * KEEP_README_RUN=1 keeps the directory for a look.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "test", "fixtures");
const LONG_RUNNING_MS = 4000;
const BLOCK_TIMEOUT_MS = 180_000;

export interface Block {
  readonly lang: "sh" | "ts";
  readonly words: readonly string[];
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

/** The ```sh and ```ts blocks of a Markdown text, with the words after the language. */
export function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)(.*)$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] as string).startsWith("```"); i++) body.push(lines[i] as string);
    const lang = open[1];
    if (lang === "sh" || lang === "ts")
      blocks.push({
        lang,
        words: (open[2] ?? "").trim().split(/\s+/).filter(Boolean),
        code: body.join("\n"),
        line: start + 1,
      });
  }
  return blocks;
}

function fail(text: string): never {
  process.stderr.write(`README blocks: ${text}\n`);
  process.exit(1);
}

/** A directory whose node_modules is this repository's, plus `fleetwire` itself. */
function workspace(): string {
  if (!existsSync(join(root, "dist", "index.js")) || !existsSync(join(root, "dist", "cli.js")))
    fail("no dist/: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "fleetwire-readme-"));
  const modules = join(dir, "node_modules");
  mkdirSync(join(modules, ".bin"), { recursive: true });
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry === ".bin" || entry === "fleetwire") continue;
    symlinkSync(join(root, "node_modules", entry), join(modules, entry));
  }
  for (const bin of readdirSync(join(root, "node_modules", ".bin")))
    symlinkSync(join(root, "node_modules", ".bin", bin), join(modules, ".bin", bin));
  symlinkSync(root, join(modules, "fleetwire"));
  symlinkSync(join(root, "dist", "cli.js"), join(modules, ".bin", "fleetwire"));
  symlinkSync(join(root, "schemas"), join(dir, "schemas"));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "readme-blocks", private: true, type: "module" })}\n`,
  );
  return dir;
}

function runBlock(block: Block, index: number, dir: string): string {
  const env = { ...process.env, PATH: `${join(dir, "node_modules", ".bin")}:${process.env.PATH ?? ""}` };
  let command: string;
  let args: string[];
  if (block.lang === "ts") {
    const file = join(dir, `block-${index}.ts`);
    writeFileSync(file, `${block.code}\n`);
    command = process.execPath;
    args = [join(root, "node_modules", "tsx", "dist", "cli.mjs"), file];
  } else {
    command = "bash";
    args = ["-euo", "pipefail", "-c", block.code];
  }
  const longRunning = block.words.includes("long-running");
  const result = spawnSync(command, args, {
    cwd: dir,
    env,
    encoding: "utf8",
    timeout: longRunning ? LONG_RUNNING_MS : BLOCK_TIMEOUT_MS,
    killSignal: "SIGTERM",
  });
  const output = `${result.stdout}${result.stderr}`;
  const where = `README.md line ${block.line} (${block.lang})`;
  if (longRunning) {
    // tsx passes the signal on and exits 128 + 15.
    if (result.signal !== "SIGTERM" && result.status !== 143)
      fail(`${where} should keep running, but it ended (${result.status}):\n${output}`);
    if (result.stderr.trim() !== "") fail(`${where} wrote to stderr while running:\n${output}`);
    return `${where}: still running after ${LONG_RUNNING_MS / 1000} s, stopped`;
  }
  if (result.error !== undefined) fail(`${where}: ${result.error.message}\n${output}`);
  if (result.status !== 0) fail(`${where} exited ${result.status ?? result.signal}:\n${output}`);
  return `${where}: ok`;
}

function run(command: string, args: readonly string[], cwd: string, what: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    timeout: BLOCK_TIMEOUT_MS,
  });
  if (result.error !== undefined) fail(`${what}: ${result.error.message}`);
  if (result.status !== 0) fail(`${what} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** quicktype's Python (fleet.py) reads every golden line. */
function readWithPython(dir: string): string {
  const module = join(dir, "python-reader");
  mkdirSync(module);
  writeFileSync(join(module, "fleetwire_types.py"), readFileSync(join(dir, "fleet.py")));
  const script = join(root, "test", "json-schema", "read_fixtures_with_generated.py");
  const summary = JSON.parse(run("python3", [script, module, fixtures], dir, "the Python reader")) as {
    read: Record<string, number>;
    missing_readers: string[];
    failures: string[];
  };
  if (summary.missing_readers.length > 0)
    fail(`fleet.py has no reader for ${summary.missing_readers.join(", ")}`);
  if (summary.failures.length > 0)
    fail(`fleet.py fails on:\n  ${summary.failures.slice(0, 10).join("\n  ")}`);
  const lines = Object.values(summary.read).reduce((a, b) => a + b, 0);
  return `fleet.py (quicktype, Python) read ${lines} golden lines of ${Object.keys(summary.read).length} types`;
}

/** quicktype's Go (fleet.go) compiles and reads every golden line. */
function readWithGo(dir: string): string {
  const generated = readFileSync(join(dir, "fleet.go"), "utf8");
  const names = [...generated.matchAll(/^func Unmarshal(\w+)\(data \[\]byte\)/gm)].map((m) => m[1] as string);
  const program = join(dir, "go-reader");
  mkdirSync(program);
  writeFileSync(join(program, "fleet.go"), generated.replace(/^package \w+$/m, "package main"));
  const readers = names
    .map(
      (n) =>
        `\t\t${JSON.stringify(n.toLowerCase())}: func(b []byte) error { _, err := Unmarshal${n}(b); return err },`,
    )
    .join("\n");
  writeFileSync(
    join(program, "main.go"),
    `package main

import (
\t"bufio"
\t"fmt"
\t"os"
\t"path/filepath"
\t"strings"
)

// Reads test/fixtures/<RustName>/valid.ndjson with quicktype's Unmarshal<Type>.
func main() {
\treaders := map[string]func([]byte) error{
${readers}
\t}
\tentries, err := os.ReadDir(os.Args[1])
\tif err != nil {
\t\tpanic(err)
\t}
\tread, types, failed := 0, 0, 0
\tfor _, entry := range entries {
\t\tpath := filepath.Join(os.Args[1], entry.Name(), "valid.ndjson")
\t\tfile, err := os.Open(path)
\t\tif err != nil {
\t\t\tcontinue
\t\t}
\t\treader, ok := readers[strings.ToLower(entry.Name())]
\t\tif !ok {
\t\t\tfmt.Println("no reader for", entry.Name())
\t\t\tfailed++
\t\t\tcontinue
\t\t}
\t\ttypes++
\t\tscanner := bufio.NewScanner(file)
\t\tscanner.Buffer(make([]byte, 1<<20), 1<<26)
\t\tfor scanner.Scan() {
\t\t\tline := scanner.Bytes()
\t\t\tif strings.TrimSpace(string(line)) == "" {
\t\t\t\tcontinue
\t\t\t}
\t\t\tif err := reader(line); err != nil {
\t\t\t\tfmt.Println(entry.Name(), err)
\t\t\t\tfailed++
\t\t\t} else {
\t\t\t\tread++
\t\t\t}
\t\t}
\t\tfile.Close()
\t}
\tfmt.Printf("%d %d\\n", read, types)
\tif failed > 0 {
\t\tos.Exit(1)
\t}
}
`,
  );
  run("go", ["mod", "init", "fleetreader"], program, "go mod init");
  const out = run("go", ["run", ".", fixtures], program, "the Go reader").trim().split("\n");
  const [read, types] = (out.at(-1) ?? "").split(" ");
  return `fleet.go (quicktype, Go) compiled and read ${read} golden lines of ${types} types`;
}

function main(): void {
  const blocks = codeBlocks(readFileSync(join(root, "README.md"), "utf8"));
  const runnable = blocks.filter((b) => !b.words.includes("fragment"));
  if (runnable.length === 0) fail("README.md has no runnable ```sh or ```ts block");
  const dir = workspace();
  process.on("exit", () => {
    if (process.env.KEEP_README_RUN) process.stdout.write(`(kept ${dir})\n`);
    else rmSync(dir, { recursive: true, force: true });
  });
  for (const [i, block] of runnable.entries()) console.log(runBlock(block, i, dir));
  for (const file of ["fleet.py", "fleet.go"])
    if (!existsSync(join(dir, file))) fail(`README's quicktype commands wrote no ${file}`);
  console.log(readWithPython(dir));
  console.log(readWithGo(dir));
  console.log(
    `README blocks: ${runnable.length} run, ${blocks.length - runnable.length} fragments skipped (${blocks.length} sh/ts blocks)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
