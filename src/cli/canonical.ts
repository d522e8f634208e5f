/** `fleetwire canonical TYPE [FILE|-]`: the input re-written byte for byte as serde_json writes it. */
import { encodeJson } from "../codec/decode.js";
import { WireError } from "../codec/wire-error.js";
import { type Command, EXIT_FAILED, EXIT_OK } from "./command.js";
import { Output } from "./output.js";
import { parseInputArgs, readValues } from "./read-values.js";
import { errorText } from "./report.js";

const USAGE = `Usage: fleetwire canonical TYPE [FILE|-] [options]

Read FILE (standard input for - or no FILE) as the wire type TYPE and write each
document again, one per line, as the exact bytes serde_json::to_string writes
for it (field order, float format, map key order, escapes, timestamps): the
canonical form, for hashes, signatures and golden files shared with Rust.

Input is one JSON document or NDJSON, detected as for \`fleetwire validate\`.
A document or line that does not read as TYPE is not written: its error goes
to stderr ("line N: path: message") and the exit code is 1.

Options:
  --lines          read NDJSON, whatever the first line looks like
  --document       read one JSON document, whatever the first line looks like
  --progress       print progress on stderr every second, even when it is not a terminal
  --no-progress    never print progress (default: shown when stderr is a terminal
                   and reading takes more than a second)

Exit codes: 0 all written, 1 some input invalid (the rest is written), 2 usage error or unreadable input.
`;

export const canonicalCommand: Command = {
  summary: "re-write documents as the exact bytes serde_json writes",
  usage: USAGE,
  async run(args, io) {
    const { input: inputArgs } = parseInputArgs(args, {});
    const output = new Output(io);
    const { valid, invalid } = await readValues("canonical", inputArgs, io, output, {
      value: async (value, line) => {
        try {
          await output.write(`${encodeJson(inputArgs.type, value as never)}\n`);
        } catch (error) {
          // Cannot happen for a decoded value (the codec round-trips), but never write wrong bytes.
          if (!(error instanceof WireError)) throw error;
          output.beforeFlush();
          io.err(errorText(error, line, "lines"));
        }
      },
      error: (error, line, format) => {
        output.beforeFlush();
        io.err(errorText(error, line, format));
      },
    });
    await output.flush();
    if (invalid > 0) io.err(`fleetwire canonical: ${invalid} invalid, ${valid} written\n`);
    return invalid === 0 ? EXIT_OK : EXIT_FAILED;
  },
};
