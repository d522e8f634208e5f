import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { run } from "../../src/cli/run.js";
import { jsonSchemaFiles } from "../../src/json-schema/index.js";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "fleetwire-schemas-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("fleetwire schema", () => {
  test("TYPE prints that type's schema file", async () => {
    const { code, out } = await cli("schema", "FleetRun");
    expect(code).toBe(0);
    expect(out).toBe(jsonSchemaFiles()["FleetRun.json"]);
  });

  test("--all --out writes every file; --check then passes", async () => {
    const dir = tempDir();
    expect((await cli("schema", "--all", "--out", dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(Object.keys(jsonSchemaFiles()).sort());
    expect(readFileSync(join(dir, "index.json"), "utf8")).toBe(jsonSchemaFiles()["index.json"]);
    const check = await cli("schema", "--all", `--check=${dir}`);
    expect(check).toMatchObject({ code: 0, out: expect.stringContaining("up to date (49 files)") });
  });

  test("--check exits 1 and lists every differing, missing and extra file", async () => {
    const dir = tempDir();
    await cli("schema", "--all", "--out", dir);
    writeFileSync(join(dir, "FleetRun.json"), "{}\n");
    unlinkSync(join(dir, "Runner.json"));
    writeFileSync(join(dir, "Stale.json"), "{}\n");
    const { code, err } = await cli("schema", "--all", "--check", dir);
    expect(code).toBe(1);
    expect(err).toMatch(/differs +FleetRun\.json/);
    expect(err).toMatch(/missing +Runner\.json/);
    expect(err).toMatch(/extra +Stale\.json/);
  });

  test("--check on a missing directory lists every file as missing", async () => {
    const { code, err } = await cli("schema", "--all", "--check", join(tempDir(), "nope"));
    expect(code).toBe(1);
    expect(err.match(/missing/g)).toHaveLength(49);
  });

  test.each([
    [[]],
    [["nope"]],
    [["schema"]],
    [["schema", "NoSuchType"]],
    [["schema", "--all"]],
    [["schema", "--all", "--out"]],
    [["schema", "--all", "--out", "a", "--check", "b"]],
    [["schema", "FleetRun", "--all", "--out", "a"]],
    [["schema", "FleetRun", "Runner"]],
    [["schema", "--out", "a"]],
    [["schema", "--frobnicate"]],
  ])("usage error %j exits 2", async (argv) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(/Usage/);
  });

  test("--help prints the usage and exits 0", async () => {
    expect(await cli("schema", "--help")).toMatchObject({
      code: 0,
      out: expect.stringContaining("fleetwire schema --all --check DIR"),
    });
    expect(await cli("--help")).toMatchObject({ code: 0, out: expect.stringContaining("schema") });
  });
});
