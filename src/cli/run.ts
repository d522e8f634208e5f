/**
 * The `fleetwire` command line: a small dispatcher. A command is one entry in
 * `COMMANDS`; it gets its arguments and the process's streams (`Io`) and
 * returns the exit code (0 done, 1 a check failed, 2 a usage error or an
 * input that cannot be read).
 */
import { canonicalCommand } from "./canonical.js";
import { type Command, CliError, EXIT_OK, EXIT_USAGE, type Io, UsageError } from "./command.js";
import { compatCommand } from "./compat.js";
import { openapiCommand } from "./openapi.js";
import { schemaCommand } from "./schema.js";
import { closeNames } from "./suggest.js";
import { typesCommand } from "./types.js";
import { validateCommand } from "./validate.js";
import { VERSION } from "./version.js";

export { type Command, CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io, UsageError } from "./command.js";

const COMMANDS: Readonly<Record<string, Command>> = {
  types: typesCommand,
  schema: schemaCommand,
  openapi: openapiCommand,
  validate: validateCommand,
  canonical: canonicalCommand,
  compat: compatCommand,
};

function overview(table: Readonly<Record<string, Command>>): string {
  const names = [...Object.keys(table), "help"];
  const width = Math.max(...names.map((name) => name.length));
  const list = Object.entries(table).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  list.push(`  ${"help".padEnd(width)}  print the usage of a command`);
  return (
    "Usage: fleetwire <command> [arguments]\n\n" +
    "Check, re-encode and describe the JSON wire types that Rust (serde) and TypeScript fleet services exchange.\n\n" +
    `Commands:\n${list.join("\n")}\n\n` +
    "Options:\n  -h, --help     print this help, or a command's usage after the command\n  -V, --version  print fleetwire's version\n\n" +
    "Run `fleetwire help <command>` for a command's usage.\n" +
    "Exit codes: 0 done (all valid), 1 a check failed (some input invalid), 2 usage error or unreadable input.\n"
  );
}

function unknownCommand(name: string, table: Readonly<Record<string, Command>>, io: Io): number {
  const close = closeNames(name, [...Object.keys(table), "help"]);
  const hint = close.length > 0 ? `; did you mean ${close.join(" or ")}?` : "";
  io.err(`fleetwire: unknown command ${JSON.stringify(name)}${hint}\n\n${overview(table)}`);
  return EXIT_USAGE;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const table = COMMANDS;
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(overview(table));
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h") {
    io.out(overview(table));
    return EXIT_OK;
  }
  if (name === "--version" || name === "-V" || name === "-v") {
    io.out(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (name === "help") {
    const topic = args[0];
    if (topic === undefined) {
      io.out(overview(table));
      return EXIT_OK;
    }
    const command = Object.hasOwn(table, topic) ? table[topic] : undefined;
    if (command === undefined) {
      if (topic !== "help") return unknownCommand(topic, table, io);
      io.out(overview(table));
      return EXIT_OK;
    }
    io.out(command.usage);
    return EXIT_OK;
  }
  const command = Object.hasOwn(table, name) ? table[name] : undefined;
  if (command === undefined) return unknownCommand(name, table, io);
  const beforeDashes = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
  if (beforeDashes.includes("--help") || beforeDashes.includes("-h")) {
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
    if (error instanceof CliError) {
      io.err(`fleetwire ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
