/**
 * The `fleetwire` command line: a small dispatcher. A command is one entry in
 * `COMMANDS`; it gets its arguments and an output sink and returns the exit
 * code (0 done, 1 a check failed, 2 a usage error).
 */
import { schemaCommand } from "./schema.js";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface Command {
  /** One line for the command list. */
  readonly summary: string;
  /** The full usage text. */
  readonly usage: string;
  readonly run: (args: readonly string[], io: Io) => number | Promise<number>;
}

/** Thrown by a command for bad arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const COMMANDS: Readonly<Record<string, Command>> = {
  schema: schemaCommand,
};

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const list = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: fleetwire <command> [arguments]\n\nCommands:\n${list.join("\n")}\n\nRun \`fleetwire <command> --help\` for a command's usage.\n`;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.err(`fleetwire: unknown command ${JSON.stringify(name)}\n\n${overview()}`);
    return EXIT_USAGE;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(command.usage);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`fleetwire ${name}: ${error.message}\n\n${command.usage}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
