/**
 * What `validate` and `canonical` share: their arguments (TYPE [FILE|-],
 * --lines/--document, progress) and the loop that decodes every document or
 * NDJSON line of the input with the lossless codec.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { safeDecodeJson } from "../codec/decode.js";
import { decodeJsonLines } from "../codec/lines.js";
import type { UnknownFieldsMode } from "../codec/unknown-fields.js";
import type { WireError } from "../codec/wire-error.js";
import type { WireTypeName, WireValue } from "../registry.js";
import { type Io, UsageError } from "./command.js";
import { type Input, type InputFormat, openInput } from "./input.js";
import { argsOrUsageError } from "./options.js";
import type { Output } from "./output.js";
import { Progress } from "./progress.js";
import { wireTypeArg } from "./wire-type-arg.js";

export const INPUT_OPTIONS = {
  lines: { type: "boolean" },
  document: { type: "boolean" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
} as const satisfies ParseArgsConfig["options"];

export interface InputArgs {
  readonly type: WireTypeName;
  readonly file: string | undefined;
  readonly format: InputFormat | undefined;
  /** `undefined`: when standard error is a terminal. */
  readonly progress: boolean | undefined;
  /** `--unknown report|reject`; left out, the library's default. */
  readonly unknownFields?: UnknownFieldsMode;
}

/** Parses TYPE [FILE|-] and the input options, plus the command's own `options`. */
export function parseInputArgs<O extends NonNullable<ParseArgsConfig["options"]>>(
  args: readonly string[],
  options: O,
) {
  const { values, positionals } = argsOrUsageError(() =>
    parseArgs({
      args: [...args],
      options: { ...INPUT_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    }),
  );
  const flags = values as Record<string, string | boolean | undefined>;
  if (positionals.length > 2)
    throw new UsageError(`too many arguments: ${positionals.slice(2).join(" ")} (one TYPE and one FILE)`);
  if (flags.lines === true && flags.document === true)
    throw new UsageError("give --lines or --document, not both");
  if (flags.progress === true && flags["no-progress"] === true)
    throw new UsageError("give --progress or --no-progress, not both");
  const input: InputArgs = {
    type: wireTypeArg(positionals[0]),
    file: positionals[1],
    format: flags.lines === true ? "lines" : flags.document === true ? "document" : undefined,
    progress: flags.progress === true ? true : flags["no-progress"] === true ? false : undefined,
  };
  return { input, values: flags };
}

export interface ReadHandlers {
  /** A document or line that reads as the type. */
  readonly value: (value: WireValue<WireTypeName>, line: number) => void | Promise<void>;
  /** One that does not (`line`: the NDJSON line, or 1 for a document). */
  readonly error: (error: WireError, line: number, format: InputFormat) => void | Promise<void>;
  /** With `--unknown report`: the keys serde ignored in a document or line that reads. */
  readonly unknownFields?: (paths: readonly string[], line: number) => void | Promise<void>;
}

export interface ReadSummary {
  readonly input: Input;
  readonly valid: number;
  readonly invalid: number;
}

/**
 * Opens the input, then decodes it: one document, or NDJSON line by line
 * (streaming; `output` is flushed whenever the reader waits for more input, so
 * results show up as a live stream produces them). Progress is ticked per line.
 */
export async function readValues(
  command: string,
  args: InputArgs,
  io: Io,
  output: Output,
  handlers: ReadHandlers,
): Promise<ReadSummary> {
  const input = await openInput(args.file, io, args.format);
  const progress = new Progress(io, input, command, args.progress ?? io.errIsTTY === true);
  output.beforeFlush = () => progress.clear();
  let valid = 0;
  let invalid = 0;
  const options = args.unknownFields === undefined ? undefined : { unknownFields: args.unknownFields };
  try {
    if (input.format === "document") {
      const result = safeDecodeJson(args.type, await input.readAll(), options);
      if (result.ok) {
        valid++;
        if (result.unknownFields?.length) await handlers.unknownFields?.(result.unknownFields, 1);
        await handlers.value(result.value as WireValue<WireTypeName>, 1);
      } else {
        invalid++;
        await handlers.error(result.error, 1, input.format);
      }
    } else {
      for await (const item of decodeJsonLines(
        args.type,
        input.chunks(() => output.flush()),
        options,
      )) {
        if (item.ok) {
          valid++;
          if (item.unknownFields?.length) await handlers.unknownFields?.(item.unknownFields, item.line);
          await handlers.value(item.value as WireValue<WireTypeName>, item.line);
        } else {
          invalid++;
          await handlers.error(item.error, item.line, input.format);
        }
        progress.tick(valid + invalid, invalid);
      }
    }
  } finally {
    progress.clear();
  }
  return { input, valid, invalid };
}
