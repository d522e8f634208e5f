/**
 * The registry against the Rust copy of the wire types in test/rust-oracle/:
 * the same 47 names, in the order of the oracle's one list (`wire_types!` in
 * src/types.rs, which follows the seeds' README), each declared as a
 * `pub struct` or `pub enum` in the module that list points to.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { wireTypeNames, wireTypes } from "../../src/index.js";
import { namedMetaOf } from "../../src/serde/meta.js";

const oracleSrc = new URL("../rust-oracle/src/", import.meta.url);
const readOracle = (path: string) => readFileSync(new URL(path, oracleSrc), "utf8");

/** `Name => crate::module::Name` entries of the `wire_types!` invocation, in order. */
function oracleList(): { name: string; module: string }[] {
  const types = readOracle("types.rs");
  const body = types.slice(types.indexOf("wire_types! {"));
  const list = body.slice(0, body.indexOf("\n}"));
  return [...list.matchAll(/^\s*(\w+)\s*=>\s*crate::([\w:]+)::(\w+),?\s*$/gm)].map(
    ([, name, module, last]) => {
      expect(last, `${name} is listed under its own name`).toBe(name);
      return { name: name as string, module: module as string };
    },
  );
}

/** The `pub struct` / `pub enum` names a Rust module of the oracle declares (`a::b` is src/a/b.rs). */
function declaredIn(module: string): string[] {
  const text = readOracle(`${module.replaceAll("::", "/")}.rs`);
  return [...text.matchAll(/^pub (?:struct|enum) (\w+)/gm)].map(([, name]) => name as string);
}

describe("wireTypes", () => {
  test("has exactly the 47 Rust names of the oracle's list, in its order", () => {
    const listed = oracleList().map((entry) => entry.name);
    expect(listed).toHaveLength(47);
    expect(wireTypeNames).toEqual(listed);
  });

  test("the oracle's list names every type its wire modules declare, each in the module it points to", () => {
    const list = oracleList();
    const modules = [...new Set(list.map((entry) => entry.module))];
    const declared = new Map(modules.map((module) => [module, declaredIn(module)]));
    for (const { name, module } of list) expect(declared.get(module), name).toContain(name);
    expect(
      modules
        .flatMap((module) => declared.get(module) ?? [])
        .filter((name) => !list.some((entry) => entry.name === name)),
    ).toEqual([]);
  });

  test("each entry's key is the name its schema was declared with", () => {
    for (const name of wireTypeNames) {
      expect(namedMetaOf(wireTypes[name].schema)?.name).toBe(name);
    }
  });
});
