/**
 * Unknown fields against real serde. Golden lines get an unknown key inserted
 * at every object (one document with all of them, and one document per
 * object), and the Rust oracle says which keys serde ignored, two ways:
 *
 * - serde_ignored (`serde-conformance ignored`): the paths it calls back
 *   with. It sees a key only when serde ignores it on the wrapped
 *   deserializer, so it is blind inside what serde buffers first: an
 *   internally tagged enum and a struct with `#[serde(flatten)]` (there serde
 *   drops the key from its buffer, where no wrapper can see it);
 * - probes (`serde-conformance check`): a key is ignored when serde's reading
 *   does not depend on its value at all: with the value replaced by an object
 *   and by a string, serde accepts both and writes the same bytes as for the
 *   document itself. No field type takes both an object and a string to the
 *   same output (a `Value` keeps what it read; maps, structs, strings and enums
 *   refuse one of the two), so this is exactly "serde ignored it", at every depth.
 *
 * fleetwire's `"report"` must list exactly the probes' set; serde_ignored's
 * paths must be that set minus the keys inside a tagged enum or flattened
 * struct (checked, so the blind spot is the only difference); `"reject"` must
 * refuse exactly the documents with a non-empty set.
 */
import { encodeJson, formatPath, safeDecodeJson } from "../../src/codec/index.js";
import { parseJsonText } from "../../src/codec/text-parser.js";
import { type WireTypeName, wireTypes } from "../../src/registry.js";
import type { AnySchema } from "../../src/serde/meta.js";
import { isPlainObject } from "../../src/serde/json-value.js";
import { shapeOf } from "../../src/serde/shape.js";
import { edit, fromValue, type Node, type Path, raw, write } from "./json-ast.js";
import { check, ignored } from "./oracle.js";

export interface UnknownFieldCase {
  /** Which golden line, and where the unknown key went (`*` for every object). */
  readonly name: string;
  readonly input: string;
  readonly serde: "accept" | "reject";
  /** serde's re-encoding, when it accepts. */
  readonly output?: string;
  /** Every key serde ignored (probed), as fleetwire paths, sorted. */
  readonly ignored?: readonly string[];
  /** What serde_ignored called back with, as fleetwire paths, sorted. */
  readonly serdeIgnored?: readonly string[];
}

const UNKNOWN_KEY = "zz_newer_field";
/** Values for inserted keys, taken in turn; a map's own entries are copied instead, so the document stays valid. */
const VALUES = ["1", '{"nested":{"list":[1,{"deep":null}]}}', '"text"', "[true,null]"];
const PROBE_OBJECT = '{"probe":[1,{"x":null}]}';
const PROBE_STRING = '"probe"';

/** Every object in the tree, by path. */
function objectPaths(node: Node, path: Path, out: Path[]): void {
  if (node.t === "object") {
    out.push(path);
    for (const [key, child] of node.entries) objectPaths(child, [...path, key], out);
  } else if (node.t === "array") {
    node.items.forEach((child, i) => {
      objectPaths(child, [...path, i], out);
    });
  }
}

/** Every key in the tree, by path. */
function keyPaths(node: Node, path: Path, out: Path[]): void {
  if (node.t === "object") {
    for (const [key, child] of node.entries) {
      out.push([...path, key]);
      keyPaths(child, [...path, key], out);
    }
  } else if (node.t === "array") {
    node.items.forEach((child, i) => {
      keyPaths(child, [...path, i], out);
    });
  }
}

/** The value an inserted key gets: a copy of a sibling's (valid if the object is a map), or one of VALUES. */
function insertedValue(object: Node, turn: number): Node {
  if (object.t === "object" && object.entries.length > 0 && turn % 2 === 0) {
    return fromValue(parseJsonText(write(object.entries[0]![1])).value);
  }
  return raw(VALUES[turn % VALUES.length]!);
}

function insertAt(root: Node, path: Path, turn: number): Node {
  return edit(root, path, (node) => {
    if (node.t === "object") node.entries.push([UNKNOWN_KEY, insertedValue(node, turn)]);
    return node;
  });
}

interface Draft {
  name: string;
  root: Node;
  /** Keys whose value is probed: all of them, or only the inserted one. */
  probe: Path[];
}

/**
 * The documents for the golden lines: per line, one with every object given a
 * key, and one per object. With `distinct`, an object path (indices folded) gets
 * its own document once, on the first line that has it (the committed corpus).
 */
export function unknownFieldDrafts(lines: readonly string[], distinct = false): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  lines.forEach((line, n) => {
    const root = fromValue(parseJsonText(line).value);
    const objects: Path[] = [];
    objectPaths(root, [], objects);
    if (objects.length === 0) return;
    let everywhere = root;
    objects.forEach((path, turn) => {
      everywhere = insertAt(everywhere, path, turn + n);
    });
    const keys: Path[] = [];
    keyPaths(everywhere, [], keys);
    drafts.push({ name: `line ${n + 1} *`, root: everywhere, probe: keys });
    objects.forEach((path, turn) => {
      const folded = JSON.stringify(path.map((s) => (typeof s === "number" ? 0 : s)));
      if (distinct && seen.has(folded)) return;
      seen.add(folded);
      drafts.push({
        name: `line ${n + 1} ${formatPath(path) || "(root)"}`,
        root: insertAt(root, path, turn + n + 1),
        probe: [[...path, UNKNOWN_KEY]],
      });
    });
  });
  return drafts;
}

const sorted = (paths: Iterable<string>) => [...paths].sort();

/** serde's verdicts, serde_ignored's paths and the probed set, for each draft. */
export function unknownFieldCases(
  type: WireTypeName,
  lines: readonly string[],
  distinct = false,
): UnknownFieldCase[] {
  const drafts = unknownFieldDrafts(lines, distinct);
  const inputs = drafts.map((d) => write(d.root));
  const verdicts = check(type, inputs);
  const fromIgnored = ignored(type, inputs);
  const probes: string[] = [];
  const owners: { draft: number; path: Path }[] = [];
  drafts.forEach((draft, i) => {
    if (!verdicts[i]!.accept) return;
    for (const path of draft.probe) {
      for (const probe of [PROBE_OBJECT, PROBE_STRING])
        probes.push(write(edit(draft.root, path, () => raw(probe))));
      owners.push({ draft: i, path });
    }
  });
  const probed = check(type, probes);
  const found = drafts.map((): Path[] => []);
  owners.forEach(({ draft, path }, k) => {
    const verdict = verdicts[draft]!;
    const [a, b] = [probed[2 * k]!, probed[2 * k + 1]!];
    if (verdict.accept && a.accept && b.accept && a.output === verdict.output && b.output === verdict.output)
      found[draft]!.push(path);
  });
  // A key inside an ignored key's value is ignored with it, not on its own: serde never looks at it.
  const outermost = (paths: Path[]) =>
    paths.filter(
      (path) => !paths.some((other) => other.length < path.length && other.every((s, i) => s === path[i])),
    );
  return drafts.map((draft, i) => {
    const verdict = verdicts[i]!;
    if (!verdict.accept) return { name: draft.name, input: inputs[i]!, serde: "reject" };
    const seen = fromIgnored[i]!;
    return {
      name: draft.name,
      input: inputs[i]!,
      serde: "accept",
      output: verdict.output,
      ignored: sorted(outermost(found[i]!).map(formatPath)),
      serdeIgnored: seen.accept ? sorted(seen.paths.map(formatPath)) : [`(serde_ignored: ${seen.error})`],
    };
  });
}

/** Whether the path goes through an internally tagged enum or a flattened struct (serde_ignored's blind spot). */
export function insideTaggedEnum(schema: AnySchema, path: Path): boolean {
  let current = schema;
  for (let i = 0; ; ) {
    const shape = shapeOf(current);
    switch (shape.kind) {
      case "tagged":
        return true;
      case "option":
      case "default":
        current = shape.inner;
        continue;
      default:
        break;
    }
    if (i >= path.length) return false;
    const segment = path[i++]!;
    if (shape.kind === "vec") current = shape.item;
    else if (shape.kind === "map") current = shape.value;
    else if (shape.kind === "struct") {
      const field = shape.fields.find(([key]) => key === segment);
      if (field === undefined) return false;
      current = field[1];
    } else return false;
  }
}

export interface UnknownFieldsTally {
  documents: number;
  serdeAccepted: number;
  /** Documents where serde ignored at least one key. */
  withUnknown: number;
  /** Ignored keys in all documents (probed). */
  ignoredKeys: number;
  /** Of those, the ones serde_ignored called back with. */
  seenBySerdeIgnored: number;
  /** Documents serde_ignored 0.1.2 cannot read (a u128 field). */
  serdeIgnoredUnreadable: number;
  reportAgrees: number;
  rejectAgrees: number;
  dropIdentical: number;
  problems: string[];
}

export const emptyUnknownFieldsTally = (): UnknownFieldsTally => ({
  documents: 0,
  serdeAccepted: 0,
  withUnknown: 0,
  ignoredKeys: 0,
  seenBySerdeIgnored: 0,
  serdeIgnoredUnreadable: 0,
  reportAgrees: 0,
  rejectAgrees: 0,
  dropIdentical: 0,
  problems: [],
});

const MAX_PROBLEMS = 20;
const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * fleetwire's three modes against the recorded serde results of each case.
 * The committed corpus is replayed by `npm test`, the fresh one by `npm run conformance`.
 */
export function compareUnknownFields(
  type: WireTypeName,
  cases: readonly UnknownFieldCase[],
  tally: UnknownFieldsTally,
): void {
  const schema = wireTypes[type].schema as AnySchema;
  const problem = (c: UnknownFieldCase, text: string) => {
    if (tally.problems.length < MAX_PROBLEMS) tally.problems.push(clip(`${c.name}: ${text}`));
  };
  for (const c of cases) {
    tally.documents++;
    const report = safeDecodeJson(type, c.input, { unknownFields: "report" });
    const reject = safeDecodeJson(type, c.input, { unknownFields: "reject" });
    const drop = safeDecodeJson(type, c.input, { unknownFields: "drop" });
    if (c.serde === "reject") {
      if (report.ok || reject.ok || drop.ok) problem(c, "serde rejects; fleetwire accepts");
      else {
        tally.reportAgrees++;
        tally.rejectAgrees++;
        tally.dropIdentical++;
      }
      continue;
    }
    tally.serdeAccepted++;
    const truth = c.ignored ?? [];
    const seen = c.serdeIgnored ?? [];
    tally.ignoredKeys += truth.length;
    if (truth.length > 0) tally.withUnknown++;
    // serde_ignored sees exactly the ignored keys outside tagged enums and flattened structs
    // (0.1.2 cannot read a u128: its wrapper does not forward deserialize_u128).
    const visible = truth.filter((path) => !insideTaggedEnum(schema, pathOf(c.input, path)));
    if (seen.length === 1 && seen[0]!.startsWith("(serde_ignored: u128 is not supported"))
      tally.serdeIgnoredUnreadable++;
    else if (!same(visible, seen))
      problem(c, `serde_ignored saw ${JSON.stringify(seen)}, probes ${JSON.stringify(truth)}`);
    else tally.seenBySerdeIgnored += seen.length;
    if (!report.ok) problem(c, `"report" refused: ${report.error.message}`);
    else if (!same(sorted(report.unknownFields ?? []), truth))
      problem(
        c,
        `"report" listed ${JSON.stringify(report.unknownFields)}, serde ignored ${JSON.stringify(truth)}`,
      );
    else tally.reportAgrees++;
    if (reject.ok === (truth.length === 0)) tally.rejectAgrees++;
    else problem(c, `"reject" ${reject.ok ? "accepted" : "refused"}; serde ignored ${JSON.stringify(truth)}`);
    // "drop" reads what serde reads: the same bytes back; so does the default, except where a closed struct refuses.
    const byDefault = safeDecodeJson(type, c.input);
    if (!drop.ok) problem(c, `"drop" refused: ${drop.error.message}`);
    else if (encodeJson(type, drop.value as never) !== c.output)
      problem(c, `"drop" re-encodes differently from serde`);
    else if (
      byDefault.ok
        ? encodeJson(type, byDefault.value as never) !== c.output
        : !byDefault.error.expected.startsWith("unknown field")
    )
      problem(c, `the default reading differs from "drop"`);
    else tally.dropIdentical++;
  }
}

/** The path segments of a formatted path, found again in the document (keys may hold dots). */
function pathOf(input: string, formatted: string): Path {
  const out: (string | number)[] = [];
  const search = (value: unknown, path: (string | number)[]): boolean => {
    if (formatPath(path) === formatted) {
      out.push(...path);
      return true;
    }
    if (Array.isArray(value)) return value.some((item, i) => search(item, [...path, i]));
    if (isPlainObject(value))
      return Object.entries(value).some(([key, item]) => search(item, [...path, key]));
    return false;
  };
  search(parseJsonText(input).value, []);
  return out;
}
