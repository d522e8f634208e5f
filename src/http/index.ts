/**
 * `fleetwire/http`: API-edge helpers, framework-agnostic. Read a request body
 * as a wire type with the lossless codec, under a size limit, and get the
 * typed value or a ready-to-send RFC 9457 problem (400 with the path, 413,
 * 415). Fetch API `Request`s (Hono, Next.js, Deno, Bun) and Node `IncomingMessage`s.
 */
import { installPrecompiledParsers } from "../precompiled/install.js";
export {
  DEFAULT_LIMIT,
  JSON_TYPES,
  LINES_TYPES,
  type ReadWireBodyOptions,
  type WireBodyFailure,
  type WireBodyResult,
  type WireLinesResult,
} from "./body.js";
export { readWireBody } from "./fetch.js";
export { type NodeRequestLike, type NodeResponseLike, readWireBodyFromNode, writeProblem } from "./node.js";
export { jsonPointer } from "../codec/pointer.js";
export {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPES,
  problemResponse,
  type ProblemStatus,
  type WireProblem,
  type WireProblemError,
  wireLinesProblem,
  wireProblem,
} from "./problem.js";

// Server code: every fleetwire schema parses with the build-time parsers (as `fleetwire` does on Node).
installPrecompiledParsers();
