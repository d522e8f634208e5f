/**
 * JSON as a tree of text pieces, for building mutated documents: keeps key
 * order, allows repeated keys, and lets a value be any raw text (`01`, `-0`,
 * a lone-surrogate escape) that no JS value would print.
 */
import { IntegralFloat } from "../../src/serde/float-token.js";

export type Node =
  | { readonly t: "object"; entries: [string, Node][] }
  | { readonly t: "array"; items: Node[] }
  | { readonly t: "raw"; text: string };

export type Path = readonly (string | number)[];

export const raw = (text: string): Node => ({ t: "raw", text });
export const str = (text: string): Node => raw(JSON.stringify(text));

/** A tree from the lossless reader's output (bigints and integral floats keep their digits). */
export function fromValue(value: unknown): Node {
  if (value instanceof IntegralFloat) return raw(value.text);
  if (Array.isArray(value)) return { t: "array", items: value.map(fromValue) };
  if (typeof value === "object" && value !== null) {
    return { t: "object", entries: Object.entries(value).map(([k, v]) => [k, fromValue(v)]) };
  }
  if (typeof value === "bigint") return raw(value.toString());
  return raw(JSON.stringify(value));
}

export function write(node: Node): string {
  switch (node.t) {
    case "raw":
      return node.text;
    case "array":
      return `[${node.items.map(write).join(",")}]`;
    case "object":
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`).join(",")}}`;
  }
}

export function clone(node: Node): Node {
  return fromWritten(node);
}

function fromWritten(node: Node): Node {
  switch (node.t) {
    case "raw":
      return raw(node.text);
    case "array":
      return { t: "array", items: node.items.map(fromWritten) };
    case "object":
      return { t: "object", entries: node.entries.map(([k, v]) => [k, fromWritten(v)]) };
  }
}

/** The node at `path` (the last entry of a repeated key). */
export function at(node: Node, path: Path): Node | undefined {
  let current: Node | undefined = node;
  for (const segment of path) {
    if (current === undefined) return undefined;
    if (current.t === "object" && typeof segment === "string") {
      current = current.entries.findLast(([k]) => k === segment)?.[1];
    } else if (current.t === "array" && typeof segment === "number") {
      current = current.items[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/** A copy of `root` with the node at `path` replaced by `edit(node)` (`undefined` removes an object entry). */
export function edit(root: Node, path: Path, change: (node: Node) => Node | undefined): Node {
  const copy = clone(root);
  if (path.length === 0) return change(copy) ?? raw("null");
  const parent = at(copy, path.slice(0, -1));
  const last = path[path.length - 1];
  if (parent?.t === "object") {
    const index = parent.entries.findLastIndex(([k]) => k === last);
    if (index === -1) return copy;
    const next = change(parent.entries[index]![1]);
    if (next === undefined) parent.entries.splice(index, 1);
    else parent.entries[index] = [last as string, next];
  } else if (parent?.t === "array") {
    const next = change(parent.items[last as number]!);
    if (next !== undefined) parent.items[last as number] = next;
  }
  return copy;
}

/** A copy of `root` with the object at `path` changed in place by `change`. */
export function editObject(root: Node, path: Path, change: (entries: [string, Node][]) => void): Node {
  return edit(root, path, (node) => {
    if (node.t === "object") change(node.entries);
    return node;
  });
}
