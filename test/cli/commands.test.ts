/** The `fleetwire` bin's other commands and its help, run as the built bin. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { domains, jsonSchema, wireTypeNames } from "../../src/index.js";
import { cli, ensureBuilt, root } from "./built-cli.js";

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "fleetwire-commands-"));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
  scripts: Record<string, string>;
};

describe("help and version", () => {
  test("--help lists every command; no command at all is a usage error", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["types", "schema", "validate", "canonical", "compat", "help"])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(await cli([])).toMatchObject({ code: 2, stdout: "", stderr: help.stdout });
  });

  test("help COMMAND and COMMAND --help print its usage", async () => {
    const viaHelp = await cli(["help", "validate"]);
    expect(viaHelp).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: fleetwire validate TYPE \[FILE\|-\]/),
    });
    expect((await cli(["validate", "--help"])).stdout).toBe(viaHelp.stdout);
    expect((await cli(["help", "compat"])).stdout).toMatch(/^Usage: fleetwire compat BASELINE CURRENT/);
  });

  test("--version prints package.json's version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect((await cli(["-V"])).stdout).toBe(`${pkg.version}\n`);
  });

  test("an unknown command names the close one", async () => {
    const { code, stderr } = await cli(["valdate", "FleetRun"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^fleetwire: unknown command "valdate"; did you mean validate\?/);
    expect((await cli(["help", "canonicl"])).stderr).toMatch(/did you mean canonical\?/);
  });
});

describe("fleetwire types", () => {
  test("lists the 47 types by domain, with their doc's first sentence", async () => {
    const { code, stdout } = await cli(["types"]);
    expect(code).toBe(0);
    for (const [domain, types] of Object.entries(domains))
      expect(stdout).toContain(`${domain} (${Object.keys(types).length})\n`);
    for (const name of wireTypeNames) expect(stdout).toMatch(new RegExp(`^  ${name}( |$)`, "m"));
    expect(stdout).toMatch(/^ {2}FleetWorkerEvent +Worker event envelope\.$/m);
    expect(stdout).toMatch(/\n47 wire types\./);
  });

  test("--json: names by domain", async () => {
    const { stdout } = await cli(["types", "--json"]);
    const parsed = JSON.parse(stdout) as Record<string, string[]>;
    expect(parsed).toEqual(
      Object.fromEntries(Object.entries(domains).map(([d, types]) => [d, Object.keys(types)])),
    );
    expect(Object.values(parsed).flat()).toHaveLength(47);
  });
});

describe("fleetwire schema", () => {
  test("TYPE prints its JSON Schema", async () => {
    const { code, stdout } = await cli(["schema", "FleetRun"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(jsonSchema("FleetRun"));
  });
});

describe("fleetwire compat (npm run check:compat)", () => {
  test("npm run check:compat is the CLI's compat command on the committed schemas", () => {
    expect(pkg.scripts["check:compat"]).toBe("node dist/cli.js compat test/compat/baseline schemas");
  });

  test("the committed schemas against the baseline: exit 0", async () => {
    const { code, stdout } = await cli(["compat", "test/compat/baseline", "schemas"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^fleetwire compat: schemas\/fleetwire\.schema\.json against test\/compat\/baseline\/fleetwire\.schema\.json\n/,
    );
  });

  test("a removed field: BREAKING, exit 1; the same with a bumped version: allowed", async () => {
    const bundle = JSON.parse(readFileSync(join(root, "schemas/fleetwire.schema.json"), "utf8")) as {
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    delete bundle.$defs.FleetRun!.properties.name;
    const current = join(dir, "current");
    cpSync(join(root, "test/compat/baseline"), current, { recursive: true });
    writeFileSync(join(current, "fleetwire.schema.json"), JSON.stringify(bundle));
    const breaking = await cli(["compat", "test/compat/baseline", current]);
    expect(breaking.code).toBe(1);
    expect(breaking.stdout).toMatch(/BREAKING +FleetRun\.name: removed field `name`/);
    expect(breaking.stdout).toMatch(/Not allowed/);
    writeFileSync(join(current, "versions.json"), JSON.stringify({ package: "0.2.0", protocol: "0.1.0" }));
    const bumped = await cli(["compat", "test/compat/baseline", join(current, "fleetwire.schema.json")]);
    expect(bumped.code).toBe(0);
    expect(bumped.stdout).toMatch(/Allowed: the version is bumped/);
  });

  test("usage and unreadable input: exit 2, one line", async () => {
    expect(await cli(["compat", "test/compat/baseline"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/give BASELINE and CURRENT/),
    });
    expect(await cli(["compat", "nope", "schemas"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "fleetwire compat: cannot read nope: no such file or directory\n",
    });
    expect(await cli(["compat", "schemas", "schemas"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^fleetwire compat: no versions\.json beside the baseline/),
    });
  });
});
