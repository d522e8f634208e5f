/**
 * Each adapter is its own subpath: importing one loads no other framework,
 * and the main entry loads none. Checked on the built package (ESM import and
 * CJS require, by its own name) in child processes that list every module
 * they loaded: ESM through a resolve hook, CommonJS through require.cache.
 */
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, test } from "vitest";
import { ensureBuilt, root } from "../cli/built-cli.js";

const FRAMEWORKS = ["hono", "fastify", "express"] as const;

const esmChild = (specifier: string) => `
import { register, createRequire } from "node:module";
import { MessageChannel } from "node:worker_threads";
const seen = [];
const { port1, port2 } = new MessageChannel();
port1.on("message", (url) => seen.push(url));
register(
  "data:text/javascript," +
    encodeURIComponent("let port; export function initialize(data) { port = data.port; } export async function resolve(specifier, context, next) { const result = await next(specifier, context); port.postMessage(result.url); return result; }"),
  { data: { port: port2 }, transferList: [port2] },
);
const module = await import(${JSON.stringify(specifier)});
await new Promise((resolve) => setTimeout(resolve, 100));
port1.close();
const loaded = [...seen, ...Object.keys(createRequire(import.meta.url).cache)];
console.log(JSON.stringify({ exports: Object.keys(module), loaded }));
`;

const cjsChild = (specifier: string) => `
const module = require(${JSON.stringify(specifier)});
console.log(JSON.stringify({ exports: Object.keys(module), loaded: Object.keys(require.cache) }));
`;

function load(kind: "esm" | "cjs", specifier: string): { exports: string[]; frameworks: string[] } {
  const args =
    kind === "esm"
      ? ["--input-type=module", "-e", esmChild(specifier)]
      : ["--input-type=commonjs", "-e", cjsChild(specifier)];
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  const { exports, loaded } = JSON.parse(child.stdout) as { exports: string[]; loaded: string[] };
  expect(
    loaded.some((path) => path.includes("/dist/")),
    "the child loaded the built package",
  ).toBe(true);
  const frameworks = FRAMEWORKS.filter((name) =>
    loaded.some((path) => new RegExp(`/node_modules/${name}/`).test(path)),
  );
  return { exports, frameworks };
}

// tsup runs first when dist/ is older than src/ (once across workers); slow on a busy machine.
beforeAll(() => ensureBuilt(), 300_000);

describe.each(["esm", "cjs"] as const)("%s", (kind) => {
  test("fleetwire loads no framework", { timeout: 60_000 }, () => {
    const { exports, frameworks } = load(kind, "fleetwire");
    expect(exports).toContain("wireCodec");
    expect(frameworks).toEqual([]);
  });

  test("fleetwire/hono loads neither Fastify nor Express (nor Hono: it uses Hono's types only)", {
    timeout: 60_000,
  }, () => {
    const { exports, frameworks } = load(kind, "fleetwire/hono");
    expect(exports).toEqual(expect.arrayContaining(["wireValidator", "wireJson"]));
    expect(frameworks).toEqual([]);
  });

  test("fleetwire/express loads neither Fastify nor Hono", { timeout: 60_000 }, () => {
    const { exports, frameworks } = load(kind, "fleetwire/express");
    expect(exports).toEqual(expect.arrayContaining(["wireBody", "sendWire"]));
    expect(frameworks).toEqual([]);
  });

  test("fleetwire/fastify loads Fastify only", { timeout: 60_000 }, () => {
    const { exports, frameworks } = load(kind, "fleetwire/fastify");
    expect(exports).toEqual(expect.arrayContaining(["fleetwire", "wire", "WireSchema"]));
    expect(frameworks).toEqual(["fastify"]);
  });
});
