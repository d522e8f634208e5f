/** `fleetwire types`: the wire types by domain, with the first sentence of each Rust doc comment. */
import { parseArgs } from "node:util";
import { type Domain, domains, wireTypes, type WireTypeName } from "../registry.js";
import { type Command, EXIT_OK } from "./command.js";
import { argsOrUsageError } from "./options.js";

const USAGE = `Usage: fleetwire types [--json]

List the wire types (their Rust names) by domain, with the first sentence of
each type's Rust doc comment.

Options:
  --json   print {"<domain>": ["<RustName>", ...], ...} instead
`;

const DOC_WIDTH = 72;

function firstSentence(doc: string): string {
  const paragraph =
    doc
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, " ")
      .trim() ?? "";
  const end = paragraph.search(/\.(\s|$)/);
  const sentence = end === -1 ? paragraph : paragraph.slice(0, end + 1);
  return sentence.length > DOC_WIDTH ? `${sentence.slice(0, DOC_WIDTH - 1)}…` : sentence;
}

export const typesCommand: Command = {
  summary: "list the wire types by domain",
  usage: USAGE,
  run(args, io) {
    const { values } = argsOrUsageError(() =>
      parseArgs({
        args: [...args],
        options: { json: { type: "boolean" } },
        allowPositionals: false,
        strict: true,
      }),
    );
    const byDomain = Object.fromEntries(
      Object.entries(domains).map(([domain, types]) => [domain, Object.keys(types) as WireTypeName[]]),
    ) as Record<Domain, WireTypeName[]>;
    if (values.json === true) {
      io.out(`${JSON.stringify(byDomain, null, 2)}\n`);
      return EXIT_OK;
    }
    const width = Math.max(...Object.keys(wireTypes).map((name) => name.length));
    const total = Object.values(byDomain).reduce((n, names) => n + names.length, 0);
    const blocks = Object.entries(byDomain).map(([domain, names]) => {
      const rows = names.map((name) =>
        `  ${name.padEnd(width)}  ${firstSentence(wireTypes[name].doc)}`.trimEnd(),
      );
      return `${domain} (${names.length})\n${rows.join("\n")}\n`;
    });
    io.out(
      `${blocks.join("\n")}\n${total} wire types. \`fleetwire schema TYPE\` prints one's JSON Schema.\n`,
    );
    return EXIT_OK;
  },
};
