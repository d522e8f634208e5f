/**
 * Errors: `parse` throws and `safeParse` returns zod's error, each issue with a
 * path to the offending field and a message saying what was expected and what
 * came, never the whole input.
 */
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { FleetRunSchema, FleetWorkerEventSchema, RunnerSchema } from "../../src/index.js";

const SECRET = "do-not-echo-the-input";

const task = (i: number, retry_policy?: unknown) => ({
  id: `task-${i}`,
  name: `step ${i}`,
  instructions: `${SECRET} ${i}`,
  ...(retry_policy === undefined ? {} : { retry_policy }),
});

/** A FleetRun of four tasks; the fourth one's retry policy has `max_attempts` set to `bad`. */
function runWithBadFourthTask(bad: unknown) {
  return {
    id: "run-001",
    name: "dogfood smoke",
    status: "running",
    task_specs: [
      task(0),
      task(1, { max_attempts: 2 }),
      task(2),
      task(3, { max_attempts: bad, max_backoff_seconds: 60 }),
    ],
    labels: { owner: SECRET },
    created_at: "2026-06-12T17:00:00Z",
  };
}

const RETRY_PATH = ["task_specs", 3, "retry_policy", "max_attempts"];
const U32 = "expected u32 (an integer from 0 to 4294967295)";

describe("a FleetRun whose 4th task has a bad retry policy", () => {
  test("the good value parses (the fixture is otherwise valid)", () => {
    const run = FleetRunSchema.parse(runWithBadFourthTask(7));
    expect(run.task_specs[3]?.retry_policy?.max_attempts).toBe(7);
  });

  test("safeParse returns a ZodError whose issue points at the field and says what was expected and what came", () => {
    const result = FleetRunSchema.safeParse(runWithBadFourthTask("3"));
    expect(result.success).toBe(false);
    expect(result.error).toBeInstanceOf(z.ZodError);
    expect(result.error?.issues).toHaveLength(1);
    const [issue] = result.error?.issues ?? [];
    expect(issue?.path).toEqual(RETRY_PATH);
    expect(issue?.message).toBe(`${U32}, got string "3"`);
  });

  test("parse throws the same error", () => {
    const input = runWithBadFourthTask("3");
    let thrown: unknown;
    try {
      FleetRunSchema.parse(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(z.ZodError);
    expect((thrown as z.ZodError).issues).toEqual(FleetRunSchema.safeParse(input).error?.issues);
    expect(() => FleetRunSchema.parse(input)).toThrow(/expected u32/);
  });

  test.each([
    [1.5, "got float 1.5"],
    [-1, "got integer -1"],
    [4294967296, "got integer 4294967296"],
    [-0, "got float -0"],
    [null, "got null"],
    [true, "got boolean true"],
    [{ value: 3 }, "got object"],
    [[3], "got array"],
  ])("max_attempts = %o: the message says what came (%s)", (bad, came) => {
    const result = FleetRunSchema.safeParse(runWithBadFourthTask(bad));
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [RETRY_PATH, `${U32}, ${came}`],
    ]);
  });

  test("the path reads as task_specs[3].retry_policy.max_attempts in zod's pretty form", () => {
    const error = FleetRunSchema.safeParse(runWithBadFourthTask(1.5)).error;
    expect(error).toBeDefined();
    expect(z.prettifyError(error as z.ZodError)).toContain("task_specs[3].retry_policy.max_attempts");
  });

  test("the message never holds the rest of the input", () => {
    const error = FleetRunSchema.safeParse(runWithBadFourthTask("3")).error;
    expect(error?.message).not.toContain(SECRET);
    expect(z.prettifyError(error as z.ZodError)).not.toContain(SECRET);
    expect(JSON.stringify(error?.issues)).not.toContain(SECRET);
  });

  test("every bad field is reported, each at its own path", () => {
    const input = runWithBadFourthTask(-2);
    (input.task_specs[1] as Record<string, unknown>).retry_policy = { initial_backoff_seconds: "5" };
    const issues = FleetRunSchema.safeParse(input).error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([
      ["task_specs", 1, "retry_policy", "initial_backoff_seconds"],
      RETRY_PATH,
    ]);
    expect(issues[0]?.message).toBe(
      `expected u64 (an integer from 0 to ${Number.MAX_SAFE_INTEGER}), got string "5"`,
    );
  });
});

describe("paths and messages through every kind of container", () => {
  const run = {
    id: "run-1",
    name: "n",
    status: "running",
    created_at: "2026-06-12T17:00:00Z",
  };

  const cases: [
    label: string,
    schema: z.ZodType,
    input: unknown,
    path: (string | number)[],
    message: RegExp,
  ][] = [
    [
      "a missing required field",
      FleetRunSchema,
      { ...run, name: undefined },
      ["name"],
      /^missing field \(expected a string\)$/,
    ],
    [
      "a unit enum",
      FleetRunSchema,
      { ...run, status: "Running" },
      ["status"],
      /^unknown variant "Running", expected one of `pending`, `queued`, `running`/,
    ],
    [
      "a map value",
      FleetRunSchema,
      { ...run, labels: { team: "infra", cost: 12 } },
      ["labels", "cost"],
      /^expected a string, got integer 12$/,
    ],
    [
      "a tagged enum inside a vec",
      FleetRunSchema,
      {
        ...run,
        worker_specs: [
          { id: "w", name: "w", host: { kind: "local" } },
          { id: "w2", name: "w2", host: { kind: "ssh", host: "h", port: -22 } },
        ],
      },
      ["worker_specs", 1, "host", "port"],
      /^expected u16 \(an integer from 0 to 65535\), got integer -22$/,
    ],
    [
      "a tag naming no variant",
      FleetRunSchema,
      { ...run, worker_specs: [{ id: "w", name: "w", host: { kind: "k8s" } }] },
      ["worker_specs", 0, "host", "kind"],
      /^unknown variant "k8s", expected one of `local`, `ssh`, `docker`$/,
    ],
    [
      "a serde_json::Value",
      FleetRunSchema,
      { ...run, task_specs: [{ ...task(0), metadata: { weights: [1, 2, Number.NaN] } }] },
      ["task_specs", 0, "metadata", "weights", 2],
      /NaN is not a JSON number/,
    ],
    [
      "a flattened variant field",
      FleetWorkerEventSchema,
      {
        seq: 1,
        run_id: "r",
        worker_id: "w",
        task_id: "t",
        timestamp: "x",
        state: "heartbeat",
        cpu_percent: "high",
      },
      ["cpu_percent"],
      /^expected f32 \(a number\), got string "high"$/,
    ],
    [
      "a closed struct nested in Runner",
      RunnerSchema,
      {
        id: "r",
        userId: "u",
        name: "n",
        derivedStatus: "healthy",
        wsConnected: true,
        createdAt: "x",
        recentCrash: {
          filePath: "/c",
          panicMessage: "p",
          panicLocation: "l",
          thread: "t",
          reportedAt: "x",
          signal: 11,
        },
      },
      ["recentCrash"],
      /^unknown field `signal`$/,
    ],
  ];

  test.each(cases)("%s", (_, schema, input, path, message) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]?.message).toMatch(message);
    expect(() => schema.parse(input)).toThrow(z.ZodError);
  });
});
