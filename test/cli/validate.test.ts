/**
 * `fleetwire validate`, run as the built bin on real files and pipes: the
 * issue's case (10,000 FleetWorkerEvent lines, 2 corrupted), a valid file,
 * standard input, one document over several lines, --json, usage errors.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cli, ensureBuilt } from "./built-cli.js";
import { workerEvent, workerEventLines } from "./events.js";

let dir: string;
let validFile: string;
let eventsFile: string;
let validText: string;
let eventsText: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "fleetwire-cli-"));
  const lines = workerEventLines(10_000);
  validText = `${lines.join("\n")}\n`;
  validFile = join(dir, "valid.ndjson");
  writeFileSync(validFile, validText);
  // Two corrupted lines: an unknown variant (line 4,121) and a negative u64 (line 8,766).
  lines[4120] = lines[4120]!.replace(/"state":"[a-z_]+"/, '"state":"sleeping"');
  lines[8765] = lines[8765]!.replace(/"seq":\d+/, '"seq":-3');
  eventsText = `${lines.join("\n")}\n`;
  eventsFile = join(dir, "events.ndjson");
  writeFileSync(eventsFile, eventsText);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fleetwire validate on NDJSON", () => {
  test("10,000 lines with 2 bad ones: both printed with line number and path, a summary, exit 1", async () => {
    const { code, stdout, stderr } = await cli(["validate", "FleetWorkerEvent", eventsFile]);
    expect(stdout.split("\n")).toEqual([
      expect.stringMatching(/^line 4121: state: unknown variant "sleeping", expected one of `queued`, /),
      "line 8766: seq: expected u64 (an integer from 0 to 9007199254740991), got integer -3",
      "9998 valid, 2 invalid",
      "",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  test("a valid file: exit 0", async () => {
    expect(await cli(["validate", "FleetWorkerEvent", validFile])).toEqual({
      code: 0,
      stdout: "10000 valid, 0 invalid\n",
      stderr: "",
    });
  });

  test("standard input, from a pipe: `-` or no FILE", async () => {
    const dash = await cli(["validate", "FleetWorkerEvent", "-"], { input: eventsText });
    expect(dash.code).toBe(1);
    expect(dash.stdout).toMatch(/^line 4121: state: .*\nline 8766: seq: .*\n9998 valid, 2 invalid\n$/);
    expect(await cli(["validate", "FleetWorkerEvent"], { input: validText })).toMatchObject({
      code: 0,
      stdout: "10000 valid, 0 invalid\n",
    });
  });

  test("--json: one error object per bad line, then a summary object", async () => {
    const { code, stdout } = await cli(["validate", "FleetWorkerEvent", eventsFile, "--json"]);
    expect(code).toBe(1);
    const records = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toEqual([
      {
        kind: "error",
        line: 4121,
        column: expect.any(Number),
        path: "state",
        pointer: "/state",
        message: expect.stringContaining('unknown variant "sleeping"'),
        issues: [
          {
            path: "state",
            pointer: "/state",
            message: expect.stringContaining('unknown variant "sleeping"'),
          },
        ],
        issueCount: 1,
      },
      expect.objectContaining({ kind: "error", line: 8766, column: 8, path: "seq", pointer: "/seq" }),
      {
        kind: "summary",
        type: "FleetWorkerEvent",
        input: eventsFile,
        format: "lines",
        valid: 9998,
        invalid: 2,
        errorsShown: 2,
      },
    ]);
  });

  test("--max-errors N prints the first N and counts the rest", async () => {
    const { code, stdout } = await cli(["validate", "FleetWorkerEvent", eventsFile, "--max-errors", "1"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^line 4121: .*\n9998 valid, 2 invalid \(1 not shown: --max-errors 1\)\n$/);
  });

  test("text-level errors: malformed lines give their column; blank lines are skipped but counted", async () => {
    const [a, b, c] = workerEventLines(3);
    const input = `${a}\n\n${b!.slice(0, 40)}\n${c}\n{"seq":1,"seq":2}\n`;
    const { code, stdout } = await cli(["validate", "FleetWorkerEvent", "-"], { input });
    expect(code).toBe(1);
    expect(stdout).toBe(
      "line 3, column 41: EOF while parsing a string\n" +
        "line 5: seq: duplicate field `seq`\n" +
        "2 valid, 2 invalid\n",
    );
  });

  test("invalid UTF-8 on one line is that line's error", async () => {
    const [a, b] = workerEventLines(2);
    const bad = Buffer.concat([
      Buffer.from(`${a}\n`),
      Buffer.from(b!.slice(0, 20)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`${b!.slice(20)}\n`),
    ]);
    const { code, stdout } = await cli(["validate", "FleetWorkerEvent", "--lines"], { input: bad });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^line 2, column 21: invalid UTF-8 at byte 20\n1 valid, 1 invalid\n$/);
  });

  test("--progress writes progress lines to stderr only; stdout keeps the report", async () => {
    const { code, stdout, stderr } = await cli(["validate", "FleetWorkerEvent", validFile, "--progress"], {
      env: { FLEETWIRE_PROGRESS_INTERVAL_MS: "0" },
    });
    expect(code).toBe(0);
    expect(stdout).toBe("10000 valid, 0 invalid\n");
    expect(stderr).toMatch(/^fleetwire validate: 1,024 lines \(\d+%\), 0 invalid, [\d,]+ lines\/s\n/);
    expect(
      await cli(["validate", "FleetWorkerEvent", validFile], {
        env: { FLEETWIRE_PROGRESS_INTERVAL_MS: "0" },
      }),
    ).toMatchObject({ stderr: "" });
  });
});

describe("fleetwire validate on one document", () => {
  const pretty = (value: unknown) =>
    `${JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v), 2)}\n`;

  test("a document over several lines is read as one document", async () => {
    const event = workerEvent(3);
    expect(await cli(["validate", "FleetWorkerEvent", "-"], { input: pretty(event) })).toMatchObject({
      code: 0,
      stdout: "1 valid, 0 invalid\n",
    });
  });

  test("a bad document: line and column in the text, the path, and every further issue", async () => {
    const text = pretty({ ...workerEvent(3), seq: "4", worker_id: 7 });
    const { code, stdout } = await cli(["validate", "FleetWorkerEvent", "-"], { input: text });
    expect(code).toBe(1);
    expect(stdout).toBe(
      'line 2, column 10: seq: expected u64 (an integer from 0 to 9007199254740991), got string "4"\n' +
        "  worker_id: expected a string, got integer 7\n" +
        "0 valid, 1 invalid\n",
    );
  });

  test("--document forces one document; --lines forces NDJSON", async () => {
    const two = workerEventLines(2).join("\n");
    const asDocument = await cli(["validate", "FleetWorkerEvent", "--document", "-"], { input: two });
    expect(asDocument.code).toBe(1);
    expect(asDocument.stdout).toMatch(
      /^line 2, column 1: trailing characters after the JSON document\n0 valid, 1 invalid\n$/,
    );
    const single = workerEventLines(1)[0]!;
    expect(await cli(["validate", "FleetWorkerEvent", "--lines", "-"], { input: single })).toMatchObject({
      code: 0,
      stdout: "1 valid, 0 invalid\n",
    });
  });

  test("NDJSON whose first line is broken reads as one document, and the summary says how to read it as NDJSON", async () => {
    const [a, b] = workerEventLines(2);
    const { code, stdout } = await cli(["validate", "FleetWorkerEvent", "-"], {
      input: `${a!.slice(0, -1)}\n${b}\n`,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/\n0 valid, 1 invalid \(read as one JSON document; --lines reads NDJSON\)\n$/);
    const lines = await cli(["validate", "FleetWorkerEvent", "--lines", "-"], {
      input: `${a!.slice(0, -1)}\n${b}\n`,
    });
    expect(lines.stdout).toMatch(/^line 1, column \d+: EOF while parsing an object\n1 valid, 1 invalid\n$/);
  });

  test("--json for a document: one error record with line and column, then the summary", async () => {
    const { stdout } = await cli(["validate", "FleetRun", "--json", "-"], {
      input: '{"id": "r1",\n "name": 5}',
    });
    const [error, summary] = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(error).toMatchObject({
      kind: "error",
      line: 2,
      column: 10,
      path: "name",
      pointer: "/name",
      message: "expected a string, got integer 5",
    });
    expect(summary).toMatchObject({
      kind: "summary",
      type: "FleetRun",
      input: "stdin",
      format: "document",
      valid: 0,
      invalid: 1,
    });
  });
});

describe("fleetwire validate: usage errors exit 2 with one line, never a stack", () => {
  test("an unknown type names the close ones", async () => {
    const { code, stdout, stderr } = await cli(["validate", "FleetWorkrEvent", validFile]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^fleetwire validate: no wire type named "FleetWorkrEvent"; did you mean FleetWorkerEvent\?\n/,
    );
    const several = await cli(["validate", "fleetworker", validFile]);
    expect(several.stderr).toMatch(
      /close names: FleetWorkerSpec, FleetWorkerEvent, FleetWorkerStatus, FleetWorkerEventPayload/,
    );
    expect((await cli(["validate", "fleetworkerevent", validFile])).stderr).toMatch(
      /did you mean FleetWorkerEvent\?/,
    );
  });

  test.each([
    [["validate"], /give a TYPE/],
    [["validate", "FleetRun", "a", "b"], /too many arguments: b/],
    [["validate", "FleetRun", "--frobnicate"], /unknown option '--frobnicate'/],
    [["validate", "FleetRun", "--lines", "--document"], /give --lines or --document, not both/],
    [["validate", "FleetRun", "--max-errors", "many"], /--max-errors needs a whole number/],
    [["validate", "FleetRun", "--max-errors"], /argument missing/],
  ])("%j", async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: fleetwire validate TYPE/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test("a document over 512 MiB is unreadable input: exit 2 naming the limit, not an internal error", async () => {
    // A sparse file: 512 MiB + 1 KiB of disk that costs no disk, read through to the limit.
    const huge = join(dir, "huge.json");
    writeFileSync(huge, "{");
    truncateSync(huge, 512 * 1024 * 1024 + 1024);
    const { code, stdout, stderr } = await cli(["validate", "FleetRun", "--document", huge]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/over \d+ bytes \(512 MiB, the longest string JavaScript holds\)/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    rmSync(huge);
  }, 120_000);

  test("a missing file, a directory: one line", async () => {
    const missing = await cli(["validate", "FleetRun", join(dir, "nope.json")]);
    expect(missing).toEqual({
      code: 2,
      stdout: "",
      stderr: `fleetwire validate: cannot read ${join(dir, "nope.json")}: no such file\n`,
    });
    expect(await cli(["validate", "FleetRun", dir])).toEqual({
      code: 2,
      stdout: "",
      stderr: `fleetwire validate: cannot read ${dir}: is a directory\n`,
    });
  });
});
