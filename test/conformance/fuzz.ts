/**
 * A structure-aware differential fuzzer: cases built from serde's golden
 * lines, judged by real serde (the oracle) and by fleetwire.
 *
 * - Kind swaps: every object and array of a golden line (the root included)
 *   is replaced by each JSON kind in turn (`null`, `true`, `0`, `-0`, `1.0`,
 *   `1e2`, `""`, `[]`, `{}`, `[1.0]`, `{"a":1}`). This is what found a
 *   struct whose fields all default reading `1.0` as its default.
 * - Grammar mutations, seeded: escapes in strings (lone surrogates too),
 *   number spellings (`1.0`, `1e0`, `-0`, `01`, `1e400`), extra nesting,
 *   a key duplicated inside a nested object, unknown fields holding odd
 *   content.
 *
 * fleetwire must give serde's verdict (and serde's bytes when both accept),
 * or be stricter where a named Decision says so (`decisionFor`).
 */
import { encodeJson, safeDecodeJson } from "../../src/codec/index.js";
import type { WireTypeName } from "../../src/registry.js";
import type { DecisionId } from "../support/rules.js";

export const KINDS = ["null", "true", "0", "-0", "1.0", "1e2", '""', "[]", "{}", "[1.0]", '{"a":1}'] as const;

export interface FuzzCase {
  readonly name: string;
  readonly input: string;
}

/** A record of the committed fuzz corpus: the case and serde's verdict. */
export interface FuzzRecord extends FuzzCase {
  readonly serde: "accept" | "reject";
  readonly output?: string;
}

/** mulberry32: small, seeded, the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Token {
  readonly kind: "open" | "close" | "string" | "number" | "key";
  readonly start: number;
  readonly end: number;
}

/** Tokens of compact JSON text (serde's output): containers, strings, keys, numbers. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  const stack: ("{" | "[")[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (c === "{" || c === "[") {
      stack.push(c);
      expectKey = c === "{";
      out.push({ kind: "open", start: i, end: i + 1 });
      i++;
    } else if (c === "}" || c === "]") {
      stack.pop();
      out.push({ kind: "close", start: i, end: i + 1 });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out.push({ kind: expectKey ? "key" : "string", start: i, end: j + 1 });
      expectKey = false;
      i = j + 1;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      let j = i + 1;
      while (j < text.length && /[0-9.eE+-]/.test(text[j] as string)) j++;
      out.push({ kind: "number", start: i, end: j });
      i = j;
    } else {
      if (c === ",") expectKey = stack[stack.length - 1] === "{";
      i++;
    }
  }
  return out;
}

/** [start, end) of every object and array, the root included. */
export function containers(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (const token of tokens(text)) {
    if (token.kind === "open") open.push(token.start);
    else if (token.kind === "close") spans.push([open.pop() as number, token.end]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Every container of `line` replaced by every kind. */
export function kindSwaps(line: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const spans = containers(line);
  // A root that is not a container (a unit enum's string) is swapped too.
  if (spans[0]?.[0] !== 0) spans.unshift([0, line.length]);
  for (const [start, end] of spans)
    for (const kind of KINDS)
      cases.push({ name: `swap@${start} ${kind}`, input: line.slice(0, start) + kind + line.slice(end) });
  return cases;
}

const ESCAPES = [
  "\\n",
  "\\u00e9",
  "\\ud800",
  "\\udc00",
  "\\ud83d\\ude00",
  "\\/",
  "\\u0000",
  "\\\\",
  '\\"',
  "\\x",
];
const NUMBERS = [
  "1.0",
  "1e0",
  "10e-1",
  "-0",
  "0",
  "01",
  "1E+0",
  "1e400",
  "-1",
  "0.1e1",
  "1e-400",
  "18446744073709551616",
  `1${"0".repeat(40)}`,
  "2.5",
];
const ODD_VALUES = [
  '"\\ud800"',
  "1e400",
  "[[[[[[[[1]]]]]]]]",
  '{"a":{"a":1,"a":2}}',
  "-0",
  '"\\u0000"',
  `1${"0".repeat(400)}`,
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One random grammar-level mutation of `line`, or undefined when it has nothing to mutate. */
export function grammarMutation(line: string, random: () => number): FuzzCase | undefined {
  const all = tokens(line);
  const choice = Math.floor(random() * 5);
  const of = (kind: Token["kind"]) => all.filter((t) => t.kind === kind);
  const splice = (t: { start: number; end: number }, text: string) =>
    line.slice(0, t.start) + text + line.slice(t.end);
  switch (choice) {
    case 0: {
      const strings = of("string");
      if (strings.length === 0) return undefined;
      const t = pick(random, strings);
      const inserted = pick(random, ESCAPES);
      const at = t.start + 1 + Math.floor(random() * (t.end - t.start - 1));
      return { name: `escape ${inserted}`, input: line.slice(0, at) + inserted + line.slice(at) };
    }
    case 1: {
      const numbers = of("number");
      if (numbers.length === 0) return undefined;
      const spelling = pick(random, NUMBERS);
      return { name: `number ${spelling.slice(0, 20)}`, input: splice(pick(random, numbers), spelling) };
    }
    case 2: {
      const values = [...of("string"), ...of("number")];
      if (values.length === 0) return undefined;
      const t = pick(random, values);
      const wrap = random() < 0.5 ? ["[", "]"] : ['{"x":', "}"];
      return {
        name: `nest ${wrap[0]}`,
        input: splice(t, `${wrap[0]}${line.slice(t.start, t.end)}${wrap[1]}`),
      };
    }
    case 3: {
      // A key repeated inside a nested object (the root's duplicates are already in the mutation corpus).
      const keys = of("key").filter((t) => t.start > 1);
      if (keys.length === 0) return undefined;
      const key = pick(random, keys);
      const valueEnd = memberEnd(line, key.end + 1);
      const member = line.slice(key.start, valueEnd);
      return {
        name: "nested duplicate key",
        input: `${line.slice(0, valueEnd)},${member}${line.slice(valueEnd)}`,
      };
    }
    default: {
      const opens = all.filter((t) => t.kind === "open" && line[t.start] === "{");
      if (opens.length === 0) return undefined;
      const t = pick(random, opens);
      const odd = pick(random, ODD_VALUES);
      const close = line[t.start + 1] === "}" ? "" : ",";
      return {
        name: `unknown field ${odd.slice(0, 20)}`,
        input: `${line.slice(0, t.start + 1)}"zz_unknown":${odd}${close}${line.slice(t.start + 1)}`,
      };
    }
  }
}

/** End of the value starting at `from` in compact valid JSON. */
function memberEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      if (depth === 0) return i + 1;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === "," && depth === 0) return i;
  }
  return text.length;
}

/** The fuzz cases of one type: all kind swaps of `swapLines`, then `count` grammar mutations of `lines`. */
export function fuzzCases(
  swapLines: readonly string[],
  lines: readonly string[],
  seed: number,
  count: number,
): FuzzCase[] {
  const cases = swapLines.flatMap(kindSwaps);
  const random = rng(seed);
  let made = 0;
  for (let tries = 0; made < count && tries < count * 4; tries++) {
    const mutated = grammarMutation(pick(random, lines), random);
    if (mutated === undefined || mutated.input.includes("\n")) continue;
    cases.push(mutated);
    made++;
  }
  return cases;
}

/**
 * Why fleetwire may refuse what serde accepts: the Decision its error names,
 * or undefined (a disagreement).
 */
export function decisionFor(message: string): DecisionId | undefined {
  if (/above 2\^53/.test(message)) return "D2";
  if (/out of range for f32/.test(message)) return "D3";
  if (/RFC 3339/.test(message)) return "D4";
  if (/outside serde_json's exact range/.test(message)) return "D5";
  if (/recursion limit|nested deeper/.test(message)) return "D6";
  if (/unknown field/.test(message)) return "D1";
  if (/expected struct .*, got array$/.test(message)) return "D7";
  if (/surrogate|beyond f64|out of range \(beyond f64\)/.test(message)) return "D10";
  return undefined;
}

export interface FuzzTally {
  cases: number;
  accepted: number;
  agreeing: number;
  byDecision: Partial<Record<DecisionId, number>>;
  problems: string[];
}

export const emptyFuzzTally = (): FuzzTally => ({
  cases: 0,
  accepted: 0,
  agreeing: 0,
  byDecision: {},
  problems: [],
});

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** fleetwire against serde's verdicts on fuzz records. */
export function compareFuzz(
  type: WireTypeName,
  records: readonly FuzzRecord[],
  tally: FuzzTally,
  decode: typeof safeDecodeJson = safeDecodeJson,
): void {
  for (const record of records) {
    tally.cases++;
    if (record.serde === "accept") tally.accepted++;
    const result = decode(type, record.input);
    if (result.ok && record.serde === "accept") {
      const bytes = encodeJson(type, result.value as never);
      if (bytes === record.output) tally.agreeing++;
      else
        tally.problems.push(
          `${record.name}: both accept, output differs\n    serde:     ${clip(record.output ?? "")}\n    fleetwire: ${clip(bytes)}`,
        );
    } else if (!result.ok && record.serde === "reject") {
      tally.agreeing++;
    } else if (!result.ok) {
      const decision = decisionFor(result.error.message);
      if (decision !== undefined) tally.byDecision[decision] = (tally.byDecision[decision] ?? 0) + 1;
      else
        tally.problems.push(
          `${record.name}: serde accepts, fleetwire rejects (${clip(result.error.message)})\n    input: ${clip(record.input)}`,
        );
    } else {
      tally.problems.push(
        `${record.name}: serde rejects, fleetwire ACCEPTS\n    input: ${clip(record.input)}`,
      );
    }
  }
}
