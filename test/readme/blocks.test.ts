/** The README block runner's reading of Markdown (the run itself is `npm run readme`, in .ci/run). */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { codeBlocks } from "./run-blocks.js";

test("sh and ts blocks are found with their words; other languages and bare fences are not", () => {
  const markdown = [
    "text",
    "```sh",
    "echo one",
    "```",
    "```ts fragment",
    "const x = 1;",
    "```",
    "```ts long-running",
    "server();",
    "```",
    "```",
    "$ npx fleetwire types",
    "```",
    "```json",
    "{}",
    "```",
  ].join("\n");
  expect(codeBlocks(markdown)).toEqual([
    { lang: "sh", words: [], code: "echo one", line: 2 },
    { lang: "ts", words: ["fragment"], code: "const x = 1;", line: 5 },
    { lang: "ts", words: ["long-running"], code: "server();", line: 8 },
  ]);
});

test("the README has runnable blocks, among them the quicktype commands CI checks", () => {
  const blocks = codeBlocks(readFileSync(new URL("../../README.md", import.meta.url), "utf8"));
  const runnable = blocks.filter((b) => !b.words.includes("fragment"));
  expect(runnable.length).toBeGreaterThan(3);
  const quicktype = runnable.filter((b) => b.lang === "sh" && b.code.includes("quicktype"));
  expect(quicktype.map((b) => b.code).join("\n")).toMatch(/-o fleet\.py[\s\S]*-o fleet\.go/);
});
