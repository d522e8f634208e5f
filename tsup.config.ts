import { defineConfig } from "tsup";

// One entry per public subpath; zod stays external (a peer: two copies break types).
export default defineConfig({
  entry: {
    index: "src/index.ts",
    runners: "src/contracts/runners.ts",
    events: "src/contracts/events.ts",
    jobtail: "src/contracts/jobtail.ts",
    dashboard: "src/contracts/dashboard.ts",
    fleet: "src/contracts/fleet.ts",
    // The `fleetwire` bin (package.json "bin"); src/cli/main.ts starts with its #! line.
    cli: "src/cli/main.ts",
    // `npm run check:compat`, a maintainers' tool: built here so it runs on plain Node, not exported.
    "check-compat": "src/cli/check-compat.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "node20",
  external: ["zod"],
  splitting: true,
  treeshake: true,
});
