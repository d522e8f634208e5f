import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npm run test:browser`: the tests that need Debian's Chromium (/usr/bin/chromium, which .ci/run installs),
// kept out of `npm test` so that it passes after `npm ci` alone.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/browser/**/*.chromium.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
