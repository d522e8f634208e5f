/**
 * What the dashboard test's server sends, and what the page must then show.
 * Expected digits are cut from the raw JSON text with a regular expression,
 * not read back through a JSON parser: the test does not trust the thing it
 * tests, nor JSON.parse (which rounds every u128 above 2^53).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeJsonLines, safeDecodeJson } from "../../src/codec/index.js";
import { root } from "../cli/built-cli.js";

const TWO_53 = 2n ** 53n;

const fixtureLines = (type: string): string[] =>
  readFileSync(join(root, "test", "fixtures", type, "valid.ndjson"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");

/** The digits of every `"key":123` in a JSON text, in text order. */
export function digitsOf(text: string, key: string): string[] {
  return [...text.matchAll(new RegExp(`"${key}":(\\d+)`, "g"))].map((m) => m[1] as string);
}

/** One line's nanoseconds, asserting there is exactly one. */
function nanosOf(text: string, key = "occurred_at_unix_nanos"): string {
  const all = digitsOf(text, key);
  if (all.length !== 1) throw new Error(`expected one ${key} in ${text.slice(0, 80)}`);
  return all[0] as string;
}

const above2to53 = (key: string) => (line: string) => BigInt(nanosOf(line, key)) > TWO_53;

/** Readable events a supervisor would send; 1800000000123456789 and ...790 are one double apart from nothing. */
const craftedEvent = (sequence: number, eventType: string, severity: string, nanos: string) =>
  `{"target_id":"supervisor-eu-1","sequence":${sequence},"correlation_id":"c-${sequence}","event_type":"${eventType}",` +
  `"severity":"${severity}","target_path":"/root/workers","child_id":"worker-${sequence}",` +
  `"occurred_at_unix_nanos":${nanos},"config_version":"v42","payload":{"attempt":${sequence}}}`;

const craftedLog = (sequence: number, message: string, nanos: string) =>
  `{"target_id":"supervisor-eu-1","sequence":${sequence},"correlation_id":null,"severity":"info",` +
  `"message":"${message}","fields":{"child":"worker-${sequence}"},"occurred_at_unix_nanos":${nanos}}`;

export interface ExpectedRow {
  readonly nanos: string;
  /** Set where the test knows the time independently. */
  readonly time?: string;
}

export interface DashboardScript {
  readonly frames: (string | Uint8Array)[];
  readonly ndjson: Uint8Array;
  readonly state: { readonly text: string; readonly generatedNanos: string; readonly eventNanos: string[] };
  /** The WebSocket EventRecords the page must list, in order (frames 2, 3, ... minus the bad ones). */
  readonly events: ExpectedRow[];
  readonly logs: (ExpectedRow & { readonly line: number })[];
  /** Each refused frame or line as the page must say it: `frame 5: <WireError message>`. */
  readonly errors: string[];
  /** The ControlCommandRequests the page must send back, byte for byte as serde_json writes them. */
  readonly commands: string[];
}

function refusal(type: "EventRecord" | "LogRecord", text: string): string {
  const result = safeDecodeJson(type, text);
  if (result.ok) throw new Error(`meant to be refused, but ${type} accepts ${text}`);
  return result.error.message;
}

export function dashboardScript(): DashboardScript {
  // A real DashboardState from the serde corpus: the shortest with recent events and generated_at above 2^53.
  const stateText = fixtureLines("DashboardState")
    .filter(above2to53("generated_at_unix_nanos"))
    .filter((line) => line.includes('"recent_events":[{'))
    .sort((a, b) => a.length - b.length)[0];
  if (stateText === undefined) throw new Error("no DashboardState fixture fits");
  const stateEvents = stateText.slice(
    stateText.indexOf('"recent_events":'),
    stateText.indexOf('"recent_logs":'),
  );

  const events: { text: string; row: ExpectedRow; binary?: boolean }[] = [
    {
      text: craftedEvent(1, "child_started", "info", "1800000000123456789"),
      row: { nanos: "1800000000123456789", time: "2027-01-15T08:00:00.123456789Z" },
    },
    {
      text: craftedEvent(2, "child_failed", "error", "1800000000123456790"),
      row: { nanos: "1800000000123456790", time: "2027-01-15T08:00:00.123456790Z" },
      binary: true,
    },
    {
      text: craftedEvent(3, "restart_scheduled", "warn", "9007199254740993"),
      row: { nanos: "9007199254740993", time: "1970-04-15T05:59:59.254740993Z" },
    },
    ...fixtureLines("EventRecord")
      .filter(above2to53("occurred_at_unix_nanos"))
      .slice(0, 5)
      .map((text) => ({ text, row: { nanos: nanosOf(text) } })),
  ];
  // What the hand-written UI used to send (an ISO string: serde wants the integer), and one past u128.
  const badFrames = [
    craftedEvent(4, "child_stopped", "info", '"2027-01-15T08:00:00.123456789Z"'),
    craftedEvent(5, "child_stopped", "info", "340282366920938463463374607431768211456"),
  ];

  const frames: (string | Uint8Array)[] = [stateText];
  const errors: string[] = [];
  const wsEvents: ExpectedRow[] = [];
  // Bad frames go in the middle of the stream: the page must go on after them.
  const stream = [...events.slice(0, 3), ...badFrames.map((text) => ({ bad: text })), ...events.slice(3)];
  for (const item of stream) {
    if ("bad" in item) {
      frames.push(item.bad);
      errors.push(`frame ${frames.length}: ${refusal("EventRecord", item.bad)}`);
    } else {
      frames.push(item.binary ? new TextEncoder().encode(item.text) : item.text);
      wsEvents.push(item.row);
    }
  }

  const logLines: { text: string; row?: ExpectedRow }[] = [
    {
      text: craftedLog(1, "worker-1 ready ✓", "1800000000999999999"),
      row: { nanos: "1800000000999999999", time: "2027-01-15T08:00:00.999999999Z" },
    },
    ...fixtureLines("LogRecord")
      .filter(above2to53("occurred_at_unix_nanos"))
      .slice(0, 5)
      .map((text) => ({ text, row: { nanos: nanosOf(text) } })),
    // A float where serde wants an integer: serde refuses 1.8e18 for a u128.
    { text: craftedLog(2, "clock from a float", "1.8e18") },
    {
      text: craftedLog(3, "après la panne 😀", "1800000001000000001"),
      row: { nanos: "1800000001000000001", time: "2027-01-15T08:00:01.000000001Z" },
    },
  ];
  const ndjson = `${logLines.map((l) => l.text).join("\n")}\n`;
  const logs: (ExpectedRow & { line: number })[] = [];
  // A bad line's message names its line in the stream, as decodeJsonLines says it.
  const lineErrors = new Map<number, string>();
  for (const line of decodeJsonLines("LogRecord", ndjson))
    if (!line.ok) lineErrors.set(line.line, line.error.message);
  logLines.forEach(({ row }, i) => {
    const error = lineErrors.get(i + 1);
    if ((row === undefined) !== (error !== undefined)) throw new Error(`log line ${i + 1} is not as meant`);
    if (error !== undefined) errors.push(`log line ${i + 1}: ${error}`);
    if (row !== undefined) logs.push({ ...row, line: i + 1 });
  });

  return {
    frames,
    ndjson: new TextEncoder().encode(ndjson),
    state: {
      text: stateText,
      generatedNanos: nanosOf(stateText, "generated_at_unix_nanos"),
      eventNanos: digitsOf(stateEvents, "occurred_at_unix_nanos"),
    },
    events: wsEvents,
    logs,
    errors,
    // The restart for the failed child, one second after its failure: written out here, not by fleetwire.
    commands: [
      '{"command_id":"restart-2","target_id":"supervisor-eu-1","command":"restart_child",' +
        '"target":{"child_path":"/root/workers/worker-2","child_manifest":null},' +
        '"reason":"child_failed at 2027-01-15T08:00:00.123456790Z","requested_by":"dashboard","confirmed":true,' +
        '"requested_at_unix_nanos":1800000001123456790}',
    ],
  };
}
