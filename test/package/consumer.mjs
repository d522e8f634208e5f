#!/usr/bin/env node
// The package as a consumer gets it (run from .ci/run after `npm run build`):
// `npm pack`, install the tarball with zod into a fresh temporary directory,
// then
//   (a) run it: ESM import and CJS require of the main entry, the
//       `fleetwire/fleet` and `fleetwire/http` subpaths, a schema file
//       (`with { type: "json" }` and require), and the `fleetwire` bin;
//   (b) type-check a consumer file that touches all 47 wire types and the
//       HTTP helpers, under `strict` without skipLibCheck, with TypeScript 5.9,
//       6 and 7, as ESM (`module: nodenext`, "type": "module") and as CJS
//       ("type": "commonjs"), plus the legacy `module: commonjs` /
//       `moduleResolution: node10` setup on 5.9 (6 deprecates it, 7 removed it);
//       and print how long each check takes (no assertion on time);
//   (c) with the optional peers installed (hono, fastify, express), run each
//       framework adapter (ESM and CJS) and type-check a file using all three.
//
// TypeScript 6 and 7 are this repository's devDependencies `typescript6` and
// `typescript7` (npm aliases; 7's `tsc` starts a native binary). The install
// uses npm's cache first (`npm ci` filled it), so it needs no network when
// the versions match. KEEP_CONSUMER=1 keeps the directory for a look.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const rootModules = join(root, "node_modules");
const versionOf = (pkg) => JSON.parse(readFileSync(join(rootModules, pkg, "package.json"), "utf8")).version;

const step = (text) => process.stdout.write(`\n--- ${text}\n`);
function fail(text) {
  process.stderr.write(`consumer test: ${text}\n`);
  process.exit(1);
}
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    fail(
      `${command} ${args.join(" ")} exited ${result.status ?? result.signal}\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}
const node = (args, cwd) => run(process.execPath, args, { cwd });

if (!existsSync(join(root, "dist", "index.js")) || !existsSync(join(root, "dist", "http.d.cts")))
  fail("no dist/: run `npm run build` first");

const work = mkdtempSync(join(tmpdir(), "fleetwire-consumer-"));
const app = join(work, "app");
const cjs = join(app, "cjs");
mkdirSync(cjs, { recursive: true });
process.on("exit", () => {
  if (process.env.KEEP_CONSUMER) process.stdout.write(`(kept ${work})\n`);
  else rmSync(work, { recursive: true, force: true });
});

// ------------------------------------------------------------------ pack, install

step("npm pack");
const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root }));
const tarball = join(work, packed.filename);
const files = packed.files.map((f) => f.path);
process.stdout.write(
  `${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked\n`,
);
for (const wanted of [
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/http.js",
  "dist/http.d.cts",
  "dist/cli.js",
  "schemas/FleetRun.json",
  // Go-to-definition: declaration maps into the shipped sources.
  "dist/fleet.d.ts.map",
  "dist/fleet.d.cts.map",
  "src/contracts/fleet.ts",
  "package.json",
]) {
  if (!files.includes(wanted)) fail(`the tarball lacks ${wanted}`);
}
const stray = files.filter((f) => !/^(dist\/|schemas\/|src\/|package\.json$|README\.md$|LICENSE)/.test(f));
if (stray.length > 0) fail(`the tarball holds files a consumer does not need: ${stray.join(", ")}`);

step(`install the tarball with zod ${versionOf("zod")} into ${app}`);
/** A fresh ESM project `dir` named `name`, with the tarball and these devDependencies at this repository's versions. */
function installTarball(dir, name, packages) {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module" }, null, 2));
  const pinned = packages.map((pkg) => `${pkg}@${versionOf(pkg)}`);
  run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball, ...pinned],
    {
      cwd: dir,
    },
  );
}
installTarball(app, "fleetwire-consumer", ["zod", "@types/node"]);
// Every declaration map points at sources the tarball holds, so an editor's go-to-definition finds them.
const installed = join(app, "node_modules", "fleetwire");
for (const map of files.filter((f) => f.endsWith(".d.ts.map") || f.endsWith(".d.cts.map"))) {
  const { sources } = JSON.parse(readFileSync(join(installed, map), "utf8"));
  for (const source of sources)
    if (!existsSync(join(installed, dirname(map), source)))
      fail(`${map} maps to ${source}, not in the tarball`);
}
process.stdout.write(
  `installed fleetwire ${JSON.parse(readFileSync(join(app, "node_modules/fleetwire/package.json"), "utf8")).version}\n`,
);

// ------------------------------------------------------------------ (a) run it

const canonicalRun =
  '{"id":"run-1","name":"nightly","status":"running","task_specs":[],"worker_specs":[],"labels":{},"created_at":"2026-05-20T12:00:00Z"}';

step("ESM: import from fleetwire, fleetwire/fleet, fleetwire/http, fleetwire/schemas/FleetRun.json");
writeFileSync(
  join(app, "esm.mjs"),
  `import assert from "node:assert/strict";
import { FleetRunSchema, decodeJson, encodeJson, wireTypeNames, jsonSchema } from "fleetwire";
import * as fleet from "fleetwire/fleet";
import { readWireBody, problemResponse } from "fleetwire/http";
import schema from "fleetwire/schemas/FleetRun.json" with { type: "json" };
import { z } from "zod";
assert.equal(wireTypeNames.length, 47);
const run = decodeJson("FleetRun", ${JSON.stringify(canonicalRun)});
assert.equal(run.name, "nightly");
assert.equal(encodeJson(FleetRunSchema, run), ${JSON.stringify(canonicalRun)});
assert.equal(fleet.FleetRunSchema, FleetRunSchema);
assert.ok(FleetRunSchema instanceof z.ZodType, "one zod: the consumer's");
assert.equal(schema.title, "FleetRun");
assert.deepEqual(jsonSchema("FleetRun"), schema);
const result = await readWireBody("FleetRun", new Request("http://x/", { method: "POST", body: '{"id": 1}', headers: { "content-type": "application/json" } }));
assert.equal(result.ok, false);
assert.equal(result.response.status, 400);
assert.equal((await result.response.json()).path, "id");
assert.equal(problemResponse(result.problem).headers.get("content-type"), "application/problem+json");
console.log("ESM ok:", Object.keys(await import("fleetwire")).length, "exports; fleetwire/http:", Object.keys(await import("fleetwire/http")).join(", "));
`,
);
process.stdout.write(node(["esm.mjs"], app));

step("CJS: require fleetwire, fleetwire/fleet, fleetwire/http, fleetwire/schemas/FleetRun.json");
writeFileSync(
  join(app, "cjs.cjs"),
  `const assert = require("node:assert/strict");
const fw = require("fleetwire");
const fleet = require("fleetwire/fleet");
const http = require("fleetwire/http");
const schema = require("fleetwire/schemas/FleetRun.json");
const { z } = require("zod");
assert.equal(fw.wireTypeNames.length, 47);
assert.equal(fw.encodeJson("FleetRun", fw.decodeJson("FleetRun", ${JSON.stringify(canonicalRun)})), ${JSON.stringify(canonicalRun)});
assert.equal(fleet.FleetRunSchema, fw.FleetRunSchema);
assert.ok(fw.FleetRunSchema instanceof z.ZodType, "one zod: the consumer's");
assert.equal(typeof http.readWireBodyFromNode, "function");
assert.equal(fw.readWireBody, undefined, "the HTTP helpers are not in the main entry");
assert.equal(schema.$id, "https://fleetwire.dev/schemas/FleetRun.json");
console.log("CJS ok:", Object.keys(fw).length, "exports");
`,
);
process.stdout.write(node(["cjs.cjs"], app));

step(
  "the build-time parsers where code generation is refused (V8's flag, as on Workers or under a strict CSP): " +
    "fleetwire on Node, fleetwire/precompiled, fleetwire/http; ESM and CJS",
);
// Each module system its own: a CommonJS require and an ESM import load two copies of the package.
const parserChecks = (schema) => `
  assert.throws(() => new Function(""), EvalError);
  assert.equal(typeof ${schema}._zod.bag.validator, "undefined", "not parsed yet");
  assert.deepEqual(${schema}.safeParse({ id: 1 }).error.issues[0].path, ["id"]);
  assert.equal(typeof ${schema}._zod.bag.validator, "function", "the build-time parser is installed");
`;
const parserCases = {
  // The "node" export condition: the main entry installs them itself.
  node: [
    ['const fw = require("fleetwire");', 'import * as fw from "fleetwire";'],
    `${parserChecks("fw.FleetRunSchema")}
  assert.equal(fw.decodeJson("FleetRun", ${JSON.stringify(canonicalRun)}).name, "nightly");`,
  ],
  precompiled: [
    [
      'const fleet = require("fleetwire/fleet");\nconst { precompiled } = require("fleetwire/precompiled");',
      'import * as fleet from "fleetwire/fleet";\nimport { precompiled } from "fleetwire/precompiled";',
    ],
    `assert.equal(precompiled, true);${parserChecks("fleet.FleetRunSchema")}`,
  ],
  // A server subpath without the main entry: a domain's schemas parse with them too.
  http: [
    [
      'const fleet = require("fleetwire/fleet");\nrequire("fleetwire/http");',
      'import * as fleet from "fleetwire/fleet";\nimport "fleetwire/http";',
    ],
    parserChecks("fleet.FleetRunSchema"),
  ],
  // A domain subpath alone (what a browser page imports) keeps zod's runtime parser here: they are opt-in.
  domain: [
    ['const fleet = require("fleetwire/fleet");', 'import * as fleet from "fleetwire/fleet";'],
    `assert.deepEqual(fleet.FleetRunSchema.safeParse({ id: 1 }).error.issues[0].path, ["id"]);
  assert.equal(typeof fleet.FleetRunSchema._zod.bag.validator, "undefined", "zod's runtime parser");`,
  ],
};
for (const [name, [[requires, imports], checks]] of Object.entries(parserCases)) {
  writeFileSync(
    join(app, `parsers-${name}.cjs`),
    `const assert = require("node:assert/strict");\n${requires}\n${checks}\nconsole.log("CJS ${name} ok");\n`,
  );
  writeFileSync(
    join(app, `parsers-${name}.mjs`),
    `import assert from "node:assert/strict";\n${imports}\n${checks}\nconsole.log("ESM ${name} ok");\n`,
  );
  for (const file of [`parsers-${name}.cjs`, `parsers-${name}.mjs`])
    process.stdout.write(node(["--disallow-code-generation-from-strings", file], app));
}

step("the fleetwire bin");
const bin = join(app, "node_modules", ".bin", "fleetwire");
writeFileSync(join(app, "runs.ndjson"), `${canonicalRun}\n${canonicalRun.replace('"nightly"', "7")}\n`);
process.stdout.write(`fleetwire --version: ${run(bin, ["--version"], { cwd: app })}`);
const validate = spawnSync(bin, ["validate", "FleetRun", "runs.ndjson"], { cwd: app, encoding: "utf8" });
process.stdout.write(validate.stdout);
if (validate.status !== 1 || !/^line 2: name: /.test(validate.stdout))
  fail(`fleetwire validate: expected exit 1 naming line 2, got ${validate.status}\n${validate.stderr}`);

// ------------------------------------------------------------------ (b) type-check

const fleetwire = await import(join(app, "node_modules", "fleetwire", "dist", "index.js"));
const names = fleetwire.wireTypeNames;

/** A consumer file touching every wire type: its schema, its value and wire types, decode and encode. */
function consumerSource({ json }) {
  const perType = names
    .map(
      (name) => `
export function read${name}(text: string): string {
  const value: WireValue<"${name}"> = decodeJson("${name}", text);
  const parsed: ${name} = ${name}Schema.parse(JSON.parse(text));
  const inferred: z.output<typeof ${name}Schema> = parsed;
  const input: ${name}Wire = value;
  void inferred;
  return encodeJson("${name}", input) + encodeJson(${name}Schema, value);
}`,
    )
    .join("\n");
  return `// Generated by test/package/consumer.mjs: every wire type, the codec and the HTTP helpers, under strict.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import {
  decodeJson,
  decodeJsonLines,
  encodeJson,
  jsonSchema,
  safeDecodeJson,
  WireError,
  wireTypes,
  type WireTypeName,
  type WireValue,
  ${names.map((n) => `${n}Schema, type ${n}, type ${n}Wire`).join(",\n  ")},
} from "fleetwire";
import { FleetWorkerEventSchema as SubpathSchema } from "fleetwire/fleet";
import { RunnerSchema as RunnerFromSubpath } from "fleetwire/runners";
import { problemResponse, readWireBody, readWireBodyFromNode, writeProblem, type WireProblem } from "fleetwire/http";
${json ? 'import runSchema from "fleetwire/schemas/FleetRun.json" with { type: "json" };\nexport const title: string = runSchema.title;\n' : ""}
${perType}

export const sameSchema: typeof FleetWorkerEventSchema = SubpathSchema;
export const runner: typeof RunnerSchema = RunnerFromSubpath;

export function everyName(): WireTypeName[] {
  return Object.values(wireTypes).map((t) => t.name);
}

export function safely(text: string): string {
  const result = safeDecodeJson("FleetRun", text);
  if (!result.ok) {
    const error: WireError = result.error;
    return \`\${error.pathString} \${error.line ?? 0}:\${error.column ?? 0}\`;
  }
  return result.value.name;
}

export async function countLines(text: string): Promise<number> {
  let n = 0;
  for (const line of decodeJsonLines("FleetWorkerEvent", text)) if (line.ok) n += line.value.seq;
  return n;
}

export const schemaOf: object = jsonSchema("FleetRun");

// Not \`any\`: wrong uses are errors.
// @ts-expect-error an unknown type name
decodeJson("NoSuchType", "{}");
// @ts-expect-error FleetRun.name is a string
export const wrong: number = decodeJson("FleetRun", "{}").name;

// A Fetch API handler (Hono, Next.js, Deno, Bun).
export async function fetchHandler(request: Request): Promise<Response> {
  const result = await readWireBody("FleetRun", request, { limit: 64 * 1024 });
  if (!result.ok) return result.response;
  const run: FleetRun = result.value;
  return Response.json({ id: run.id });
}

// A node:http handler, NDJSON.
export async function nodeHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const result = await readWireBodyFromNode("FleetWorkerEvent", req, { lines: true });
  if (!result.ok) {
    const problem: WireProblem = result.problem;
    void problem.path;
    return writeProblem(res, result);
  }
  const events: FleetWorkerEvent[] = result.value;
  res.end(String(events.length));
}

export const teapot: Response = problemResponse({ type: "about:blank", title: "Bad Request", status: 400, detail: "no" });
`;
}

/** The same file with nothing from fleetwire: the compiler's own start-up and lib cost. */
const baselineSource = `import type { IncomingMessage } from "node:http";\nexport const x: number = 1;\nexport type R = IncomingMessage;\n`;

const compilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: "es2022",
  lib: ["es2022", "dom"],
  types: ["node"],
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
};
function project(dir, options, source) {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: ["consumer.ts"] }, null, 2),
  );
  writeFileSync(join(dir, "consumer.ts"), source);
}
writeFileSync(join(cjs, "package.json"), JSON.stringify({ type: "commonjs" }));
const legacy = join(app, "legacy");
const baseline = join(app, "baseline");
mkdirSync(legacy);
mkdirSync(baseline);
writeFileSync(join(legacy, "package.json"), JSON.stringify({ type: "commonjs" }));
project(
  app,
  { module: "nodenext", moduleResolution: "nodenext", resolveJsonModule: true },
  consumerSource({ json: true }),
);
project(cjs, { module: "nodenext", moduleResolution: "nodenext" }, consumerSource({ json: false }));
project(
  legacy,
  { module: "commonjs", moduleResolution: "node10", esModuleInterop: true },
  consumerSource({ json: false }),
);
project(baseline, { module: "nodenext", moduleResolution: "nodenext" }, baselineSource);

const compilers = [
  { label: "TypeScript 5.9", tsc: join(rootModules, "typescript", "bin", "tsc") },
  { label: "TypeScript 6", tsc: join(rootModules, "typescript6", "bin", "tsc") },
  { label: "TypeScript 7", tsc: join(rootModules, "typescript7", "bin", "tsc") },
];

function typecheck(compiler, dir, extra = []) {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [compiler.tsc, "-p", join(dir, "tsconfig.json"), ...extra], {
    cwd: dir,
    encoding: "utf8",
  });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0)
    fail(`${compiler.label} on ${dir}: exit ${result.status}\n${result.stdout}${result.stderr}`);
  const check = /Check time:\s*([\d.]+)s/.exec(result.stdout);
  return { seconds, check: check === null ? undefined : Number(check[1]) };
}

step("type-check the consumer (strict; 47 types, codec, HTTP helpers): ESM, CJS, and node10 on 5.9");
const rows = [];
for (const compiler of compilers) {
  const version = execFileSync(process.execPath, [compiler.tsc, "-v"], { encoding: "utf8" })
    .trim()
    .replace(/^Version /, "");
  // Correctness, with every .d.ts checked (skipLibCheck false).
  const esm = typecheck(compiler, app).seconds;
  const cjsTime = typecheck(compiler, cjs).seconds;
  const legacyTime = compiler.label === "TypeScript 5.9" ? typecheck(compiler, legacy).seconds : undefined;
  // Cost, as most projects check (skipLibCheck true): the all-47 file against an empty one.
  const timing = ["--skipLibCheck", "--extendedDiagnostics"];
  const all = typecheck(compiler, app, timing);
  const empty = typecheck(compiler, baseline, timing);
  rows.push({ version, esm, cjs: cjsTime, legacy: legacyTime, all, empty });
  process.stdout.write(
    `TypeScript ${version}: ESM ok, CJS ok${legacyTime === undefined ? "" : ", node10 ok"}\n`,
  );
}
const s = (x) => (x === undefined ? "     -" : `${x.toFixed(2).padStart(5)}s`);
process.stdout.write(
  `\nConsumer type check of a file using all 47 wire types (wall time of tsc -p, noEmit, strict; node ${process.version}):\n` +
    `                 skipLibCheck false                    skipLibCheck true (ESM)\n` +
    `  TypeScript     ESM      CJS      CJS node10          all 47 (check)     empty file (check)\n` +
    rows
      .map(
        (r) =>
          `  ${r.version.padEnd(12)}  ${s(r.esm)}   ${s(r.cjs)}   ${s(r.legacy)}            ${s(r.all.seconds)} (${s(r.all.check)})   ${s(r.empty.seconds)} (${s(r.empty.check)})`,
      )
      .join("\n") +
    "\n('empty file': the same setup importing nothing from fleetwire: the compiler's start-up and libs)\n",
);
// ------------------------------------------------------------------ (c) the framework adapters

// A second consumer with the frameworks installed (the optional peers, at this repository's versions):
// each adapter runs a request in its framework, ESM and CJS, and a file using all three type-checks.
const withFrameworks = join(work, "frameworks");
mkdirSync(withFrameworks);
step(`install the tarball with hono, fastify, fastify-plugin, express into ${withFrameworks}`);
installTarball(withFrameworks, "fleetwire-framework-consumer", [
  "zod",
  "hono",
  "fastify",
  "fastify-plugin",
  "express",
  "@types/express",
  "@types/node",
]);
const eventText =
  '{"target_id":"t-1","sequence":7,"correlation_id":"c-1","event_type":"started","severity":"info","target_path":"/","child_id":null,"occurred_at_unix_nanos":1779999999123456789,"config_version":"v1","payload":{"load":1.0}}';
writeFileSync(
  join(withFrameworks, "frameworks.mjs"),
  `import assert from "node:assert/strict";
import { Hono } from "hono";
import Fastify from "fastify";
import { wireJson, wireValidator } from "fleetwire/hono";
import { fleetwire, wire } from "fleetwire/fastify";
import { sendWire, wireBody } from "fleetwire/express";
const text = ${JSON.stringify(eventText)};
const hono = new Hono().post("/e", wireValidator("EventRecord"), (c) => wireJson(c, "EventRecord", c.req.valid("json")));
const answer = await hono.request("/e", { method: "POST", headers: { "content-type": "application/json" }, body: text });
assert.equal(await answer.text(), text);
const fastify = Fastify();
await fastify.register(fleetwire);
fastify.post("/e", { schema: { body: wire("EventRecord"), response: { 200: wire("EventRecord") } } }, async (request) => request.body);
const injected = await fastify.inject({ method: "POST", url: "/e", headers: { "content-type": "application/json" }, payload: text });
assert.equal(injected.body, text);
await fastify.close();
assert.equal(typeof wireBody("EventRecord"), "function");
assert.equal(typeof sendWire, "function");
console.log("ESM adapters ok: Hono and Fastify echo serde's bytes");
`,
);
process.stdout.write(node(["frameworks.mjs"], withFrameworks));
writeFileSync(
  join(withFrameworks, "frameworks.cjs"),
  `const assert = require("node:assert/strict");
const { Hono } = require("hono");
const { wireJson, wireValidator } = require("fleetwire/hono");
const { fleetwire, wire } = require("fleetwire/fastify");
const { wireBody } = require("fleetwire/express");
const text = ${JSON.stringify(eventText)};
const hono = new Hono().post("/e", wireValidator("EventRecord"), (c) => wireJson(c, "EventRecord", c.req.valid("json")));
hono.request("/e", { method: "POST", headers: { "content-type": "application/json" }, body: text })
  .then((answer) => answer.text())
  .then((body) => {
    assert.equal(body, text);
    assert.equal(typeof fleetwire, "function");
    assert.equal(typeof wire, "function");
    assert.equal(typeof wireBody("EventRecord"), "function");
    console.log("CJS adapters ok");
  });
`,
);
process.stdout.write(node(["frameworks.cjs"], withFrameworks));
writeFileSync(
  join(withFrameworks, "consumer.ts"),
  `import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import type { EventRecord, FleetWorkerEvent } from "fleetwire";
import { sendWire, wireBody } from "fleetwire/express";
import { type FleetwireTypeProvider, wire } from "fleetwire/fastify";
import { wireJson, wireValidator } from "fleetwire/hono";

export const hono = new Hono()
  .post("/e", wireValidator("EventRecord"), (c) => {
    const event: EventRecord = c.req.valid("json");
    return wireJson(c, "EventRecord", event);
  })
  .post("/lines", wireValidator("FleetWorkerEvent", { lines: true }), (c) => {
    const events: FleetWorkerEvent[] = c.req.valid("json");
    return c.json({ count: events.length });
  });

const fastify = Fastify().withTypeProvider<FleetwireTypeProvider>();
fastify.post("/e", { schema: { body: wire("EventRecord") } }, async (request) => {
  const event: EventRecord = request.body;
  // @ts-expect-error the body is an EventRecord, not a number
  const wrong: number = request.body;
  return { sequence: event.sequence, wrong };
});

const app = express();
app.post("/e", wireBody("EventRecord"), (req, res) => {
  const event: EventRecord = req.body;
  sendWire(res, "EventRecord", event);
});
`,
);
writeFileSync(
  join(withFrameworks, "tsconfig.json"),
  JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        // The frameworks' own declarations are theirs to check; fleetwire's are checked in (b).
        skipLibCheck: true,
        target: "es2022",
        lib: ["es2022", "dom"],
        types: ["node"],
        module: "nodenext",
        moduleResolution: "nodenext",
      },
      files: ["consumer.ts"],
    },
    null,
    2,
  ),
);
step("type-check a consumer using the three adapters (c.req.valid, request.body, req.body)");
for (const compiler of compilers) {
  typecheck(compiler, withFrameworks);
  process.stdout.write(`${compiler.label}: adapters ok\n`);
}

step("consumer test passed");
