/**
 * `import "fleetwire/precompiled"`: every fleetwire schema parses with a
 * parser generated at build time (src/compiled/parsers.ts) instead of zod's
 * code generated at its first parse, as `import "zod/compile"` does for
 * zod's own. Faster (`npm run bench`), no first-use cost, and no
 * `new Function`: the fast path also on Cloudflare Workers, Deno Deploy,
 * strict-CSP pages and under `z.config({ jitless: true })`.
 *
 * Results and errors stay zod's: a parser returns exactly what zod's runtime
 * builds for a valid value, or gives up and the runtime decides
 * (test/compiled/parsers.test.ts holds every type to it). Needs zod 4.6+
 * (`withParser`); on older zod, and for a schema already parsed before the
 * import, nothing changes. Servers have them without this import (src/server.ts,
 * and the server subpaths); a page opts in, as they add about 5.6 KB gzip.
 * package.json declares this module's side effect, so bundlers keep the bare
 * import; the call stays in this entry's own file.
 */
import { installPrecompiledParsers } from "./install.js";

/** Whether this zod takes the build-time parsers (4.6 on); before that, schemas keep what they had. */
export const precompiled: boolean = installPrecompiledParsers();
