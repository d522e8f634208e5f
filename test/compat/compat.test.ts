import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { FLEET_PROTOCOL_VERSION } from "../../src/contracts/fleet.js";
import {
  compareBundles,
  compatVerdict,
  isBreakingBump,
  type SchemaChange,
} from "../../src/json-schema/compat.js";

type Bundle = { $defs: Record<string, any> };
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const baseline = read("./baseline/fleetwire.schema.json") as Bundle;
const versions = read("./baseline/versions.json") as { package: string; protocol: string };
const current = read("../../schemas/fleetwire.schema.json") as Bundle;
const pkg = read("../../package.json") as { version: string };

/** The baseline with one edit. */
function edited(edit: (defs: Record<string, any>) => void): Bundle {
  const copy = structuredClone(baseline);
  edit(copy.$defs);
  return copy;
}

const breaking = (changes: SchemaChange[]) =>
  changes.filter((c) => c.severity === "breaking").map((c) => `${c.path}: ${c.message}`);
const compatible = (changes: SchemaChange[]) =>
  changes.filter((c) => c.severity === "compatible").map((c) => `${c.path}: ${c.message}`);
const same = { package: "0.1.0", protocol: "0.1.0" };

describe("the committed contract against the baseline", () => {
  test("the baseline is a released contract version", () => {
    expect(versions).toEqual({
      package: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      protocol: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
  });

  test("schemas/fleetwire.schema.json passes check:compat (a breaking change needs a breaking version bump)", () => {
    const verdict = compatVerdict(compareBundles(baseline, current), versions, {
      package: pkg.version,
      protocol: FLEET_PROTOCOL_VERSION,
    });
    expect(verdict.ok, verdict.report).toBe(true);
  });

  test("a bundle compared with itself has no change", () => {
    expect(compareBundles(baseline, structuredClone(baseline))).toEqual([]);
    expect(compatVerdict([], same, same)).toMatchObject({
      ok: true,
      report: expect.stringContaining("No change"),
    });
  });
});

describe("breaking changes are caught", () => {
  test("a removed field", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => delete d.FleetRun.properties.name),
    );
    expect(breaking(changes)).toEqual(["FleetRun.name: removed field `name`"]);
    const verdict = compatVerdict(changes, same, same);
    expect(verdict.ok).toBe(false);
    expect(verdict.report).toMatch(/BREAKING +FleetRun\.name: removed field `name`/);
    expect(verdict.report).toMatch(/Not allowed: breaking changes need a breaking version bump/);
  });

  test("a newly required field", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => d.FleetRun.required.push("labels")),
    );
    expect(breaking(changes)).toEqual([
      "FleetRun.labels: field `labels` is now required: messages from old senders may lack it",
    ]);
  });

  test("an added required field", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => {
        d.FleetScore.properties.unit = { type: "string" };
        d.FleetScore.required.push("unit");
      }),
    );
    expect(breaking(changes)).toEqual([
      "FleetScore.unit: added required field `unit`: messages from old senders lack it",
    ]);
  });

  test("a narrowed enum (a removed variant)", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => (d.RunnerStatus.enum = d.RunnerStatus.enum.filter((v: string) => v !== "degraded"))),
    );
    expect(breaking(changes)).toEqual(['RunnerStatus: removed variant "degraded"']);
  });

  test("a variant added to a closed enum: old readers refuse it", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => d.FleetTaskResult.enum.push("flaky")),
    );
    expect(breaking(changes)).toEqual([
      'FleetTaskResult: added variant "flaky" to a closed enum: old readers refuse it',
    ]);
  });

  test("a removed tagged variant, and a changed field inside one", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => {
        d.FleetHostSpec.oneOf = d.FleetHostSpec.oneOf.filter(
          (b: any) => b.properties.kind.const !== "docker",
        );
        d.FleetHostSpec.oneOf[1].properties.host.type = "integer";
      }),
    );
    expect(breaking(changes)).toEqual([
      "FleetHostSpec[ssh].host: changed type from string to integer",
      'FleetHostSpec: removed variant "docker"',
    ]);
  });

  test("a narrowed integer range, and a widened one", () => {
    const narrowed = compareBundles(
      baseline,
      edited((d) => (d.FleetInboxEntry.properties.attempts.maximum = 65535)),
    );
    expect(breaking(narrowed)).toEqual([
      "FleetInboxEntry.attempts: narrowed the range: <= 4294967295 became <= 65535",
    ]);
    const widened = compareBundles(
      baseline,
      edited((d) => (d.FleetInboxEntry.properties.priority.minimum = -(2 ** 40))),
    );
    expect(breaking(widened)).toEqual([
      `FleetInboxEntry.priority: widened the range: >= ${-(2 ** 31)} became >= ${-(2 ** 40)}; old readers refuse the new values`,
    ]);
  });

  test("a closed open object, a field added to a closed object, an Option no longer nullable", () => {
    expect(
      breaking(
        compareBundles(
          baseline,
          edited((d) => (d.FleetScore.additionalProperties = false)),
        ),
      ),
    ).toEqual(["FleetScore: closed an open object: unknown fields are now refused"]);
    expect(
      breaking(
        compareBundles(
          baseline,
          edited((d) => (d.Runner.properties.zone = { type: "string" })),
        ),
      ),
    ).toEqual(["Runner.zone: added field `zone` to a closed object: old readers refuse unknown fields"]);
    expect(
      breaking(
        compareBundles(
          baseline,
          edited((d) => (d.FleetScore.properties.max = d.FleetScore.properties.max.anyOf[0])),
        ),
      ),
    ).toEqual(["FleetScore.max: no longer accepts null"]);
  });

  test("a removed type, a changed map value, a changed default", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => {
        delete d.FleetScore;
        d.LogRecord.properties.fields.additionalProperties = { type: "integer" };
        d.FleetRetryPolicy.properties.max_attempts.default = 5;
      }),
    );
    expect(breaking(changes)).toEqual([
      "FleetRetryPolicy.max_attempts: default changed from 3 to 5: an absent field now means something else",
      "FleetScore: removed type `FleetScore`",
      "LogRecord.fields{}: changed type from string to integer",
    ]);
  });
});

describe("compatible changes pass", () => {
  test("an added optional field", () => {
    const changes = compareBundles(
      baseline,
      edited(
        (d) =>
          (d.FleetRun.properties.owner = {
            description: "Rust: `Option<String>`.",
            anyOf: [{ type: "string" }, { type: "null" }],
          }),
      ),
    );
    expect(breaking(changes)).toEqual([]);
    expect(compatible(changes)).toEqual(["FleetRun.owner: added optional field `owner`"]);
    expect(compatVerdict(changes, same, same)).toMatchObject({ ok: true, breaking: 0, compatible: 1 });
  });

  test("a known variant added to the open enum, an added type, a field that may now be absent, a doc change", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => {
        d.FleetArtifactKind.examples.push("coverage");
        d.FleetQuota = { title: "FleetQuota", type: "object" };
        d.FleetRun.required = d.FleetRun.required.filter((k: string) => k !== "created_at");
        d.FleetRun.description = "Top-level fleet run handle, documented better.";
      }),
    );
    expect(breaking(changes)).toEqual([]);
    expect(compatible(changes)).toEqual([
      'FleetArtifactKind: added known variant "coverage" to an open enum',
      "FleetQuota: added type `FleetQuota`",
      "FleetRun: documentation changed",
      "FleetRun.created_at: field `created_at` may now be absent",
    ]);
  });
});

describe("versions", () => {
  test.each([
    ["0.1.0", "0.1.5", false],
    ["0.1.0", "0.2.0", true],
    ["0.1.0", "1.0.0", true],
    ["1.4.2", "1.9.0", false],
    ["1.4.2", "2.0.0", true],
    ["0.0.3", "0.0.4", true],
    ["1.0.0", "0.9.0", false],
  ])("%s → %s is a breaking release: %s", (from, to, expected) => {
    expect(isBreakingBump(from, to)).toBe(expected);
  });

  test("a breaking change passes once the package or the protocol version is bumped for it", () => {
    const changes = compareBundles(
      baseline,
      edited((d) => delete d.FleetRun.properties.name),
    );
    expect(compatVerdict(changes, same, { package: "0.1.1", protocol: "0.1.0" }).ok).toBe(false);
    expect(compatVerdict(changes, same, { package: "1.0.0", protocol: "0.1.0" }).ok).toBe(true);
    expect(compatVerdict(changes, same, { package: "0.1.0", protocol: "0.2.0" })).toMatchObject({
      ok: true,
      report: expect.stringContaining("Allowed: the version is bumped"),
    });
  });
});
