#!/usr/bin/env node
/** The `fleetwire` command (package.json `bin`): runs the dispatcher with the process's streams and exits with its code. */
import { once } from "node:events";
import { installPrecompiledParsers } from "../precompiled/install.js";
import { run } from "./run.js";

// The build-time parsers: no code generated per type at its first use, and faster validation.
installPrecompiledParsers();

// `fleetwire canonical ... | head`: the reader went away; stop quietly, as a killed-by-SIGPIPE tool would.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(141);
  process.stderr.write(`fleetwire: cannot write the output: ${error.message}\n`);
  process.exit(2);
});

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: process.stdin,
  errIsTTY: process.stderr.isTTY === true,
  drain: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input (bad input and unreadable files are reported by the commands in one line).
    const message = error instanceof Error ? error.message : String(error);
    const stack = process.env.FLEETWIRE_DEBUG
      ? `\n${error instanceof Error ? error.stack : ""}`
      : " (FLEETWIRE_DEBUG=1 shows the stack)";
    process.stderr.write(`fleetwire: internal error: ${message}${stack}\n`);
    process.exitCode = 1;
  },
);
