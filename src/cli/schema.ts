/**
 * `fleetwire schema`: print one wire type's JSON Schema, write every schema
 * file, or check a directory against what would be written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentText } from "../json-schema/emit.js";
import { jsonSchema, jsonSchemaFiles } from "../json-schema/index.js";
import { type Command, EXIT_FAILED, EXIT_OK, type Io, UsageError } from "./command.js";
import { wireTypeArg } from "./wire-type-arg.js";

const USAGE = `Usage:
  fleetwire schema TYPE               print the JSON Schema of one wire type (its Rust name, e.g. FleetRun)
  fleetwire schema --all --out DIR    write every schema file into DIR
  fleetwire schema --all --check DIR  exit 1, listing each file, if DIR differs from what --out would write
`;

interface Options {
  all: boolean;
  out?: string;
  check?: string;
  type?: string;
}

function parse(args: readonly string[]): Options {
  const options: Options = { all: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    switch (flag) {
      case "--all":
        if (inline !== undefined) throw new UsageError("--all takes no value");
        options.all = true;
        break;
      case "--out":
      case "--check": {
        const value = inline ?? args[++i];
        if (value === undefined || value === "" || (inline === undefined && value.startsWith("--")))
          throw new UsageError(`${flag} needs a directory`);
        const key = flag === "--out" ? "out" : "check";
        if (options[key] !== undefined) throw new UsageError(`${flag} given twice`);
        options[key] = value;
        break;
      }
      default:
        if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
        if (options.type !== undefined)
          throw new UsageError(`one TYPE at a time (got ${options.type} and ${arg})`);
        options.type = arg;
    }
  }
  if (options.out !== undefined && options.check !== undefined)
    throw new UsageError("give --out or --check, not both");
  if (options.all) {
    if (options.type !== undefined) throw new UsageError("give TYPE or --all, not both");
    if (options.out === undefined && options.check === undefined)
      throw new UsageError("--all needs --out DIR or --check DIR");
  } else {
    if (options.out !== undefined || options.check !== undefined)
      throw new UsageError("--out and --check go with --all");
    if (options.type === undefined) throw new UsageError("give a TYPE or --all");
  }
  return options;
}

/** Regular files directly in `dir`, by name. */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());
}

function writeAll(dir: string, io: Io): number {
  const files = jsonSchemaFiles();
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    writeFileSync(path, text);
    written++;
  }
  const extra = filesIn(dir).filter((name) => !Object.hasOwn(files, name));
  io.out(
    `fleetwire schema: ${Object.keys(files).length} files in ${dir} (${written} written, the rest unchanged)\n`,
  );
  if (extra.length > 0)
    io.err(`fleetwire schema: not written by fleetwire, left in place: ${extra.join(", ")}\n`);
  return EXIT_OK;
}

function checkAll(dir: string, io: Io): number {
  const files = jsonSchemaFiles();
  const problems: string[] = [];
  const present = new Set(filesIn(dir));
  for (const [name, text] of Object.entries(files)) {
    if (!present.has(name)) problems.push(`missing  ${name}`);
    else if (readFileSync(join(dir, name), "utf8") !== text) problems.push(`differs  ${name}`);
  }
  for (const name of [...present].sort()) if (!Object.hasOwn(files, name)) problems.push(`extra    ${name}`);
  if (problems.length === 0) {
    io.out(`fleetwire schema: ${dir} is up to date (${Object.keys(files).length} files)\n`);
    return EXIT_OK;
  }
  io.err(
    `fleetwire schema: ${dir} is out of date with the contracts:\n${problems.map((p) => `  ${p}\n`).join("")}` +
      `Regenerate with \`fleetwire schema --all --out ${dir}\` (npm run build) and commit the result.\n`,
  );
  return EXIT_FAILED;
}

export const schemaCommand: Command = {
  summary: "print, write or check the JSON Schemas of the wire types",
  usage: USAGE,
  run(args, io) {
    const options = parse(args);
    if (options.out !== undefined) return writeAll(options.out, io);
    if (options.check !== undefined) return checkAll(options.check, io);
    io.out(documentText(jsonSchema(wireTypeArg(options.type))));
    return EXIT_OK;
  },
};
