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
