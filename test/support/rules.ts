/**
 * The wire rules the tests cite, in one table: how serde reads JSON into the
 * Rust types (R…), how serde_json writes them (W…), and the Decisions (D…)
 * where fleetwire is deliberately stricter than serde. Every test title,
 * every conformance mutation tag (also as stored in test/fixtures) and the
 * conformance report name a rule by its id here; an id is never reused for
 * something else, and a retired rule keeps its id out of use.
 *
 * Measured against serde 1.0.152, serde_json 1.0.87 and chrono 0.4.23
 * (Debian bookworm), compiled into the oracle in test/rust-oracle/.
 *
 * The principle behind the Decisions: whatever fleetwire accepts, Rust reads
 * as the same value; whatever it writes, Rust reads back as the same value;
 * nothing is rounded, cut or dropped without an error that says so.
 */

export interface Rule {
  /** A few words, used in test titles. */
  readonly title: string;
  /** The rule itself. */
  readonly text: string;
}

export const readingRules = {
  R1: {
    title: "names",
    text: "A field is named as the Rust field is, or as its type's rename_all says (Runner, RunnerUiError and RunnerCrash are camelCase, the rest snake_case); unit variants use their enum's casing, and variant names are matched exactly, case included.",
  },
  R2: {
    title: "internally tagged enums",
    text: 'An enum with tag = "kind" (or "state") is one object: the tag names the variant and the variant\'s fields sit beside it, in any order; a unit variant is the tag alone, and a newtype variant around a struct puts that struct\'s fields inline (never nested under a key).',
  },
  R3: {
    title: "FleetWorkerEvent",
    text: "FleetWorkerEvent flattens its payload: the event's own fields, then the payload's tag and fields, all in one object; extra is an ordinary object field, empty by default, that does not gather unknown keys.",
  },
  R4: {
    title: "missing versus null",
    text: "An Option field that is absent or null is None; a non-Option field with a default takes the default when absent and refuses null; a required field that is absent is a missing-field error; a non-Option serde_json::Value field takes null as a value but must be present.",
  },
  R5: {
    title: "unknown fields",
    text: 'serde ignores and drops keys a struct does not declare, everywhere (in a tagged variant, beside a flattened payload); keys inside a map or a serde_json::Value are data. fleetwire does the same except where D1 closes the struct; with unknownFields "report" it lists the keys serde ignored, with "reject" it refuses them as deny_unknown_fields would.',
  },
  R6: {
    title: "duplicate keys",
    text: "A struct field given twice is an error (also through a tag or a flattened payload); in a map or a serde_json::Value the last one wins. JSON.parse keeps the last one everywhere, so only the text reader can tell.",
  },
  R7: {
    title: "integers are exact",
    text: "u16, u32, i32, u64, usize and u128 take integer tokens in their range only: no float token (1.0, 1e2, -0), no sign on an unsigned, no string, no leading zero, no plus. u16 to usize read into a number and u128 into a bigint with every digit (see D2 and D9).",
  },
  R8: {
    title: "floats",
    text: "f64 takes any finite JSON number, integer tokens included; f32 takes the nearest f32 of it as serde reads it: an integer token within the i64/u64 range rounded once to f32, any other through its nearest f64 (see D3). NaN and Infinity are not JSON.",
  },
  R9: {
    title: "DateTime<Utc>",
    text: "A DateTime<Utc> field is an RFC 3339 timestamp with an offset and is written back in UTC (fleetwire's exact reading is D4); timestamps that are Strings in Rust take any string.",
  },
  R10: {
    title: "strings",
    text: "A string field takes any JSON string; an escaped lone surrogate (\\ud800) is an error in serde_json, though JSON.parse takes it.",
  },
  R11: {
    title: "FleetArtifactKind",
    text: "FleetArtifactKind is an open enum: its six known names are variants, any other string is Other, kept as written and written back as the bare string.",
  },
  R12: {
    title: "serde_json::Value",
    text: "A serde_json::Value takes any JSON nested at most 127 levels counted from the document root; integers from -2^63 to 2^64-1 stay exact (see D5); deep input never overflows the stack.",
  },
  R13: {
    title: "shapes",
    text: "A value has the JSON shape its type has: an object for a struct, an array for a Vec, a string for a unit variant, and so on; D7 and D8 refuse two other shapes serde would take.",
  },
  R14: {
    title: "one JSON document",
    text: "The text is exactly one JSON value under the strict JSON grammar, with only whitespace around it: trailing content or a second document is an error.",
  },
  R15: {
    title: "text encoding",
    text: "The text is UTF-8 without a byte order mark, and is not empty.",
  },
} as const satisfies Record<`R${number}`, Rule>;

export const writingRules = {
  W1: {
    title: "compact, in declaration order",
    text: "No whitespace; struct fields in Rust declaration order, a flattened payload's fields at the point it is flattened.",
  },
  W2: {
    title: "None written or left out per field",
    text: "A None is left out where the field skips it (skip_serializing_if = Option::is_none) and written as null elsewhere; an empty extra is left out; defaulted fields are always written.",
  },
  W3: {
    title: "map keys sorted by UTF-8 bytes",
    text: 'Every BTreeMap and every object inside a serde_json::Value has its keys sorted by their UTF-8 bytes, at every depth ("10" < "9" < "B" < "a"); __proto__ is a key like any other.',
  },
  W4: {
    title: "integers as digits",
    text: "Integers are written as plain digits, a u128 from its bigint.",
  },
  W5: {
    title: "floats as ryu writes them",
    text: "A float is written with the shortest digits that read back as the same number, always with a point or an exponent (1.0, 1e16, 1e-6); an f32 with the shortest digits of the f32 (ryu's: of those, the nearest, a tie to the even digit); a number in a serde_json::Value keeps whether it was an integer or a float.",
  },
  W6: {
    title: "string escapes",
    text: "Only the quote, the backslash and U+0000 to U+001F are escaped (\\b \\f \\n \\r \\t short, the rest as lowercase \\u00xx); everything else is written raw.",
  },
  W7: {
    title: "DateTime<Utc> in UTC",
    text: "A DateTime<Utc> is written in UTC with Z, its fraction with 0, 3, 6 or 9 digits, a leap second kept as :60.",
  },
} as const satisfies Record<`W${number}`, Rule>;

/**
 * Where fleetwire refuses what serde accepts. Those marked `corpus` are
 * probed by the conformance mutations: there a verdict may differ from
 * serde's, only towards refusing, and only when the mutation names the
 * Decision. The others cannot arise from JSON text (they are about JS values).
 */
export const decisionRules = {
  D1: {
    title: "closed structs",
    text: 'An unknown key on Runner, RunnerUiError or RunnerCrash is an error naming the key: their published contract is closed, and a misspelt optional field would otherwise vanish. unknownFields "drop" or "report", given explicitly, reads them as serde does.',
    corpus: true,
  },
  D2: {
    title: "u64 above 2^53-1",
    text: "A u64 or usize above 2^53-1 is refused with an error that says so: a JS number cannot hold it exactly.",
    corpus: true,
  },
  D3: {
    title: "infinite f32",
    text: "A number whose nearest f32 is infinite is refused (serde would store infinity and write null).",
    corpus: true,
  },
  D4: {
    title: "RFC 3339 timestamps",
    text: "A DateTime<Utc> must be RFC 3339 with T or a space, Z, z or ±hh:mm (hh ≤ 23), any number of fraction digits, a real calendar date, a leap second :60, and an instant within years 0000 to 9999 in UTC; the oddities chrono 0.4.23 takes are refused. The value is kept as its canonical UTC string, since a Date holds only milliseconds.",
    corpus: true,
  },
  D5: {
    title: "integers in a Value",
    text: "An integer outside -2^63..2^64-1 inside a serde_json::Value is refused rather than rounded to a float.",
    corpus: true,
  },
  D6: {
    title: "depth everywhere",
    text: "The 127-level limit holds for the whole document, also inside a field serde ignores (serde skips those without a limit).",
    corpus: true,
  },
  D7: {
    title: "no positional structs",
    text: "A struct given as a positional array (serde's sequence form) is refused.",
    corpus: true,
  },
  D8: {
    title: "no external unit variants",
    text: 'A unit variant given as {"Variant": null} is refused.',
    corpus: true,
  },
  D9: {
    title: "no rounded u128",
    text: "A u128 given as a JS number beyond 2^53-1 was already rounded by JSON.parse and is refused, pointing to the text reader.",
    corpus: false,
  },
  D10: {
    title: "ignored fields are read in full",
    text: "Inside a field serde ignores, a lone surrogate escape (\\ud800) and a number beyond f64 (1e400) are refused as everywhere else: the reader checks the whole text before the schema says which fields are ignored (and ignored content is dropped, so nothing a reader needs is refused).",
    corpus: false,
  },
} as const satisfies Record<`D${number}`, Rule & { readonly corpus: boolean }>;

export const rules = { ...readingRules, ...writingRules, ...decisionRules };

export type ReadingRuleId = keyof typeof readingRules;
export type WritingRuleId = keyof typeof writingRules;
export type DecisionId = keyof typeof decisionRules;
export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];
export const isRuleId = (id: string): id is RuleId => Object.hasOwn(rules, id);

/** The Decisions the conformance corpus probes. */
export const corpusDecisions = (Object.keys(decisionRules) as DecisionId[]).filter(
  (id) => decisionRules[id].corpus,
);

/** A test title citing a rule: `R6 duplicate keys`, or `R6 duplicate keys: <detail>`. */
export function cite(id: RuleId, detail?: string): string {
  const base = `${id} ${rules[id].title}`;
  return detail === undefined ? base : `${base}: ${detail}`;
}
