/**
 * `fleetwire` on a server: what `import "fleetwire"` resolves to under the
 * "node" export condition (Node, Deno, Bun) and "workerd" (Cloudflare
 * Workers). The main entry, with the build-time parsers behind every schema
 * (`fleetwire/precompiled`): a server pays no bundle size for them, and gets
 * faster parsing, no code generation at a schema's first parse, and the fast
 * path where `new Function` is refused. Browsers and other bundles resolve to
 * ./index.ts and keep the parsers opt-in. package.json declares this module's
 * side effect.
 */
import { installPrecompiledParsers } from "./precompiled/install.js";

export * from "./index.js";

installPrecompiledParsers();
