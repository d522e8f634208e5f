/**
 * A realistic FleetWorkerEvent NDJSON stream for the CLI tests: every payload
 * variant in turn, written with encodeJson (so each line is serde's canonical
 * bytes), deterministic.
 */
import { encodeJson, type FleetWorkerEvent } from "../../src/index.js";
import { WORKER_STATES } from "../support/examples.js";

function payload(state: (typeof WORKER_STATES)[number], i: number): Record<string, unknown> {
  switch (state) {
    case "leased":
      return { lease_expires_at: `2026-05-20T12:05:${String(i % 60).padStart(2, "0")}Z` };
    case "model_wait":
      return { model: "claude-sonnet" };
    case "running_tool":
      return { tool: "bash", call_id: `call_${i}` };
    case "heartbeat":
      return { cpu_percent: (i % 400) / 4, memory_mb: 512 + (i % 97) };
    case "artifact":
      return { kind: "log", path: `out/task-${i % 20}/run.log`, checksum: null, size_bytes: 1000 + i };
    case "completed":
      return { exit_code: 0, summary: "ok" };
    case "failed":
      return { reason: "tests failed", recoverable: i % 2 === 0 };
    case "cancelled":
      return { cancelled_by: "operator" };
    case "interrupted":
      return { signal: "SIGTERM" };
    case "stale":
      return { last_heartbeat_at: "2026-05-20T11:59:00Z" };
    case "restarted":
      return { restart_count: i % 5 };
    case "escalated":
      return { channel: "pager", alert_id: `alert-${i}` };
    default:
      return {};
  }
}

export function workerEvent(i: number): FleetWorkerEvent {
  const state = WORKER_STATES[i % WORKER_STATES.length]!;
  return {
    seq: i + 1,
    run_id: "run-b071c772",
    worker_id: `worker-${String(i % 16).padStart(2, "0")}`,
    task_id: `task-${String(i % 20).padStart(2, "0")}`,
    timestamp: `2026-05-20T12:00:00.${String(i % 1000).padStart(3, "0")}Z`,
    state,
    ...payload(state, i),
    extra: i % 7 === 0 ? { attempt: i % 3, big: 18446744073709551615n, note: "é 😀" } : {},
  } as unknown as FleetWorkerEvent;
}

/** `count` canonical lines (no trailing newline in the strings). */
export function workerEventLines(count: number): string[] {
  return Array.from({ length: count }, (_, i) => encodeJson("FleetWorkerEvent", workerEvent(i) as never));
}
