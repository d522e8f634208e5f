/**
 * Mutations of golden documents, each breaking (or bending) one wire rule.
 * Sites are found by walking a golden value with its schema, so every field
 * kind of every type gets the mutations that probe its rules.
 */
import { parseJsonText } from "../../src/codec/text-parser.js";
import type { AnySchema } from "../../src/serde/meta.js";
import { shapeOf } from "../../src/serde/shape.js";
import type { DecisionId, RuleId } from "../support/rules.js";
import { at, edit, editObject, fromValue, type Node, type Path, raw, str, write } from "./json-ast.js";

export interface Mutation {
  /** The rule it probes (test/support/rules.ts). */
  readonly rule: RuleId;
  /** Short name, stable across runs. */
  readonly name: string;
  readonly decision?: DecisionId;
  readonly input: string;
}

type Site =
  | { kind: "int"; rust: string; path: Path }
  | {
      kind: "u128" | "datetime" | "string" | "bool" | "value" | "map" | "vec" | "open_enum";
      path: Path;
      rust?: string;
    }
  | { kind: "float"; rust: string; path: Path }
  | { kind: "unit_enum"; path: Path; variants: string[] }
  | { kind: "struct"; path: Path; fields: string[]; required: string[]; tag?: string; closed: boolean }
  | { kind: "field"; path: Path; optional: boolean };

/** Whether serde needs this field present (not Option, not defaulted). */
function isRequiredField(schema: AnySchema): boolean {
  const kind = shapeOf(schema).kind;
  return kind !== "option" && kind !== "default";
}

function collectSites(schema: AnySchema, value: unknown, path: Path, sites: Site[]): void {
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case "option":
      if (value !== null && value !== undefined) collectSites(shape.inner, value, path, sites);
      return;
    case "default":
      collectSites(shape.inner, value, path, sites);
      return;
    case "int":
    case "float":
      sites.push({ kind: shape.kind, rust: shape.rust, path });
      return;
    case "u128":
    case "datetime":
    case "bool":
    case "value":
      sites.push({ kind: shape.kind, path });
      return;
    case "string":
      sites.push({ kind: shape.knownVariants === undefined ? "string" : "open_enum", path });
      return;
    case "unit_enum":
      sites.push({ kind: "unit_enum", path, variants: [...shape.variants] });
      return;
    case "map":
      sites.push({ kind: "map", path });
      for (const [key, item] of Object.entries(value as object))
        collectSites(shape.value, item, [...path, key], sites);
      return;
    case "vec":
      sites.push({ kind: "vec", path });
      for (const [i, item] of (value as unknown[]).entries())
        collectSites(shape.item, item, [...path, i], sites);
      return;
    case "struct": {
      const fields = shape.fields.map(([key]) => key);
      const tag = shape.fields.find(([, field]) => shapeOf(field).kind === "literal")?.[0];
      sites.push({
        kind: "struct",
        path,
        fields,
        required: shape.fields.filter(([, f]) => isRequiredField(f)).map(([k]) => k),
        tag,
        closed: shape.closed,
      });
      for (const [field, fieldSchema] of shape.fields) {
        const item = (value as Record<string, unknown>)[field];
        if (item === undefined || field === tag) continue;
        sites.push({ kind: "field", path: [...path, field], optional: !isRequiredField(fieldSchema) });
        collectSites(fieldSchema, item, [...path, field], sites);
      }
      return;
    }
    case "tagged": {
      const variant = shape.variants.get((value as Record<string, unknown>)[shape.tag] as string);
      if (variant !== undefined) collectSites(variant, value, path, sites);
      return;
    }
    case "literal":
      return;
  }
}

const INT_BOUNDS: Record<string, [string, string]> = {
  u16: ["0", "65535"],
  u32: ["0", "4294967295"],
  i32: ["-2147483648", "2147483647"],
  u64: ["0", "18446744073709551615"],
  usize: ["0", "18446744073709551615"],
};

const plusOne = (digits: string) => (BigInt(digits) + 1n).toString();
const minusOne = (digits: string) => (BigInt(digits) - 1n).toString();

interface Candidate {
  readonly rule: RuleId;
  readonly name: string;
  readonly decision?: DecisionId;
  readonly root: Node | string;
}

/** Every mutation of one site. */
function mutationsOf(site: Site, root: Node): Candidate[] {
  const out: Candidate[] = [];
  const put = (rule: RuleId, name: string, node: Node, decision?: DecisionId) => {
    out.push({ rule, name, decision, root: edit(root, site.path, () => node) });
  };
  switch (site.kind) {
    case "field": {
      out.push({
        rule: "R4",
        name: site.optional ? "drop optional field" : "drop required field",
        root: edit(root, site.path, () => undefined),
      });
      put("R4", "field set to null", raw("null"));
      const parentPath = site.path.slice(0, -1);
      const key = site.path[site.path.length - 1] as string;
      const value = at(root, site.path) as Node;
      out.push({
        rule: "R6",
        name: "duplicated field",
        root: editObject(root, parentPath, (entries) => entries.push([key, value])),
      });
      return out;
    }
    case "struct": {
      out.push({
        rule: "R5",
        name: "unknown field added",
        decision: site.closed ? "D1" : undefined,
        root: editObject(root, site.path, (entries) =>
          entries.push(["zz_unknown_field", raw('{"a":[1,2.5]}')]),
        ),
      });
      out.push({
        rule: "R12",
        name: "deep unknown field",
        decision: site.closed ? "D1" : "D6",
        root: editObject(root, site.path, (entries) =>
          entries.push(["zz_deep_unknown", raw(`${"[".repeat(200)}${"]".repeat(200)}`)]),
        ),
      });
      if (site.tag !== undefined) {
        const tag = site.tag;
        out.push({
          rule: "R2",
          name: "tag moved last",
          root: editObject(root, site.path, (entries) => {
            const i = entries.findIndex(([k]) => k === tag);
            entries.push(...entries.splice(i, 1));
          }),
        });
        const node = at(root, site.path);
        const tagValue = node?.t === "object" ? node.entries.find(([k]) => k === tag)?.[1] : undefined;
        if (tagValue?.t === "raw") {
          const name = JSON.parse(tagValue.text) as string;
          const capitalized = name.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
          put("R1", "tag in Rust casing", editObjectNode(node!, tag, str(capitalized)));
          put("R2", "unknown tag", editObjectNode(node!, tag, str("bogus_variant")));
          put("R2", "tag missing", removeKey(node!, tag));
        }
      } else {
        const node = at(root, site.path);
        if (node?.t === "object") {
          put(
            "R13",
            "struct as positional array",
            {
              t: "array",
              items: site.fields
                .filter((f) => node.entries.some(([k]) => k === f))
                .map((f) => node.entries.find(([k]) => k === f)![1]),
            },
            "D7",
          );
        }
      }
      put("R13", "struct as string", str("x"));
      return out;
    }
    case "int": {
      const [min, max] = INT_BOUNDS[site.rust] as [string, string];
      const rule = "R7";
      put(rule, "max", raw(max), site.rust === "u64" || site.rust === "usize" ? "D2" : undefined);
      put(rule, "max + 1", raw(plusOne(max)));
      put(rule, "min", raw(min));
      put(rule, "min − 1", raw(minusOne(min)));
      put(rule, "float token 1.0", raw("1.0"));
      put(rule, "exponent 1e2", raw("1e2"));
      put(rule, "minus zero", raw("-0"));
      put(rule, "string digits", str("8080"));
      put(rule, "leading zero", raw("01"));
      put(rule, "plus sign", raw("+1"));
      if (site.rust === "u64" || site.rust === "usize") {
        put(rule, "2^53 − 1", raw("9007199254740991"));
        put(rule, "2^53", raw("9007199254740992"), "D2");
      }
      return out;
    }
    case "u128": {
      const rule = "R7";
      put(rule, "u128 max", raw((2n ** 128n - 1n).toString()));
      put(rule, "u128 max + 1", raw((2n ** 128n).toString()));
      put(rule, "realistic nanos", raw("1800000000123456789"));
      put(rule, "negative", raw("-1"));
      put(rule, "float token", raw("1.0"));
      put(rule, "string digits", str("1800000000123456789"));
      return out;
    }
    case "float": {
      const rule = "R8";
      put(rule, "integer token", raw("1"));
      put(rule, "big exponent", raw("1e400"));
      put(rule, "tiny", raw("5e-324"));
      put(rule, "minus zero", raw("-0.0"));
      put(rule, "string", str("1.5"));
      if (site.rust === "f32") {
        put(rule, "f32 overflow", raw("1e39"), "D3");
        put(rule, "f32 max", raw("3.4028235e38"));
        put(rule, "2^24 + 1", raw("16777217"));
        put(rule, "many digits", raw("0.30000001192092896"));
      } else {
        put(rule, "f64 max", raw("1.7976931348623157e308"));
        put(rule, "integer beyond u64", raw("123456789012345678901234567890"));
      }
      return out;
    }
    case "datetime": {
      const rule = "R9";
      const cases: [string, string, DecisionId?][] = [
        ["offset +09:00", "2026-05-20T21:00:00.5+09:00"],
        ["space separator", "2026-05-20 12:00:00Z"],
        ["lowercase z", "2026-05-20T12:00:00z"],
        ["lowercase t", "2026-05-20t12:00:00Z"],
        ["leap second", "2026-12-31T23:59:60Z"],
        ["leap second through offset", "2027-01-01T00:59:60+01:00"],
        ["ten fraction digits", "2026-05-20T12:00:00.1234567891Z"],
        ["no offset", "2026-05-20T12:00:00"],
        ["February 30", "2026-02-30T00:00:00Z"],
        ["offset hour 24", "2026-05-20T12:00:00+24:00", "D4"],
        ["offset without colon", "2026-05-20T12:00:00+0900", "D4"],
        ["UTC suffix", "2026-05-20T12:00:00 UTC", "D4"],
        ["unpadded month", "2026-5-20T12:00:00Z", "D4"],
        ["five-digit year", "+10000-01-01T00:00:00Z", "D4"],
        ["year zero shifted below", "0000-01-01T00:00:00+01:00", "D4"],
        ["year 9999 shifted above", "9999-12-31T23:30:00-01:00", "D4"],
        ["date only", "2026-05-20"],
        ["number", ""],
      ];
      for (const [name, text, decision] of cases)
        put(rule, name, name === "number" ? raw("1779278400") : str(text), decision);
      return out;
    }
    case "string": {
      const rule = "R10";
      put(rule, "lone leading surrogate escape", raw('"\\ud800"'));
      put(rule, "lone trailing surrogate escape", raw('"a\\udc00b"'));
      put(rule, "surrogate pair escape", raw('"\\ud83d\\ude00"'));
      put(rule, "raw control character", raw('"a\u0001b"'));
      put(rule, "escaped slash and unicode", raw('"\\/\\u00e9\\u0000"'));
      put(rule, "number instead", raw("1"));
      return out;
    }
    case "bool":
      put("R13", "string instead of bool", str("true"));
      put("R13", "number instead of bool", raw("1"));
      return out;
    case "unit_enum": {
      const variant = site.variants[0] as string;
      const rule = "R1";
      put(rule, "Rust casing", str(variant.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())));
      put(rule, "unknown variant", str("bogus"));
      put("R13", "unit variant as object", raw(`{${JSON.stringify(variant)}:null}`), "D8");
      return out;
    }
    case "open_enum":
      put("R11", "other kind", str("coverage.xml"));
      put("R11", "known name in other casing", str("Log"));
      put("R11", "empty", str(""));
      put("R11", "number", raw("7"));
      return out;
    case "value": {
      const rule = "R12";
      put(rule, "duplicate key inside", raw('{"a":1,"a":2.5}'));
      put(rule, "integer 2^64 − 1", raw("18446744073709551615"));
      put(rule, "integer −2^63", raw("-9223372036854775808"));
      put(rule, "integer 2^64", raw("18446744073709551616"), "D5");
      put(rule, "integral float", raw("[3.0,-0.0,1e2]"));
      put(rule, "deep nesting", raw(`${"[".repeat(140)}${"]".repeat(140)}`));
      put(rule, "lone surrogate inside", raw('{"k":"\\udfff"}'));
      return out;
    }
    case "map":
      put("R6", "duplicate map key", raw('{"k":"1","k":"2"}'));
      put("W3", "proto key", raw('{"__proto__":"x","10":"y","9":"z"}'));
      put("R13", "map as array", raw("[]"));
      return out;
    case "vec":
      put("R13", "vec as object", raw("{}"));
      return out;
  }
}

function editObjectNode(node: Node, key: string, value: Node): Node {
  if (node.t !== "object") return node;
  return { t: "object", entries: node.entries.map(([k, v]) => [k, k === key ? value : v]) };
}

function removeKey(node: Node, key: string): Node {
  if (node.t !== "object") return node;
  return { t: "object", entries: node.entries.filter(([k]) => k !== key) };
}

/** Document-level mutations. */
function documentMutations(line: string): Candidate[] {
  return [
    { rule: "R14", name: "trailing characters", root: `${line} x` },
    { rule: "R14", name: "trailing whitespace", root: `\t${line}\r \t` },
    { rule: "R14", name: "two documents", root: `${line}${line}` },
    { rule: "R15", name: "byte order mark", root: `\ufeff${line}` },
    { rule: "R15", name: "empty", root: "" },
    { rule: "R13", name: "null document", root: "null" },
  ];
}

/** Paths with indices and map keys folded, so each field path × mutation is kept once. */
function shapeKey(candidate: Candidate, site: Site): string {
  return `${candidate.name}@${site.kind}:${site.path.map((s) => (typeof s === "number" ? "[]" : s)).join(".")}`;
}

/**
 * Mutations of the golden lines of one type: each distinct (mutation, field
 * path) once, taking the first golden line that has the site.
 */
export function mutate(schema: AnySchema, goldenLines: readonly string[]): Mutation[] {
  const seen = new Set<string>();
  const out: Mutation[] = [];
  const add = (candidate: Candidate, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const input = typeof candidate.root === "string" ? candidate.root : write(candidate.root);
    out.push({
      rule: candidate.rule,
      name: candidate.name,
      ...(candidate.decision ? { decision: candidate.decision } : {}),
      input,
    });
  };
  for (const candidate of documentMutations(goldenLines[0] as string))
    add(candidate, `${candidate.name}@document`);
  for (const line of goldenLines) {
    const value = parseJsonText(line).value;
    const root = fromValue(value);
    const sites: Site[] = [];
    collectSites(schema, value, [], sites);
    for (const site of sites) {
      for (const candidate of mutationsOf(site, root)) add(candidate, shapeKey(candidate, site));
    }
  }
  return out;
}
