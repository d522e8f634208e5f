/**
 * The generated readers (src/compiled/) against zod's runtime on every wire
 * type: from the same parsed text, either the reader declines (zod decides,
 * errors included) or it builds a value identical to zod's output: same
 * keys in the same order (a skipped Option's key present exactly when zod
 * has it), same prototypes, bigints, float marks. Texts: serde's bytes of
 * arbitrary valid values, the same with number tokens respelt (`1` → `1.0`,
 * `1e0`), and the same spoilt at one place.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { NOT_READ, readCompiled } from "../../src/compiled/index.js";
import { markTransferFor } from "../../src/codec/float-marks.js";
import { fastParseJsonText } from "../../src/codec/fast-parse.js";
import { parseJsonText } from "../../src/codec/text-parser.js";
import { encodeJson, type WireTypeName, wireTypeNames, wireTypes } from "../../src/index.js";
import { compiledSchema } from "../../src/registry.js";
import { arbitraryForType } from "../support/arbitraries.js";
import { difference } from "./difference.js";

const SEED = 1616;

function parse(text: string) {
  return fastParseJsonText(text) ?? parseJsonText(text);
}

/** zod's result on a fresh parse of `text` (the reader may have touched its own parse). */
function byZod(type: WireTypeName, text: string) {
  const parsed = parse(text);
  const schema = wireTypes[type].schema;
  const result = compiledSchema(schema).safeParse(parsed.value);
  if (result.success && parsed.hasIntegralFloats) markTransferFor(schema)?.(parsed.value, result.data);
  return { parsed, result };
}

/** Respell number tokens outside strings: integers as `N.0` or `Ne0`, by a seeded choice. */
function respell(text: string, choice: number): string {
  let out = "";
  let inString = false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i];
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (/[-0-9]/.test(c)) {
      let j = i;
      while (j < text.length && /[-+0-9.eE]/.test(text[j] as string)) j++;
      const token = text.slice(i, j);
      out +=
        /^-?\d+$/.test(token) && (n++ + choice) % 3 === 0 ? `${token}${choice % 2 ? ".0" : "e0"}` : token;
      i = j - 1;
      continue;
    }
    out += c;
  }
  return out;
}

const SPOILS = ['"x"', "null", "1.5", "-0", "[]", "{}", "true", "1e400", "18446744073709551616"];

describe("generated readers build zod's output exactly, or leave the input to zod", () => {
  test.each(wireTypeNames)("%s", (type) => {
    const schema = wireTypes[type].schema;
    let read = 0;
    fc.assert(
      fc.property(arbitraryForType(type), fc.nat(), fc.nat(SPOILS.length - 1), (value, choice, spoil) => {
        const text = encodeJson(type, value as never);
        const respelt = respell(text, choice);
        // Spoil the k-th `:` value's first character run (a crude, seeded mutation that keeps JSON mostly valid).
        const colons = [...text.matchAll(/":/g)].map((m) => (m.index as number) + 2);
        const at = colons.length === 0 ? -1 : (colons[choice % colons.length] as number);
        const spoilt =
          at < 0
            ? text
            : text.slice(0, at) +
              (SPOILS[spoil] as string) +
              text.slice(at).replace(/^("(?:[^"\\]|\\.)*"|[^,}\]]*)/, "");
        for (const [index, candidate] of [text, respelt, spoilt].entries()) {
          let parsed: ReturnType<typeof parse>;
          try {
            parsed = parse(candidate);
          } catch {
            continue; // not JSON: the reader never sees it
          }
          if (parsed.duplicates.length > 0) continue;
          const mine = readCompiled(schema, parsed.value);
          const zod = byZod(type, candidate).result;
          if (mine === NOT_READ) continue;
          if (index === 0) read++;
          expect(zod.success, `zod refuses what the reader read: ${candidate.slice(0, 200)}`).toBe(true);
          expect(difference(mine, zod.data)).toBeUndefined();
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
    // Serde's own bytes of every valid value are read by the generated reader, not by zod.
    expect(read).toBe(120);
  });
});
