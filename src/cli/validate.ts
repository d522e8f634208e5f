/** `fleetwire validate TYPE [FILE|-]`: does the input read as TYPE, exactly as serde reads it? */
import { type Command, EXIT_FAILED, EXIT_OK, UsageError } from "./command.js";
import { countOption } from "./options.js";
import { Output } from "./output.js";
import { parseInputArgs, readValues } from "./read-values.js";
import { isUnknownFieldsMode } from "../codec/unknown-fields.js";
import { errorRecord, errorText } from "./report.js";
import {
  UnknownFieldSummary,
  unknownFieldRecord,
  unknownFieldText,
  unknownPathsOf,
} from "./unknown-report.js";

const USAGE = `Usage: fleetwire validate TYPE [FILE|-] [options]

Check that FILE (standard input for - or no FILE) reads as the wire type TYPE
(its Rust name, e.g. FleetWorkerEvent) exactly as serde_json reads it: one JSON
document, or NDJSON (one document per line, blank lines skipped). NDJSON is
read as a stream, in memory bounded by the longest line.

The format is detected: NDJSON when the first non-blank line is a complete JSON
document and another line follows it; anything else is one JSON document.

Prints each invalid line as "line N: path: message" ("line N, column C: message"
when the text itself is malformed; one document: "line L, column C: path: message"),
then a summary: "9998 valid, 2 invalid".

Options:
  --lines          read NDJSON, whatever the first line looks like
  --document       read one JSON document, whatever the first line looks like
  --json           machine-readable output, one JSON object per line (below)
  --max-errors N   print the first N errors only (all are counted), and with
                   --unknown report the first N unknown fields
  --unknown MODE   keys serde ignores (fields newer than these contracts):
                   report  list each ("line N: path: unknown field (dropped)"),
                           then a count per path, indices collapsed
                           ("tasks[].budget: 1,204 lines"); they do not fail
                   reject  a line with any is invalid, naming the field (as
                           #[serde(deny_unknown_fields)] would), then the same count
                   drop    ignore them (the closed Runner family accepts them too)
  --progress       print progress on stderr every second, even when it is not a terminal
  --no-progress    never print progress (default: shown when stderr is a terminal
                   and reading takes more than a second)

--json prints an object per invalid line (or document), then a summary:
  {"kind":"error","line":3,"column":77,"path":"state","pointer":"/state","message":"unknown variant ...","issues":[{"path":"state","pointer":"/state","message":"..."}],"issueCount":1}
  {"kind":"summary","type":"FleetWorkerEvent","input":"events.ndjson","format":"lines","valid":9998,"invalid":2,"errorsShown":2}
With --unknown, an object per unknown field (report) and the count per path before the summary:
  {"kind":"unknown-field","line":7,"path":"tasks[2].budget"}
  {"kind":"unknown-fields","mode":"report","lines":1204,"paths":[{"path":"tasks[].budget","lines":1204}]}

Exit codes: 0 all valid, 1 any invalid, 2 usage error (unknown TYPE, bad option) or unreadable input.
`;

export const validateCommand: Command = {
  summary: "check that a JSON document or NDJSON stream reads as a wire type",
  usage: USAGE,
  async run(args, io) {
    const { input: inputArgs, values } = parseInputArgs(args, {
      json: { type: "boolean" },
      "max-errors": { type: "string" },
      unknown: { type: "string" },
    });
    const unknown = values.unknown as string | undefined;
    if (unknown !== undefined && !isUnknownFieldsMode(unknown))
      throw new UsageError(`--unknown takes report, reject or drop (got ${JSON.stringify(unknown)})`);
    const readArgs = unknown === undefined ? inputArgs : { ...inputArgs, unknownFields: unknown };
    const unknownSummary = new UnknownFieldSummary();
    let unknownShown = 0;
    const json = values.json === true;
    const maxErrors =
      countOption("max-errors", values["max-errors"] as string | undefined) ?? Number.POSITIVE_INFINITY;
    const output = new Output(io);
    let shown = 0;
    let textLevelError = false;
    const summary = await readValues("validate", readArgs, io, output, {
      value: () => {},
      unknownFields: async (paths, line) => {
        unknownSummary.add(paths);
        for (const path of paths) {
          if (unknownShown >= maxErrors) return;
          unknownShown++;
          await output.write(json ? unknownFieldRecord(path, line) : unknownFieldText(path, line));
        }
      },
      error: async (error, line, format) => {
        if (unknown === "reject") unknownSummary.add(unknownPathsOf(error));
        textLevelError ||= error.path.length === 0;
        if (shown >= maxErrors) return;
        shown++;
        await output.write(json ? errorRecord(error, line) : errorText(error, line, format));
      },
    });
    const { input, valid, invalid } = summary;
    if (unknown === "report" || unknown === "reject")
      await output.write(json ? unknownSummary.record(unknown) : unknownSummary.text(unknown));
    if (json) {
      await output.write(
        `${JSON.stringify({ kind: "summary", type: inputArgs.type, input: input.name, format: input.format, valid, invalid, errorsShown: shown })}\n`,
      );
    } else {
      const hidden = invalid - shown;
      const notShown = hidden > 0 ? ` (${hidden} not shown: --max-errors ${maxErrors})` : "";
      // Malformed text in what was taken for one document: it may be NDJSON with a bad first line.
      const hint =
        textLevelError && input.format === "document" && inputArgs.format === undefined
          ? " (read as one JSON document; --lines reads NDJSON)"
          : "";
      await output.write(`${valid} valid, ${invalid} invalid${notShown}${hint}\n`);
    }
    await output.flush();
    return invalid === 0 ? EXIT_OK : EXIT_FAILED;
  },
};
