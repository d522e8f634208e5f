/**
 * `fleetwire validate --unknown report|reject`, run as the built bin: which
 * newer fields arrive in a day of NDJSON (100,000 lines), line by line and
 * counted per path with indices collapsed; reject makes them invalid lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cli, ensureBuilt } from "./built-cli.js";

const LINES = 100_000;
let dir: string;
let dayFile: string;
let smallFile: string;

/** A FleetRun line; every 4th has a task `budget` (two tasks), every 10th a root `owner`, every 25th a task `worker` in its retry policy. */
function runLine(i: number): string {
  const budget = i % 4 === 0 ? ',"budget":{"usd":3}' : "";
  const retry = i % 25 === 0 ? ',"retry_policy":{"max_attempts":2,"worker":"w-1"}' : "";
  const task = (n: number) =>
    `{"id":"t${n}","name":"task ${n}","instructions":"run it"${budget}${n === 1 ? retry : ""},"metadata":{"free":{"budget":1}}}`;
  const owner = i % 10 === 0 ? ',"owner":"ops"' : "";
  return `{"id":"run-${i}","name":"nightly","status":"running","task_specs":[${task(0)},${task(1)}],"labels":{"budget":"x"},"created_at":"2026-05-20T12:00:00Z"${owner}}`;
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "fleetwire-unknown-"));
  const lines: string[] = [];
  for (let i = 1; i <= LINES; i++) lines.push(runLine(i));
  dayFile = join(dir, "day.ndjson");
  writeFileSync(dayFile, `${lines.join("\n")}\n`);
  smallFile = join(dir, "small.ndjson");
  writeFileSync(smallFile, `${lines.slice(0, 10).join("\n")}\n`);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fleetwire validate --unknown", () => {
  test("report on 100,000 lines: the first unknown fields, then a count per path, exit 0", async () => {
    const { code, stdout, stderr } = await cli([
      "validate",
      "--unknown",
      "report",
      "FleetRun",
      dayFile,
      "--max-errors",
      "3",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual([
      "line 4: task_specs[0].budget: unknown field (dropped)",
      "line 4: task_specs[1].budget: unknown field (dropped)",
      "line 8: task_specs[0].budget: unknown field (dropped)",
      "unknown fields (dropped) on 32,000 lines, by path:",
      "  task_specs[].budget: 25,000 lines",
      "  owner: 10,000 lines",
      "  task_specs[].retry_policy.worker: 4,000 lines",
      "100000 valid, 0 invalid",
      "",
    ]);
  }, 120_000);

  test("report lists every unknown field of every line; maps and Values hold data, never unknown", async () => {
    const { code, stdout } = await cli(["validate", "--unknown", "report", "FleetRun", smallFile]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "line 4: task_specs[0].budget: unknown field (dropped)",
        "line 4: task_specs[1].budget: unknown field (dropped)",
        "line 8: task_specs[0].budget: unknown field (dropped)",
        "line 8: task_specs[1].budget: unknown field (dropped)",
        "line 10: owner: unknown field (dropped)",
        "unknown fields (dropped) on 3 lines, by path:",
        "  task_specs[].budget: 2 lines",
        "  owner: 1 line",
        "10 valid, 0 invalid",
        "",
      ].join("\n"),
    );
  });

  test("--json: an object per unknown field, the counts, then the summary", async () => {
    const { code, stdout } = await cli(["validate", "--unknown", "report", "--json", "FleetRun", smallFile]);
    expect(code).toBe(0);
    const records = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toEqual({ kind: "unknown-field", line: 4, path: "task_specs[0].budget" });
    expect(records.at(-2)).toEqual({
      kind: "unknown-fields",
      mode: "report",
      lines: 3,
      paths: [
        { path: "task_specs[].budget", lines: 2 },
        { path: "owner", lines: 1 },
      ],
    });
    expect(records.at(-1)).toMatchObject({ kind: "summary", valid: 10, invalid: 0 });
  });

  test("reject: a line with an unknown field is invalid, naming it; exit 1", async () => {
    const { code, stdout } = await cli(["validate", "--unknown", "reject", "FleetRun", smallFile]);
    expect(code).toBe(1);
    expect(stdout.split("\n")).toEqual([
      "line 4: task_specs[0].budget: unknown field `budget`, not a field of FleetTaskSpec (+1 more)",
      "line 8: task_specs[0].budget: unknown field `budget`, not a field of FleetTaskSpec (+1 more)",
      "line 10: owner: unknown field `owner`, not a field of FleetRun",
      "unknown fields (refused) on 3 lines, by path:",
      "  task_specs[].budget: 2 lines",
      "  owner: 1 line",
      "7 valid, 3 invalid",
      "",
    ]);
  });

  test("the closed Runner: refused by default, read with --unknown report", async () => {
    const runner = join(dir, "runner.json");
    writeFileSync(
      runner,
      '{"id":"i","userId":"u","name":"n","derivedStatus":"healthy","wsConnected":true,"createdAt":"c","instances":3}',
    );
    expect((await cli(["validate", "Runner", runner])).code).toBe(1);
    expect(await cli(["validate", "--unknown", "report", "Runner", runner])).toEqual({
      code: 0,
      stdout:
        "line 1: instances: unknown field (dropped)\nunknown fields (dropped) on 1 line, by path:\n  instances: 1 line\n1 valid, 0 invalid\n",
      stderr: "",
    });
    expect((await cli(["validate", "--unknown", "drop", "Runner", runner])).stdout).toBe(
      "1 valid, 0 invalid\n",
    );
  });

  test("a mode it does not know is a usage error", async () => {
    const { code, stderr } = await cli(["validate", "--unknown", "warn", "FleetRun", smallFile]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--unknown takes report, reject or drop \(got "warn"\)/);
  });
});
