/** `fleetwire canonical`: the input re-written as serde_json's bytes, run as the built bin. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cli, ensureBuilt } from "./built-cli.js";
import { workerEventLines } from "./events.js";

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "fleetwire-canonical-"));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fleetwire canonical", () => {
  test("canonical NDJSON comes out byte for byte", async () => {
    const text = `${workerEventLines(2000).join("\n")}\n`;
    const file = join(dir, "events.ndjson");
    writeFileSync(file, text);
    expect(await cli(["canonical", "FleetWorkerEvent", file])).toEqual({ code: 0, stdout: text, stderr: "" });
  });

  test("a pretty-printed document becomes serde's one line: field order, floats, map keys by UTF-8 bytes, big integers", async () => {
    const input = `{
  "extra": { "b": 1.0, "a": [1e2, 18446744073709551615, -0.0], "é": true, "z": null },
  "state": "heartbeat",
  "cpu_percent": 12,
  "timestamp": "2026-05-20T12:00:00Z",
  "task_id": "t",
  "worker_id": "w",
  "run_id": "r",
  "seq": 9007199254740991
}
`;
    expect(await cli(["canonical", "FleetWorkerEvent", "-"], { input })).toEqual({
      code: 0,
      stdout:
        '{"seq":9007199254740991,"run_id":"r","worker_id":"w","task_id":"t","timestamp":"2026-05-20T12:00:00Z","state":"heartbeat","cpu_percent":12.0,' +
        '"extra":{"a":[100.0,18446744073709551615,-0.0],"b":1.0,"z":null,"é":true}}\n',
      stderr: "",
    });
  });

  test("bad lines: errors on stderr, the good lines still written, exit 1", async () => {
    const [a, b, c] = workerEventLines(3);
    const { code, stdout, stderr } = await cli(["canonical", "FleetWorkerEvent"], {
      input: `${a}\n${b!.replace('"seq":2', '"seq":"2"')}\n${c}\n`,
    });
    expect(code).toBe(1);
    expect(stdout).toBe(`${a}\n${c}\n`);
    expect(stderr).toBe(
      'line 2: seq: expected u64 (an integer from 0 to 9007199254740991), got string "2"\nfleetwire canonical: 1 invalid, 2 written\n',
    );
  });

  test("an unknown type is a usage error", async () => {
    const { code, stderr } = await cli(["canonical", "Fleetrun"], { input: "{}" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/did you mean FleetRun\?/);
  });
});
