import type { WirePath } from "./wire-error.js";

/** RFC 6901 JSON Pointer of a wire path: `["tasks", 0, "a/b"]` → `/tasks/0/a~1b` (the root is ""). */
export function jsonPointer(path: WirePath): string {
  let out = "";
  for (const segment of path) out += `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
  return out;
}
