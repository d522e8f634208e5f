import { z } from "zod";
import { describe, expect, test } from "vitest";
import { compiledSchema, FleetRunSchema, wireTypeNames, wireTypes } from "../../src/index.js";
import { compileOnFirstParse, compilesOnFirstParse, zodCompiles } from "../../src/serde/first-parse.js";
import { string, struct } from "../../src/serde/index.js";
import { readMutations, readValid } from "../conformance/fixtures.js";
import { outcome } from "../support/outcome.js";

type Internals = { run: unknown; bag: { fallbackRun?: unknown } };
const internals = (schema: z.core.$ZodType) => schema._zod as unknown as Internals;

/** zod 4.6's compileFn and withParser: the generated parser itself, which parse and safeParse then call directly. */
const core = z.core as { compileFn?: unknown; withParser?: unknown };
const directParser = typeof core.compileFn === "function" && typeof core.withParser === "function";

/** The golden values and every mutation JSON.parse can read: valid and invalid values of the type. */
function valuesOf(name: string): unknown[] {
  const values: unknown[] = readValid(name).map((line) => JSON.parse(line));
  for (const { input } of readMutations(name)) {
    try {
      values.push(JSON.parse(input));
    } catch {
      // a syntax mutation: nothing for a schema to see
    }
  }
  return values;
}

describe("exported schemas compile on their first parse (zod 4.5+; before that, zod's runtime as it is)", () => {
  test.each(wireTypeNames)(
    "%s compiles in zod's strict mode (no silent fallback to the slow path)",
    (name) => {
      if (zodCompiles) expect(() => z.compile(wireTypes[name].schema, { strict: true })).not.toThrow();
      else expect((z as { compile?: unknown }).compile).toBeUndefined();
    },
  );

  test.each(wireTypeNames)(
    "%s: the exported schema itself takes zod's compiled run at its first parse, with the same results and issues as zod's runtime",
    (name) => {
      const schema = wireTypes[name].schema as z.ZodType;
      // A copy has zod's runtime parser only: the reference.
      const runtime = schema.clone();
      expect(compilesOnFirstParse(runtime)).toBe(false);
      const before = internals(schema).run;
      const values = valuesOf(name);
      let rejected = 0;
      for (const value of values) {
        const result = schema.safeParse(value);
        expect(result).toEqual(runtime.safeParse(value));
        // parse: the same value, or a ZodError with the same issues.
        expect(outcome(() => schema.parse(value))).toEqual(outcome(() => runtime.parse(value)));
        // Nested in another schema, it runs through its compiled run.
        expect(z.array(schema).safeParse([value])).toEqual(z.array(runtime).safeParse([value]));
        if (!result.success) rejected++;
      }
      expect(rejected).toBeGreaterThan(0);
      expect(rejected).toBeLessThan(values.length);
      expect(compilesOnFirstParse(schema)).toBe(zodCompiles);
      if (zodCompiles) {
        // Either this test's first parse compiled it, or an earlier one did: the run is zod's compiled wrapper.
        expect(internals(schema).bag.fallbackRun).toBeTypeOf("function");
        expect(internals(schema).run).not.toBe(internals(schema).bag.fallbackRun);
      } else expect(internals(schema).run).toBe(before);
    },
  );

  test("the first parse is what compiles: a schema never parsed still has its shim", () => {
    const probe = struct("Probe", "A probe.", { name: string });
    const shim = internals(probe).run;
    expect(compilesOnFirstParse(probe)).toBe(zodCompiles);
    expect(probe.parse({ name: "x", other: 1 })).toEqual({ name: "x" });
    if (zodCompiles) expect(internals(probe).run).not.toBe(shim);
    expect(probe.safeParse({ name: 1 }).error?.issues[0]?.path).toEqual(["name"]);
  });

  test("after its first parse, parse and safeParse call zod's generated parser directly, not the schema's run (zod 4.6)", () => {
    const probe = struct("Probe", "A probe.", { name: string });
    probe.parse({ name: "a" });
    const run = internals(probe).run as (...args: unknown[]) => unknown;
    let calls = 0;
    internals(probe).run = (...args: unknown[]) => {
      calls++;
      return run(...args);
    };
    expect(probe.safeParse({ name: "b" })).toEqual({ success: true, data: { name: "b" } });
    expect(probe.parse({ name: "c" })).toEqual({ name: "c" });
    expect(calls).toBe(directParser ? 0 : 2);
    // Declined: zod's runtime decides, on a copy of the schema.
    expect(probe.safeParse({ name: 1 }).error?.issues[0]?.path).toEqual(["name"]);
    expect(() => probe.parse({})).toThrow(z.ZodError);
    expect(calls).toBe(directParser ? 0 : 4);
    // Nested in another schema, it is run.
    expect(z.array(probe).safeParse([{ name: "d" }]).success).toBe(true);
    expect(calls).toBe(directParser ? 1 : 5);
  });

  test("an async parse runs zod's runtime and leaves the first-parse compile for later", async () => {
    const probe = struct("Probe", "A probe.", { name: string });
    const shim = internals(probe).run;
    await expect(probe.parseAsync({ name: "x" })).resolves.toEqual({ name: "x" });
    expect(internals(probe).run).toBe(shim);
  });

  test("with zod's jitless setting (CSP pages), a schema keeps zod's runtime parser", () => {
    const probe = struct("Probe", "A probe.", { name: string });
    z.config({ jitless: true });
    try {
      expect(probe.parse({ name: "x" })).toEqual({ name: "x" });
      expect(probe.safeParse({}).success).toBe(false);
      expect(internals(probe).bag.fallbackRun).toBeUndefined();
    } finally {
      z.config({ jitless: false });
    }
  });

  test("a schema zod cannot compile keeps zod's runtime parser, with the same results", () => {
    type Tree = { children: Tree[] };
    // A reference cycle: z.compile refuses it in strict mode.
    const tree: z.ZodType<Tree> = compileOnFirstParse(z.object({ children: z.array(z.lazy(() => tree)) }));
    expect(tree.parse({ children: [{ children: [] }] })).toEqual({ children: [{ children: [] }] });
    expect(tree.safeParse({ children: [{}] }).error?.issues[0]?.path).toEqual(["children", 0, "children"]);
    expect(internals(tree).bag.fallbackRun).toBeUndefined();
  });
});

describe("compiledSchema", () => {
  test("is the exported schema itself for a fleetwire type", () => {
    for (const name of wireTypeNames) expect(compiledSchema(name)).toBe(wireTypes[name].schema);
    expect(compiledSchema(FleetRunSchema)).toBe(FleetRunSchema);
  });

  test("gives any other schema a copy that compiles on first parse, built once, with the same results", () => {
    const extended = FleetRunSchema.extend({ note: z.string() });
    const fast = compiledSchema(extended);
    expect(compiledSchema(extended)).toBe(fast);
    if (!zodCompiles) return expect(fast).toBe(extended);
    expect(fast).not.toBe(extended);
    expect(compilesOnFirstParse(extended)).toBe(false);
    for (const line of readValid("FleetRun")) {
      const value = { ...JSON.parse(line), note: "n" };
      expect(fast.safeParse(value)).toEqual(extended.safeParse(value));
      const { note: _, ...without } = value;
      expect(fast.safeParse(without)).toEqual(extended.safeParse(without));
    }
  });
});
