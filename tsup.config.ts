import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// One entry per public subpath; zod stays external (a peer: two copies break types).
const library = {
  index: "src/index.ts",
  runners: "src/contracts/runners.ts",
  events: "src/contracts/events.ts",
  jobtail: "src/contracts/jobtail.ts",
  dashboard: "src/contracts/dashboard.ts",
  fleet: "src/contracts/fleet.ts",
  // `import "fleetwire/precompiled"`: build-time parsers behind every schema (opt-in on a page: 5 KB gzip).
  precompiled: "src/precompiled/index.ts",
  // `fleetwire/http`: the API-edge helpers, kept out of the main entry.
  http: "src/http/index.ts",
  // The framework adapters, one subpath each so that none loads another framework (optional peers, external).
  hono: "src/hono/index.ts",
  fastify: "src/fastify/index.ts",
  express: "src/express/index.ts",
};

export default defineConfig({
  entry: {
    ...library,
    // `fleetwire` under the "node" and "workerd" export conditions: index with the build-time parsers
    // installed. Its types are index's (package.json points there), so it needs no declarations.
    server: "src/server.ts",
    // The `fleetwire` bin (package.json "bin", ESM dist/cli.js); src/cli/main.ts starts with its #! line.
    // `npm run check:compat` is its `compat` command.
    cli: "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  // Declarations for the library entries only: the bin has no API.
  dts: { entry: library },
  clean: true,
  sourcemap: false,
  target: "node20",
  external: ["zod"],
  splitting: true,
  treeshake: true,
  // `fleetwire --version`.
  define: { __FLEETWIRE_VERSION__: JSON.stringify(version) },
});
