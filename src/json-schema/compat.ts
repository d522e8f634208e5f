/**
 * Breaking-change guard: compares two fleetwire bundles (`fleetwire.schema.json`)
 * and says, in plain words, what changed and whether it breaks the contract.
 *
 * The contract has two sides: senders built from one version and readers
 * built from the other. A change is compatible only when both still work:
 * - compatible: an added optional field on an open object (readers ignore
 *   unknown keys), a known variant added to an open enum, an added type, a
 *   field that may now be absent, an object that is opened, doc changes;
 * - breaking: a removed field or type, a newly required field, anything no
 *   longer accepted (narrowed type, removed enum variant, narrowed integer
 *   range, closed object, changed pattern or format), and anything old readers
 *   refuse (a variant added to a closed enum, a field added to a closed
 *   object, a widened range, a newly nullable field), or a changed default.
 *
 * Pure functions: no files, no process.
 */
import { isJsonSchema, type JsonSchema } from "./schema-object.js";
import { classicUnions } from "./union-layout.js";

export type Severity = "breaking" | "compatible";

export interface SchemaChange {
  readonly severity: Severity;
  /** Where: `FleetRun.labels`, `FleetHostSpec[ssh].port`, `FleetRun.task_specs[]`, `LogRecord.fields{}`. */
  readonly path: string;
  /** What changed, in plain words. */
  readonly message: string;
}

const DEFS = "#/$defs/";

const show = (value: unknown) => JSON.stringify(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function defsOf(bundle: JsonSchema): Record<string, JsonSchema> {
  const defs = bundle.$defs;
  if (!isJsonSchema(defs)) throw new Error("not a fleetwire bundle: no $defs");
  return defs as Record<string, JsonSchema>;
}

/** Every change from `before` to `after`, type by type in name order. */
export function compareBundles(before: JsonSchema, after: JsonSchema): SchemaChange[] {
  // Tagged unions are compared variant by variant, in the `oneOf` layout whichever layout a bundle uses.
  const oldDefs = classicUnions(defsOf(before)) as Record<string, JsonSchema>;
  const newDefs = classicUnions(defsOf(after)) as Record<string, JsonSchema>;
  const changes: SchemaChange[] = [];
  const names = [...new Set([...Object.keys(oldDefs), ...Object.keys(newDefs)])].sort();
  for (const name of names) {
    const oldDef = oldDefs[name];
    const newDef = newDefs[name];
    if (newDef === undefined)
      changes.push({ severity: "breaking", path: name, message: `removed type \`${name}\`` });
    else if (oldDef === undefined)
      changes.push({ severity: "compatible", path: name, message: `added type \`${name}\`` });
    else compareSchema(oldDef, newDef, name, changes);
  }
  return changes;
}

/** `anyOf [T, {type: "null"}]` is T, nullable. */
function unwrapNullable(schema: JsonSchema): { inner: JsonSchema; nullable: boolean } {
  const anyOf = schema.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const nullIndex = anyOf.findIndex(
      (s) => isJsonSchema(s) && s.type === "null" && Object.keys(s).length === 1,
    );
    if (nullIndex !== -1) {
      const { anyOf: _, ...outer } = schema;
      return { inner: { ...outer, ...(anyOf[1 - nullIndex] as JsonSchema) }, nullable: true };
    }
  }
  return { inner: schema, nullable: false };
}

function types(schema: JsonSchema): string[] {
  const type = schema.type;
  return type === undefined ? [] : Array.isArray(type) ? (type as string[]) : [type as string];
}

function describe(schema: JsonSchema): string {
  if (typeof schema.$ref === "string") return `\`${schema.$ref.slice(DEFS.length)}\``;
  const t = types(schema);
  return t.length === 0 ? "any JSON value" : t.join(" or ");
}

function compareSchema(before: JsonSchema, after: JsonSchema, path: string, out: SchemaChange[]): void {
  const breaking = (message: string) => out.push({ severity: "breaking", path, message });
  const compatible = (message: string) => out.push({ severity: "compatible", path, message });

  const a = unwrapNullable(before);
  const b = unwrapNullable(after);
  if (a.nullable && !b.nullable) breaking("no longer accepts null");
  if (!a.nullable && b.nullable) breaking("may now be null: readers built from the old contract refuse null");
  const o = a.inner;
  const n = b.inner;

  if (o.$ref !== undefined || n.$ref !== undefined) {
    // A reference is compared where the referenced type is compared.
    if (o.$ref !== n.$ref) breaking(`changed type from ${describe(o)} to ${describe(n)}`);
    return compareDefault(o, n, breaking);
  }

  if (o.description !== n.description || o.title !== n.title) compatible("documentation changed");

  const oldTypes = types(o);
  const newTypes = types(n);
  if (!same(oldTypes, newTypes)) {
    if (oldTypes.length === 0) breaking(`narrowed from any JSON value to ${describe(n)}`);
    else if (newTypes.length === 0)
      breaking(`widened from ${describe(o)} to any JSON value: old readers refuse the rest`);
    else breaking(`changed type from ${describe(o)} to ${describe(n)}`);
  }
  if (!same(o.const, n.const)) breaking(`changed the constant from ${show(o.const)} to ${show(n.const)}`);
  compareEnum(o, n, breaking);
  compareExamples(o, n, compatible);
  if (o.format !== n.format) breaking(`changed format from ${show(o.format)} to ${show(n.format)}`);
  if (o.pattern !== n.pattern) breaking("changed the accepted pattern");
  compareBounds(o, n, breaking);
  compareDefault(o, n, breaking);

  if (isJsonSchema(o.items) && isJsonSchema(n.items)) compareSchema(o.items, n.items, `${path}[]`, out);
  else if (!same(o.items, n.items)) breaking("changed the array items");

  compareObject(o, n, path, out);
  compareVariants(o, n, path, out);
}

function compareEnum(o: JsonSchema, n: JsonSchema, breaking: (m: string) => void): void {
  const before = o.enum as unknown[] | undefined;
  const after = n.enum as unknown[] | undefined;
  if (before === undefined && after === undefined) return;
  if (before === undefined) return breaking(`now accepts only ${(after ?? []).map(show).join(", ")}`);
  if (after === undefined)
    return breaking("no longer limited to its variants: old readers refuse the others");
  for (const v of before) if (!after.some((w) => same(v, w))) breaking(`removed variant ${show(v)}`);
  for (const v of after) {
    if (!before.some((w) => same(v, w)))
      breaking(`added variant ${show(v)} to a closed enum: old readers refuse it`);
  }
}

/** An open enum (`FleetArtifactKind`) lists its known variants as `examples`; any string is accepted either way. */
function compareExamples(o: JsonSchema, n: JsonSchema, compatible: (m: string) => void): void {
  const before = (o.examples ?? []) as unknown[];
  const after = (n.examples ?? []) as unknown[];
  for (const v of after)
    if (!before.some((w) => same(v, w))) compatible(`added known variant ${show(v)} to an open enum`);
  for (const v of before) {
    if (!after.some((w) => same(v, w)))
      compatible(`no longer lists ${show(v)} as a known variant (still accepted)`);
  }
}

interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

function bound(schema: JsonSchema, side: "lower" | "upper"): Bound | undefined {
  const [inclusive, exclusive] =
    side === "lower" ? ["minimum", "exclusiveMinimum"] : ["maximum", "exclusiveMaximum"];
  const i = schema[inclusive] as number | undefined;
  const x = schema[exclusive] as number | undefined;
  if (i === undefined && x === undefined) return undefined;
  if (i === undefined) return { value: x as number, exclusive: true };
  if (x === undefined) return { value: i, exclusive: false };
  const tighter = side === "lower" ? x >= i : x <= i;
  return tighter ? { value: x, exclusive: true } : { value: i, exclusive: false };
}

/** Compares how far a bound reaches: positive when `b` allows more than `a` on that side. */
function reach(a: Bound | undefined, b: Bound | undefined, side: "lower" | "upper"): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const sign = side === "lower" ? -1 : 1;
  if (a.value !== b.value) return sign * (b.value > a.value ? 1 : -1);
  if (a.exclusive === b.exclusive) return 0;
  return a.exclusive ? 1 : -1;
}

function compareBounds(o: JsonSchema, n: JsonSchema, breaking: (m: string) => void): void {
  const text = (b: Bound | undefined, side: "lower" | "upper") =>
    b === undefined ? "unbounded" : `${side === "lower" ? ">" : "<"}${b.exclusive ? "" : "="} ${b.value}`;
  for (const side of ["lower", "upper"] as const) {
    const a = bound(o, side);
    const b = bound(n, side);
    const r = reach(a, b, side);
    if (r < 0) breaking(`narrowed the range: ${text(a, side)} became ${text(b, side)}`);
    if (r > 0)
      breaking(
        `widened the range: ${text(a, side)} became ${text(b, side)}; old readers refuse the new values`,
      );
  }
}

function compareDefault(o: JsonSchema, n: JsonSchema, breaking: (m: string) => void): void {
  if ("default" in o && "default" in n && !same(o.default, n.default)) {
    breaking(
      `default changed from ${show(o.default)} to ${show(n.default)}: an absent field now means something else`,
    );
  }
}

function compareObject(o: JsonSchema, n: JsonSchema, path: string, out: SchemaChange[]): void {
  const oldProps = (o.properties ?? {}) as Record<string, JsonSchema>;
  const newProps = (n.properties ?? {}) as Record<string, JsonSchema>;
  const oldRequired = new Set((o.required ?? []) as string[]);
  const newRequired = new Set((n.required ?? []) as string[]);
  const closedBefore = o.additionalProperties === false;
  const closedAfter = n.additionalProperties === false;
  const at = (key: string) => `${path}.${key}`;

  for (const key of Object.keys(oldProps)) {
    if (!Object.hasOwn(newProps, key))
      out.push({ severity: "breaking", path: at(key), message: `removed field \`${key}\`` });
  }
  for (const [key, schema] of Object.entries(newProps)) {
    const old = oldProps[key];
    if (old === undefined) {
      if (newRequired.has(key)) {
        out.push({
          severity: "breaking",
          path: at(key),
          message: `added required field \`${key}\`: messages from old senders lack it`,
        });
      } else if (closedBefore) {
        out.push({
          severity: "breaking",
          path: at(key),
          message: `added field \`${key}\` to a closed object: old readers refuse unknown fields`,
        });
      } else {
        out.push({ severity: "compatible", path: at(key), message: `added optional field \`${key}\`` });
      }
      continue;
    }
    if (!oldRequired.has(key) && newRequired.has(key)) {
      out.push({
        severity: "breaking",
        path: at(key),
        message: `field \`${key}\` is now required: messages from old senders may lack it`,
      });
    }
    if (oldRequired.has(key) && !newRequired.has(key)) {
      out.push({ severity: "compatible", path: at(key), message: `field \`${key}\` may now be absent` });
    }
    compareSchema(old, schema, at(key), out);
  }

  if (!closedBefore && closedAfter)
    out.push({
      severity: "breaking",
      path,
      message: "closed an open object: unknown fields are now refused",
    });
  if (closedBefore && !closedAfter)
    out.push({
      severity: "compatible",
      path,
      message: "opened a closed object: unknown fields are now ignored",
    });
  if (isJsonSchema(o.additionalProperties) && isJsonSchema(n.additionalProperties)) {
    compareSchema(o.additionalProperties, n.additionalProperties, `${path}{}`, out);
  } else if (
    isJsonSchema(o.additionalProperties) !== isJsonSchema(n.additionalProperties) &&
    !closedBefore &&
    !closedAfter
  ) {
    out.push({ severity: "breaking", path, message: "changed between a map and a struct" });
  }
}

/** The tag of a `oneOf` of tagged variants: the discriminator, or the one property every branch fixes with `const`. */
function tagOf(schema: JsonSchema): string | undefined {
  const discriminator = schema.discriminator;
  if (isJsonSchema(discriminator) && typeof discriminator.propertyName === "string")
    return discriminator.propertyName;
  const branches = (schema.oneOf ?? []) as JsonSchema[];
  const first = branches[0]?.properties;
  if (!isJsonSchema(first)) return undefined;
  return Object.keys(first).find((key) =>
    branches.every(
      (branch) =>
        isJsonSchema(branch.properties) &&
        isJsonSchema(branch.properties[key]) &&
        "const" in branch.properties[key],
    ),
  );
}

function variants(schema: JsonSchema, tag: string | undefined): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  ((schema.oneOf ?? []) as JsonSchema[]).forEach((branch, i) => {
    const props = branch.properties as Record<string, JsonSchema> | undefined;
    const value = tag === undefined ? undefined : props?.[tag]?.const;
    out.set(value === undefined ? `#${i}` : String(value), branch);
  });
  return out;
}

function compareVariants(o: JsonSchema, n: JsonSchema, path: string, out: SchemaChange[]): void {
  if (o.oneOf === undefined && n.oneOf === undefined) return;
  const tag = tagOf(o);
  if (tag !== tagOf(n)) {
    out.push({
      severity: "breaking",
      path,
      message: `changed the variant tag from ${show(tag)} to ${show(tagOf(n))}`,
    });
    return;
  }
  const before = variants(o, tag);
  const after = variants(n, tag);
  for (const [name, branch] of before) {
    const next = after.get(name);
    if (next === undefined)
      out.push({ severity: "breaking", path, message: `removed variant ${show(name)}` });
    else compareSchema(branch, next, `${path}[${name}]`, out);
  }
  for (const name of after.keys()) {
    if (!before.has(name)) {
      out.push({
        severity: "breaking",
        path,
        message: `added variant ${show(name)} to a closed enum: old readers refuse it`,
      });
    }
  }
}

// ---------------------------------------------------------------------------
// Versions

function parseVersion(version: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  if (m === null) throw new Error(`not a semantic version: ${JSON.stringify(version)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Whether `to` is a breaking release after `from`, as npm's `^` and Cargo
 * read versions: the leftmost non-zero component is the major one, so
 * 1.4.2 → 2.0.0 and 0.1.0 → 0.2.0 (or → 1.0.0) both are.
 */
export function isBreakingBump(from: string, to: string): boolean {
  const a = parseVersion(from);
  const b = parseVersion(to);
  const major = a[0] > 0 ? 0 : a[1] > 0 ? 1 : 2;
  for (let i = 0; i < major; i++) if (b[i] !== a[i]) return b[i]! > a[i]!;
  return b[major]! > a[major]!;
}

export interface ContractVersions {
  /** package.json's version. */
  readonly package: string;
  /** `FLEET_PROTOCOL_VERSION`. */
  readonly protocol: string;
}

export interface CompatVerdict {
  readonly ok: boolean;
  readonly breaking: number;
  readonly compatible: number;
  /** The report, one change per line, then the verdict. */
  readonly report: string;
}

export function compatVerdict(
  changes: readonly SchemaChange[],
  baseline: ContractVersions,
  current: ContractVersions,
): CompatVerdict {
  const breaking = changes.filter((c) => c.severity === "breaking").length;
  const compatible = changes.length - breaking;
  const bumped =
    isBreakingBump(baseline.package, current.package) || isBreakingBump(baseline.protocol, current.protocol);
  const lines = changes.map(
    (c) => `${c.severity === "breaking" ? "BREAKING  " : "compatible"}  ${c.path}: ${c.message}`,
  );
  const against = `the ${baseline.package} contract (protocol ${baseline.protocol})`;
  if (changes.length === 0) lines.push(`No change against ${against}.`);
  else lines.push(`${breaking} breaking, ${compatible} compatible change(s) against ${against}.`);
  const ok = breaking === 0 || bumped;
  if (breaking > 0) {
    lines.push(
      bumped
        ? `Allowed: the version is bumped for breaking changes (package ${current.package}, protocol ${current.protocol}).`
        : `Not allowed: breaking changes need a breaking version bump of the package (${current.package}) or of ` +
            "FLEET_PROTOCOL_VERSION (" +
            current.protocol +
            "), e.g. 0.1.x → 0.2.0 or 1.x → 2.0.0, and a new baseline.",
    );
  }
  return { ok, breaking, compatible, report: lines.join("\n") };
}
