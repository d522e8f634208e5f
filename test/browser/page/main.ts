/**
 * The supervisor dashboard's use of fleetwire, as a browser application
 * writes it: the first WebSocket frame is the DashboardState, every later
 * frame an EventRecord; recent logs come as NDJSON from a fetch. Every frame
 * is read with the lossless codec, so u128 nanoseconds keep all their digits
 * (JSON.parse would round them to a double), and a frame the Rust side would
 * refuse is shown with its WireError instead of being half-rendered. A failed
 * child gets a restart command back, written with encodeJson (JSON.stringify
 * cannot write a bigint at all).
 *
 * The page is served under a strict CSP (no `'unsafe-eval'`), so zod may not
 * generate code: it sets zod's `jitless` first (./zod-config.ts: zod's own
 * setting for such pages, so it never tries) and uses the parsers fleetwire
 * generated at build time.
 *
 * Built by test/browser/build-page.ts with Vite against the packed package.
 */
import "./zod-config.js";
import "fleetwire/precompiled";
import { DashboardStateSchema, decodeJson, decodeJsonLines, encodeJson, WireError } from "fleetwire";
import type { ControlCommandRequestWire, DashboardState, EventRecord, LogRecord } from "fleetwire/dashboard";

const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no #${id}`);
  return element;
};
const status = byId("status");
const target = byId("target");
const events = byId("events");
const logs = byId("logs");
const errors = byId("errors");
const commands = byId("commands");

// The policy at work: a refused `new Function`, and a count of every violation (the probe's is the one
// expected), so anything in zod or fleetwire that tried to generate code would show.
let violations = 0;
document.addEventListener("securitypolicyviolation", () => {
  violations++;
  status.dataset.violations = String(violations);
});
status.dataset.codeGeneration = (() => {
  try {
    new Function("");
    return "allowed";
  } catch {
    return "refused";
  }
})();

/** The largest time a Date holds: ±8.64e15 ms from the epoch. */
const DATE_LIMIT_MS = 8_640_000_000_000_000n;

/**
 * Unix nanoseconds as an ISO 8601 UTC time with all nine fractional digits
 * (Date alone keeps milliseconds). A u128 can lie far beyond Date's range;
 * that is said, not wrapped.
 */
function timeOf(nanos: bigint): string {
  const ms = nanos / 1_000_000n;
  if (ms > DATE_LIMIT_MS) return "beyond Date's range";
  const iso = new Date(Number(ms)).toISOString();
  return `${iso.slice(0, iso.lastIndexOf("."))}.${(nanos % 1_000_000_000n).toString().padStart(9, "0")}Z`;
}

function cell(row: HTMLTableRowElement, text: string, className?: string): void {
  const td = row.insertCell();
  td.textContent = text;
  td.title = text;
  if (className !== undefined) td.className = className;
}

function nanosCells(row: HTMLTableRowElement, nanos: bigint): void {
  cell(row, nanos.toString(), "nanos");
  cell(row, timeOf(nanos), "time");
}

function showEvent(event: EventRecord, from: string): void {
  const row = (events as HTMLTableSectionElement).insertRow();
  row.dataset.from = from;
  cell(row, from);
  cell(row, event.target_id);
  cell(row, String(event.sequence));
  cell(row, event.event_type);
  cell(row, event.severity);
  nanosCells(row, event.occurred_at_unix_nanos);
}

function showLog(log: LogRecord, line: number): void {
  const row = (logs as HTMLTableSectionElement).insertRow();
  row.dataset.line = String(line);
  cell(row, String(line));
  cell(row, log.severity);
  cell(row, log.message);
  nanosCells(row, log.occurred_at_unix_nanos);
}

function showState(state: DashboardState): void {
  const fields: [string, string, string?][] = [
    ["target", `${state.target.target_id} (${state.target.display_name})`],
    ["registration / connection", `${state.target.registration_state} / ${state.target.connection_state}`],
    ["state generation", String(state.state_generation)],
    ["config version", state.config_version],
    ["topology", `${state.topology.nodes.length} nodes, ${state.topology.edges.length} edges`],
    ["runtime rows", String(state.runtime_state.length)],
    ["generated_at_unix_nanos", state.generated_at_unix_nanos.toString(), "generated-nanos"],
    ["generated at (UTC, ns)", timeOf(state.generated_at_unix_nanos), "generated-time"],
  ];
  target.replaceChildren();
  for (const [label, value, id] of fields) {
    const dt = document.createElement("dt");
    dt.textContent = label;
    const dd = document.createElement("dd");
    dd.textContent = value;
    if (id !== undefined) dd.id = id;
    target.append(dt, dd);
  }
  for (const event of state.recent_events) showEvent(event, "state");
}

function showError(where: string, error: unknown): void {
  const li = document.createElement("li");
  li.dataset.where = where;
  // A WireError says where, what was expected and what came; anything else is a bug worth seeing.
  li.textContent = `${where}: ${error instanceof WireError ? error.message : `unexpected ${String(error)}`}`;
  errors.append(li);
}

/** What an operator's "restart" click sends: one second after the failure, to the nanosecond. */
function restart(event: EventRecord): void {
  if (event.child_id === null) return;
  const command: ControlCommandRequestWire = {
    command_id: `restart-${event.sequence}`,
    target_id: event.target_id,
    command: "restart_child",
    target: { child_path: `${event.target_path}/${event.child_id}`, child_manifest: null },
    reason: `${event.event_type} at ${timeOf(event.occurred_at_unix_nanos)}`,
    requested_by: "dashboard",
    confirmed: true,
    requested_at_unix_nanos: event.occurred_at_unix_nanos + 1_000_000_000n,
  };
  const text = encodeJson("ControlCommandRequest", command);
  socket.send(text);
  const li = document.createElement("li");
  li.textContent = text;
  commands.append(li);
}

let frames = 0;
let pending = 2; // the socket and the log stream
const finished = () => {
  pending--;
  if (pending === 0) {
    status.dataset.state = "done";
    status.textContent = `done: ${frames} WebSocket frames, ${logs.childElementCount} log lines, ${errors.childElementCount} refused`;
  }
};

function onFrame(data: string | ArrayBuffer): void {
  frames++;
  status.dataset.frames = String(frames);
  // Text frames arrive as strings, binary frames as bytes (UTF-8): decodeJson reads both.
  const text = typeof data === "string" ? data : new Uint8Array(data);
  const where = `frame ${frames}`;
  try {
    if (frames === 1) {
      showState(decodeJson("DashboardState", text));
      // After its first parse, what the schema runs on: the build-time parser (a function), or nothing but zod's runtime.
      status.dataset.parser = typeof DashboardStateSchema._zod.bag.validator;
    } else {
      const event = decodeJson("EventRecord", text);
      showEvent(event, where);
      if (event.event_type === "child_failed") restart(event);
    }
  } catch (error) {
    showError(where, error);
  }
}

const socket = new WebSocket(`ws://${location.host}/ws`);
socket.binaryType = "arraybuffer";
socket.addEventListener("open", () => {
  status.textContent = "connected";
});
socket.addEventListener("message", (message: MessageEvent<string | ArrayBuffer>) => onFrame(message.data));
socket.addEventListener("close", finished);

async function readLogs(): Promise<void> {
  const response = await fetch("/logs.ndjson");
  if (!response.ok || response.body === null) throw new Error(`GET /logs.ndjson: ${response.status}`);
  // The browser's ReadableStream<Uint8Array>, read chunk by chunk: lines and UTF-8 may be cut anywhere.
  for await (const line of decodeJsonLines("LogRecord", response.body)) {
    if (line.ok) showLog(line.value, line.line);
    else showError(`log line ${line.line}`, line.error);
  }
}
readLogs().then(finished, (error: unknown) => {
  showError("logs", error);
  finished();
});
