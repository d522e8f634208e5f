/** `fleetwire openapi`: every wire type as an OpenAPI 3.1 document's `components.schemas`. */
import { writeFileSync } from "node:fs";
import { documentText } from "../json-schema/emit.js";
import { openApiComponents, openApiDocument } from "../json-schema/index.js";
import { type Command, EXIT_OK, UsageError } from "./command.js";
import { VERSION } from "./version.js";

const USAGE = `Usage:
  fleetwire openapi                   print an OpenAPI 3.1 document: every wire type under components.schemas
  fleetwire openapi --components      print only the components object ({ "schemas": { ... } })
  fleetwire openapi --out FILE        write it to FILE instead
`;

export const openapiCommand: Command = {
  summary: "print every wire type as OpenAPI 3.1 components.schemas",
  usage: USAGE,
  run(args, io) {
    let componentsOnly = false;
    let out: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === "--components") componentsOnly = true;
      else if (arg === "--out" || arg.startsWith("--out=")) {
        const value = arg === "--out" ? args[++i] : arg.slice("--out=".length);
        if (value === undefined || value === "" || value.startsWith("--"))
          throw new UsageError("--out needs a file");
        if (out !== undefined) throw new UsageError("--out given twice");
        out = value;
      } else
        throw new UsageError(arg.startsWith("-") ? `unknown option ${arg}` : `unexpected argument ${arg}`);
    }
    const text = documentText(componentsOnly ? openApiComponents() : openApiDocument(VERSION));
    if (out === undefined) io.out(text);
    else {
      writeFileSync(out, text);
      io.out(`fleetwire openapi: wrote ${out}\n`);
    }
    return EXIT_OK;
  },
};
