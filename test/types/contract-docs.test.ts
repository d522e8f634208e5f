/** The JSDoc of src/contracts/ is what test/types/contract-docs.ts writes from the runtime docs (one source). */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { biomeFormatted, contractFiles, syncedSource } from "./contract-docs.js";

test.each(contractFiles())(
  "$domain: the contract's JSDoc and declarations are up to date",
  ({ domain, path }) => {
    const text = readFileSync(path, "utf8");
    // If this fails: npx tsx test/types/contract-docs.ts, then commit src/contracts/.
    expect(biomeFormatted(path, syncedSource(domain, text))).toBe(text);
  },
);

test("a changed doc comment makes the check fail", () => {
  const [first] = contractFiles();
  if (first === undefined) throw new Error("no contract files");
  const text = readFileSync(first.path, "utf8").replace(
    /(\n \* )([A-Z][^\n]*)(\n \*\/\nexport const \w+Schema:)/,
    "$1Something else.$3",
  );
  expect(text).not.toBe(readFileSync(first.path, "utf8"));
  expect(biomeFormatted(first.path, syncedSource(first.domain, text))).not.toBe(text);
});
