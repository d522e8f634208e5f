/**
 * The `unknownFields` option on the reading entry points: what "report"
 * lists, what "reject" refuses and how it says so, that "drop" and the
 * default read the same value, the closed Runner family, and the callback.
 * (The exact agreement with serde is the committed corpus in
 * test/conformance/unknown-fields.test.ts.)
 */
import { describe, expect, test } from "vitest";
import {
  decodeJson,
  decodeJsonLines,
  encodeJson,
  safeDecodeJson,
  WireError,
  type WireTypeName,
} from "../../src/index.js";
import { findUnknownFields } from "../../src/codec/unknown-fields.js";
import { wireTypes } from "../../src/registry.js";
import { cite } from "../support/rules.js";

const task = (extra = "") => `{"id":"t","name":"n","instructions":"i"${extra}}`;
const run = (tasks: string[], extra = "") =>
  `{"id":"r","name":"n","status":"running","task_specs":[${tasks.join(",")}],"created_at":"c"${extra}}`;
const event = (extra = "") =>
  `{"seq":1,"run_id":"r","worker_id":"w","task_id":"t","timestamp":"x","state":"artifact","kind":"log","path":"p","size_bytes":null${extra}}`;
const runner = (extra = "") =>
  `{"id":"i","userId":"u","name":"n","derivedStatus":"healthy","wsConnected":true,"createdAt":"c"${extra}}`;

/** What "report" lists for `text` (undefined when it does not read). */
function reported(type: WireTypeName, text: string): readonly string[] | undefined {
  const result = safeDecodeJson(type, text, { unknownFields: "report" });
  return result.ok ? result.unknownFields : undefined;
}

describe(cite("R5", '"report" lists what serde ignores'), () => {
  test("lists each ignored key in WireError's path format, in document order", () => {
    const text = run([task(), task(',"budget":{"usd":3},"worker":"w"')], ',"owner":"ops"');
    const result = safeDecodeJson("FleetRun", text, { unknownFields: "report" });
    expect(result).toMatchObject({
      ok: true,
      unknownFields: ["task_specs[1].budget", "task_specs[1].worker", "owner"],
    });
    // An odd key is quoted, as in error paths.
    expect(reported("FleetRun", run([], ',"new key":1'))).toEqual(['["new key"]']);
  });

  test("an empty list when there are none; keys inside maps and Values are data", () => {
    const text = run([task(',"metadata":{"budget":{"nested":1}}')], ',"labels":{"owner":"x"}');
    expect(safeDecodeJson("FleetRun", text, { unknownFields: "report" })).toMatchObject({
      ok: true,
      unknownFields: [],
    });
    const withExtra = event(',"extra":{"route":{"a":1}}');
    expect(reported("FleetWorkerEvent", withExtra)).toEqual([]);
  });

  test("tagged enums: the tag is a field, other keys of the variant are not", () => {
    const text = task(',"scorer":{"kind":"regex_match","path":"p","pattern":"x","flags":"i"}');
    expect(reported("FleetTaskSpec", text)).toEqual(["scorer.flags"]);
    // A field of another variant is unknown to this one.
    const other = task(',"scorer":{"kind":"manual","pattern":"x"}');
    expect(reported("FleetTaskSpec", other)).toEqual(["scorer.pattern"]);
  });

  test("the flattened FleetWorkerEvent: unknown is what neither the envelope nor the payload takes", () => {
    const text = event(',"resolved_route":"r","checksum":"c"');
    expect(reported("FleetWorkerEvent", text)).toEqual(["resolved_route"]);
  });

  test("decodeJson hands the list to a callback, only when there is one", () => {
    const seen: (readonly string[])[] = [];
    const onUnknownFields = (paths: readonly string[]) => seen.push(paths);
    decodeJson("FleetRun", run([task(',"budget":1')]), { unknownFields: "report", onUnknownFields });
    decodeJson("FleetRun", run([task()]), { unknownFields: "report", onUnknownFields });
    expect(seen).toEqual([["task_specs[0].budget"]]);
  });

  test("decodeJsonLines gives each line its list, from text and from a stream", async () => {
    const text = `${run([task()])}\n${run([task(',"budget":1')])}\n`;
    const fromText = [...decodeJsonLines("FleetRun", text, { unknownFields: "report" })];
    expect(fromText.map((l) => (l.ok ? l.unknownFields : l.error))).toEqual([[], ["task_specs[0].budget"]]);
    async function* chunks() {
      yield new TextEncoder().encode(text.slice(0, 30));
      yield new TextEncoder().encode(text.slice(30));
    }
    const fromStream = [];
    for await (const line of decodeJsonLines("FleetRun", chunks(), { unknownFields: "report" }))
      fromStream.push(line.ok ? line.unknownFields : line.error);
    expect(fromStream).toEqual([[], ["task_specs[0].budget"]]);
  });
});

describe(cite("R5", '"reject" refuses it, as deny_unknown_fields would'), () => {
  test("refuses the document, naming the first path, with every unknown field as an issue", () => {
    const text = run([task(), task(',"budget":3')], ',\n"owner":"ops"');
    const result = safeDecodeJson("FleetRun", text, { unknownFields: "reject" });
    if (result.ok) expect.fail("accepted");
    expect(result.error).toBeInstanceOf(WireError);
    expect(result.error.pathString).toBe("task_specs[1].budget");
    expect(result.error.expected).toBe("unknown field `budget`, not a field of FleetTaskSpec");
    expect(result.error.line).toBe(1);
    expect(result.error.issues.map((issue) => issue.path)).toEqual([["task_specs", 1, "budget"], ["owner"]]);
    expect(() => decodeJson("FleetRun", text, { unknownFields: "reject" })).toThrow(WireError);
  });

  test("accepts a document without any, and a structural error comes first", () => {
    expect(safeDecodeJson("FleetRun", run([task()]), { unknownFields: "reject" }).ok).toBe(true);
    const bad = safeDecodeJson("FleetRun", run([task(',"budget":1')]).replace('"running"', '"asleep"'), {
      unknownFields: "reject",
    });
    expect(bad.ok === false && bad.error.pathString).toBe("status");
  });
});

describe(cite("R5", '"drop" and the default read the same'), () => {
  test("read the same value and write the same bytes", () => {
    const text = run([task(',"budget":{"usd":3}')], ',"owner":"ops"');
    const byDefault = decodeJson("FleetRun", text);
    const dropped = decodeJson("FleetRun", text, { unknownFields: "drop" });
    expect(dropped).toEqual(byDefault);
    expect(encodeJson("FleetRun", dropped)).toBe(encodeJson("FleetRun", byDefault));
    expect(safeDecodeJson("FleetRun", text, { unknownFields: "drop" })).not.toHaveProperty("unknownFields");
  });

  test(cite("D1", 'the closed Runner family refuses by default, reads with "drop" and "report"'), () => {
    const text = runner(',"instances":3,"uiError":{"kind":"k","message":"m","reportedAt":"r","code":7}');
    const byDefault = safeDecodeJson("Runner", text);
    expect(byDefault.ok === false && byDefault.error.expected).toMatch(/^unknown field `(instances|code)`/);
    const dropped = safeDecodeJson("Runner", text, { unknownFields: "drop" });
    expect(dropped.ok && encodeJson("Runner", dropped.value)).toBe(
      encodeJson(
        "Runner",
        decodeJson("Runner", runner(',"uiError":{"kind":"k","message":"m","reportedAt":"r"}')),
      ),
    );
    expect(reported("Runner", text)).toEqual(["instances", "uiError.code"]);
    const rejected = safeDecodeJson(
      "RunnerCrash",
      '{"filePath":"f","panicMessage":"m","panicLocation":"l","thread":"t","reportedAt":"r","pid":1}',
      { unknownFields: "reject" },
    );
    expect(rejected.ok === false && rejected.error.message).toMatch(
      /RunnerCrash at pid .*unknown field `pid`/,
    );
  });
});

describe(cite("R6", "a repeated key beside an unknownFields mode: the one walk answers both"), () => {
  const repeatedName = run(
    [task(), task(',"budget":1').replace('"name":"n"', '"name":"n","name":"m"')],
    ',"owner":"ops"',
  );

  test.each(["drop", "report", "reject"] as const)(
    'a repeated struct field is still refused with "%s", at the same place as without a mode',
    (mode) => {
      const plain = safeDecodeJson("FleetRun", repeatedName);
      const result = safeDecodeJson("FleetRun", repeatedName, { unknownFields: mode });
      if (result.ok || plain.ok) expect.fail("accepted");
      expect(result.error.pathString).toBe("task_specs[1].name");
      expect(result.error.expected).toBe("duplicate field `name`");
      expect(result.error.message).toBe(plain.error.message);
    },
  );

  test("repeated keys in a map and a Value keep the last, and the unknown fields are listed", () => {
    const text = run(
      [task(',"metadata":{"m":1,"m":{"x":1,"x":2}},"budget":1')],
      ',"labels":{"env":"dev","env":"prod"},"owner":"ops"',
    );
    const result = safeDecodeJson("FleetRun", text, { unknownFields: "report" });
    if (!result.ok) expect.fail(result.error.message);
    expect(result.unknownFields).toEqual(["task_specs[0].budget", "owner"]);
    expect(result.value.labels).toEqual({ env: "prod" });
    expect(result.value.task_specs[0]?.metadata).toEqual({ m: { x: 2 } });
  });

  test(
    cite(
      "D1",
      'a repeated unknown key of a closed struct: dropped with "drop", refused by default and "reject"',
    ),
    () => {
      const text = runner(',"instances":1,"instances":2');
      expect(safeDecodeJson("Runner", text, { unknownFields: "drop" })).toMatchObject({
        ok: true,
        value: decodeJson("Runner", runner()),
      });
      for (const options of [undefined, { unknownFields: "reject" as const }]) {
        const refused = safeDecodeJson("Runner", text, options);
        expect(refused.ok === false && refused.error.expected).toMatch(/^unknown field `instances`/);
      }
    },
  );

  test("the repeated tag of an unknown variant is refused, inside a struct as at the root", () => {
    for (const [type, text, path] of [
      ["FleetHostSpec", '{"kind":"bogus","kind":"bogus"}', "kind"],
      ["FleetTaskSpec", task(',"scorer":{"kind":"bogus","kind":"bogus"},"budget":1'), "scorer.kind"],
    ] as const) {
      const result = safeDecodeJson(type, text, { unknownFields: "report" });
      if (result.ok) expect.fail("accepted");
      expect([result.error.pathString, result.error.expected]).toEqual([path, "duplicate field `kind`"]);
    }
  });
});

test("a mode that is not one of the three is a TypeError, not a silent drop", () => {
  expect(() => decodeJson("FleetRun", run([]), { unknownFields: "warn" as never })).toThrow(
    /unknownFields must be "drop", "report" or "reject"/,
  );
});

test("finding unknown fields takes time linear in the document (n against 8n, the walk alone)", () => {
  const doc = (n: number) => {
    const keys = Array.from({ length: n }, (_, i) => `"k${i}":{"v":[${i}]}`).join(",");
    return JSON.parse(
      run(
        Array.from({ length: n }, () => task(',"budget":{"usd":[1,2]}')),
        `,${keys}`,
      ),
    );
  };
  const schema = wireTypes.FleetRun.schema;
  // The fastest of several rounds: the machine is shared, a slow round is noise, not growth.
  const time = (value: unknown) => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 7; round++) {
      const start = performance.now();
      for (let i = 0; i < 3; i++) findUnknownFields(schema, value, false);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const small = doc(2_000);
  const large = doc(16_000);
  expect(findUnknownFields(schema, large, false)).toHaveLength(32_000);
  time(small);
  // Linear is 8×, and allocation and cache effects at 8n take it to 10–28× on a loaded machine;
  // a walk quadratic in the keys would be 64×.
  expect(time(large) / time(small)).toBeLessThan(8 * 5);
});
