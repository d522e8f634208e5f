/** `String`, `PathBuf` and `bool`: zod's own types, with serde-style messages. */
import { z } from "zod";
import { expected } from "./describe.js";
import { withMeta } from "./meta.js";

export const string = withMeta(z.string({ error: expected("a string") }), { kind: "string", rust: "String" });

/** `PathBuf`: serde reads and writes it as a JSON string. */
export const pathBuf = withMeta(z.string({ error: expected("a path string") }), {
  kind: "string",
  rust: "PathBuf",
});

export const bool = withMeta(z.boolean({ error: expected("a boolean") }), { kind: "bool" });
