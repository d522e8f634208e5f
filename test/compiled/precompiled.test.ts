/**
 * `import "fleetwire/precompiled"`: every exported schema, at its first
 * parse, takes its build-time parser (src/compiled/parsers.ts) instead of
 * zod's generated code, with zod's results and issues, also where code
 * generation is refused (a child process with V8's
 * `--disallow-code-generation-from-strings`, what a strict CSP and Workers
 * do) and under `jitless`. On zod before 4.6 (no `withParser`) it changes nothing.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import "../../src/precompiled/index.js";
import { parseJsonText } from "../../src/codec/text-parser.js";
import { compiledParsers } from "../../src/compiled/parsers.js";
import { compiledSchema, FleetRunSchema, wireTypeNames, wireTypes } from "../../src/index.js";
import { vec } from "../../src/serde/index.js";
import { precompiled } from "../../src/precompiled/index.js";
import { zodTakesParsers } from "../../src/serde/first-parse.js";
import { readValid } from "../conformance/fixtures.js";
import { readableTexts } from "../support/corpus.js";
import { outcome } from "../support/outcome.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const validator = (schema: z.core.$ZodType) => (schema._zod.bag as { validator?: unknown }).validator;

/** Golden lines and mutations, each as JSON.parse and as the exact reader reads it (a fresh value per call). */
function inputsOf(name: string): (() => unknown)[] {
  return readableTexts(name).flatMap((text) => [() => JSON.parse(text), () => parseJsonText(text).value]);
}

describe("fleetwire/precompiled", () => {
  test("takes effect exactly where zod installs a parser built elsewhere (4.6 on)", () => {
    expect(precompiled).toBe(zodTakesParsers);
    expect(zodTakesParsers).toBe(typeof (z.core as { withParser?: unknown }).withParser === "function");
  });

  test("under jitless, the first parse still installs the build-time parser (it generates no code)", () => {
    const schema = wireTypes.FleetScore.schema as z.ZodType;
    z.config({ jitless: true });
    try {
      const [line] = readValid("FleetScore");
      expect(schema.safeParse(JSON.parse(line as string)).success).toBe(true);
    } finally {
      z.config({ jitless: false });
    }
    if (zodTakesParsers) expect(validator(schema)).toBe(compiledParsers.FleetScore);
    else expect(validator(schema)).not.toBe(compiledParsers.FleetScore);
  });

  test("a plain array of a wire type (a list endpoint's vec(T), compiledSchema's copy) takes zod's array of its parser", () => {
    const lists = [compiledSchema(vec(wireTypes.FleetRun.schema)), compiledSchema(z.array(FleetRunSchema))];
    // With a check of its own, an array is zod's to parse.
    const atLeastTwo = compiledSchema(z.array(FleetRunSchema).min(2));
    const runs = readValid("FleetRun").map((line) => JSON.parse(line) as Record<string, unknown>);
    const spoilt = [...runs, { ...runs[0], status: 3 }];
    // jitless: zod generates nothing, so a validator after the first parse is a build-time parser.
    z.config({ jitless: true });
    try {
      for (const list of lists) {
        const runtime = list.clone();
        for (const input of [runs, spoilt, [], {}, [null]])
          expect(list.safeParse(input)).toEqual(runtime.safeParse(input));
        expect(validator(list)).toBeTypeOf(zodTakesParsers ? "function" : "undefined");
      }
      expect(atLeastTwo.safeParse(runs.slice(0, 1)).success).toBe(false);
      expect(atLeastTwo.safeParse(runs.slice(0, 2)).success).toBe(true);
      expect(validator(atLeastTwo)).toBeUndefined();
    } finally {
      z.config({ jitless: false });
    }
  });

  test.each(wireTypeNames)(
    "%s: safeParse, parse and nested use give zod's runtime results and issues, through the build-time parser",
    (name) => {
      const schema = wireTypes[name].schema as z.ZodType;
      const runtime = schema.clone();
      let accepted = 0;
      let refused = 0;
      for (const input of inputsOf(name)) {
        const result = schema.safeParse(input());
        expect(result).toEqual(runtime.safeParse(input()));
        expect(outcome(() => schema.parse(input()))).toEqual(outcome(() => runtime.parse(input())));
        expect(z.array(schema).safeParse([input()])).toEqual(z.array(runtime).safeParse([input()]));
        if (result.success) accepted++;
        else refused++;
      }
      expect(accepted).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
      if (zodTakesParsers) expect(validator(schema)).toBe(compiledParsers[name]);
      else expect(validator(schema)).not.toBe(compiledParsers[name]);
    },
  );

  test("where code generation is refused (V8's flag, as under a strict CSP), schemas parse through the build-time parsers", () => {
    const probe = (precompiledImport: string) => `
      import { z } from "zod";
      import { FleetRunSchema, decodeJson } from "./src/index.ts";
      const line = ${JSON.stringify(readValid("FleetRun")[0])};
      let generates = true;
      try { new Function(""); } catch { generates = false; }
      ${precompiledImport}
      const parsed = FleetRunSchema.safeParse(JSON.parse(line));
      const spoilt = FleetRunSchema.safeParse({ ...JSON.parse(line), status: 3 });
      const decoded = decodeJson("FleetRun", line);
      console.log(JSON.stringify({
        generates,
        parsed: parsed.success,
        spoilt: spoilt.error?.issues[0]?.path,
        decoded: decoded.id === JSON.parse(line).id,
        validator: typeof FleetRunSchema._zod.bag.validator,
        fallback: typeof FleetRunSchema._zod.bag.fallbackRun,
      }));`;
    const run = (precompiledImport: string) => {
      const child = spawnSync(
        process.execPath,
        [
          "--disallow-code-generation-from-strings",
          "--import",
          "tsx",
          "--input-type=module",
          "-e",
          probe(precompiledImport),
        ],
        { cwd: ROOT, encoding: "utf8" },
      );
      expect(child.stderr).toBe("");
      return JSON.parse(child.stdout) as Record<string, unknown>;
    };
    const plain = run("");
    // Without the build-time parsers, zod cannot compile here: its runtime parser, the same verdicts.
    expect(plain).toEqual({
      generates: false,
      parsed: true,
      spoilt: ["status"],
      decoded: true,
      validator: "undefined",
      fallback: "undefined",
    });
    const withParsers = run(`await import("./src/precompiled/index.ts");`);
    expect(withParsers).toEqual({
      generates: false,
      parsed: true,
      spoilt: ["status"],
      decoded: true,
      validator: zodTakesParsers ? "function" : "undefined",
      fallback: zodTakesParsers ? "function" : "undefined",
    });
  });
});
