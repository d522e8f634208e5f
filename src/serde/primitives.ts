/** `String`, `PathBuf` and `bool`: zod's own types, with serde-style messages (built on first use: see lazy.ts). */
import { z } from "zod";
import { expected } from "./describe.js";
import { lazySchema } from "./lazy.js";
import { withMeta } from "./meta.js";

export const string = lazySchema(() =>
  withMeta(z.string({ error: expected("a string") }), { kind: "string", rust: "String" }),
);

/** `PathBuf`: serde reads and writes it as a JSON string. */
export const pathBuf = lazySchema(() =>
  withMeta(z.string({ error: expected("a path string") }), { kind: "string", rust: "PathBuf" }),
);

export const bool = lazySchema(() => withMeta(z.boolean({ error: expected("a boolean") }), { kind: "bool" }));
