/** Argument parsing shared by the commands: node:util's parseArgs, with its errors as usage errors. */
import { UsageError } from "./command.js";

/** Runs `parse` (a `parseArgs` call); an unknown option or a missing value becomes a `UsageError`. */
export function argsOrUsageError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      // "Unknown option '--frobnicate'. To specify a positional argument starting with a '-', ..." → its first sentence.
      const message = (error as Error).message.split(/\.\s/)[0]!.replace(/\.$/, "");
      throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
    }
    throw error;
  }
}

/** A non-negative integer option value. */
export function countOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} needs a whole number (got ${JSON.stringify(value)})`);
  return Number(value);
}
