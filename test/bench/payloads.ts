/**
 * Deterministic, realistic benchmark payloads: values built from a seeded
 * PRNG (mulberry32, never Math.random), then written to wire text with
 * fleetwire's own `encodeJson`, so every text is canonical serde output
 * (u128 nanoseconds with all their digits).
 *
 * "Realistic" means what services actually write: ASCII-heavy identifiers,
 * paths, log lines and ISO timestamps, small nested JSON payloads with
 * integers and floats, a few escapes (`\n`, `\t`, `"`, ANSI colour codes in
 * job output). Not adversarial Unicode: the conformance suite covers that.
 *
 * Every generator takes a seed and returns the same value for the same seed.
 */
import { encodeJson } from "../../src/codec/index.js";
import type {
  DashboardState,
  EventRecord,
  LogRecord,
  RuntimeState,
  SupervisorEdge,
  SupervisorNode,
} from "../../src/contracts/dashboard.js";
import {
  type FleetAlertChannel,
  type FleetRun,
  type FleetScorerSpec,
  type FleetTaskSpec,
  type FleetWorkerEvent,
  FleetWorkerEventSchema,
  type FleetWorkerSpec,
} from "../../src/contracts/fleet.js";
import type { JobTailReply } from "../../src/contracts/jobtail.js";
import { WORKER_STATES } from "../support/examples.js";
import { type Runner, RunnerSchema } from "../../src/contracts/runners.js";
import type { JsonValue } from "../../src/serde/json-value.js";
import { vec } from "../../src/serde/index.js";

// ---------------------------------------------------------------- PRNG

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  hex(digits: number): string;
}

/** mulberry32: tiny, fast, and good enough for test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    hex: (digits: number) => {
      let s = "";
      for (let i = 0; i < digits; i++) s += "0123456789abcdef"[Math.floor(next() * 16)];
      return s;
    },
  };
}

const uuid = (r: Rng) =>
  `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(["8", "9", "a", "b"])}${r.hex(3)}-${r.hex(12)}`;

/** 2026-05-20T12:00:00Z, the epoch every payload's clock starts from. */
const START_MS = Date.UTC(2026, 4, 20, 12, 0, 0);
const START_NANOS = BigInt(START_MS) * 1_000_000n;

/** An RFC 3339 UTC timestamp with microseconds, as chrono writes them. */
const iso = (ms: number, micros = 0) =>
  new Date(ms).toISOString().replace("Z", `${String(micros).padStart(3, "0")}Z`);
/** `…T12:00:01.123Z`, milliseconds only, as JS services write them. */
const isoMs = (ms: number) => new Date(ms).toISOString();

const WORDS = [
  "ingest",
  "billing",
  "search",
  "indexer",
  "gateway",
  "scheduler",
  "mailer",
  "export",
  "metrics",
  "auth",
  "cache",
  "queue",
  "ledger",
  "reports",
  "notifier",
  "sync",
  "uploader",
  "thumbnailer",
  "webhooks",
  "audit",
] as const;
const SEVERITIES = ["debug", "info", "info", "info", "warn", "error"] as const;
const ZONES = ["eu-west-1a", "eu-west-1b", "eu-west-1c", "us-east-1a", "us-east-1d"] as const;

function sentence(r: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r.pick(WORDS));
  return out.join(" ");
}

// ---------------------------------------------------------------- DashboardState

export interface DashboardOptions {
  /**
   * `true`: every `*_unix_nanos` is microseconds (16 digits, below 2^53), so
   * `JSON.parse` reads it exactly. This variant exists only for comparing
   * validators on `JSON.parse` output: with real nanoseconds (~1.8e18) the
   * parsed number is already rounded, fleetwire rightly refuses it, and ajv
   * cannot tell. Same shape, same strings, 3 fewer digits per timestamp.
   */
  readonly safeNanos?: boolean;
}

export function dashboardState(seed = 1, options: DashboardOptions = {}): DashboardState {
  const r = rng(seed);
  const nanos = (n: bigint) => (options.safeNanos ? n / 1000n : n);
  const targetId = "sup-prod-euw1-07";
  const configVersion = "2026.05.20-r3";

  const childPaths: string[] = [];
  const nodes: SupervisorNode[] = [];
  const root: SupervisorNode = {
    node_id: "node-000",
    child_id: null,
    path: "/root",
    name: "root supervisor",
    kind: "root_supervisor",
    tags: ["root", "prod"],
    criticality: "critical",
    state_summary: "running: 49 children, 0 restarting",
    diagnostics: { restart_budget: "10/60s", strategy: "one_for_one", uptime_seconds: "864211" },
  };
  nodes.push(root);
  for (let i = 1; i < 50; i++) {
    const group = WORDS[i % WORDS.length] as string;
    const path = `/root/${group}/worker-${String(i).padStart(2, "0")}`;
    childPaths.push(path);
    nodes.push({
      node_id: `node-${String(i).padStart(3, "0")}`,
      child_id: r.chance(0.9) ? `child-${group}-${i}` : null,
      path,
      name: `${group} worker ${i}`,
      kind: "child_task",
      tags: [group, r.pick(["tier-1", "tier-2", "batch"]), r.pick(ZONES)],
      criticality: r.pick(["critical", "standard", "standard", "best_effort"] as const),
      state_summary: r.pick([
        "running",
        "running",
        "running",
        "restarting (backoff 2s)",
        "paused by operator",
      ]),
      diagnostics: {
        last_exit: r.pick(["0", "1", "137", "none"]),
        restart_window: `${r.int(0, 5)}/60s`,
        uptime_seconds: String(r.int(10, 900_000)),
      },
    });
  }
  const edges: SupervisorEdge[] = [];
  for (let i = 0; i < 50; i++) {
    const dependency = i >= 45;
    const target = childPaths[i % childPaths.length] as string;
    edges.push({
      edge_id: `edge-${String(i).padStart(3, "0")}`,
      source_path: dependency ? (childPaths[(i * 7) % childPaths.length] as string) : "/root",
      target_path: target,
      kind: dependency ? "dependency" : "parent_child",
      order: i,
    });
  }
  const runtime: RuntimeState[] = [];
  for (let i = 0; i < 50; i++) {
    const failed = r.chance(0.2);
    runtime.push({
      child_path: i === 0 ? "/root" : (childPaths[i - 1] as string),
      lifecycle_state: failed ? "restarting" : "running",
      health: failed ? "unhealthy" : r.pick(["healthy", "healthy", "degraded"]),
      readiness: failed ? "not_ready" : "ready",
      generation: r.int(1, 40),
      attempt: r.int(1, 5),
      restart_count: r.int(0, 120),
      last_failure: failed
        ? `exit status ${r.pick([1, 101, 137])} after ${r.int(1, 3600)}s: ${sentence(r, 4)} failed`
        : null,
      last_policy_decision: failed
        ? `restart with backoff ${r.int(1, 30)}s (budget ${r.int(1, 9)}/10)`
        : null,
      shutdown_state: "none",
    });
  }
  const events: EventRecord[] = [];
  let clock = START_NANOS;
  for (let i = 0; i < 500; i++) {
    clock += BigInt(r.int(1, 2_000_000_000)) + BigInt(r.int(0, 999));
    const path = r.pick(childPaths);
    const type = r.pick([
      "child.started",
      "child.exited",
      "policy.restart",
      "health.changed",
      "config.reloaded",
    ]);
    const payload: Record<string, JsonValue> = {
      exit_code: r.int(0, 3) === 0 ? r.pick([1, 137, 143]) : 0,
      duration_ms: r.int(3, 60_000),
      cpu_ratio: Math.round(r.next() * 1e4) / 1e4,
    };
    if (r.chance(0.5)) payload.labels = { zone: r.pick(ZONES) };
    if (r.chance(0.5)) payload.memory_mb = Math.round(r.next() * 4096 * 100) / 100;
    if (r.chance(0.3)) payload.attempts = [r.int(1, 3), r.int(1, 3)];
    events.push({
      target_id: targetId,
      sequence: 10_000 + i,
      correlation_id: `corr-${r.hex(12)}`,
      event_type: type,
      severity: r.pick(SEVERITIES),
      target_path: path,
      child_id: r.chance(0.85) ? `child-${r.pick(WORDS)}-${r.int(1, 49)}` : null,
      occurred_at_unix_nanos: nanos(clock),
      config_version: configVersion,
      payload,
    });
  }
  const logs: LogRecord[] = [];
  clock = START_NANOS;
  for (let i = 0; i < 500; i++) {
    clock += BigInt(r.int(1, 2_000_000_000)) + BigInt(r.int(0, 999));
    const path = r.pick(childPaths);
    const fields: Record<string, string> = {
      module: `supervisor::${r.pick(["policy", "runtime", "ipc", "health"])}`,
      child: path,
    };
    if (r.chance(0.5)) fields.attempt = String(r.int(1, 5));
    if (r.chance(0.15))
      fields.peer = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:${r.int(1024, 65535)}`;
    logs.push({
      target_id: targetId,
      sequence: r.chance(0.9) ? 50_000 + i : null,
      correlation_id: r.chance(0.5) ? `corr-${r.hex(12)}` : null,
      severity: r.pick(SEVERITIES),
      message: `${r.pick(["restarting", "started", "health probe failed for", "lease renewed for", "stopping"])} ${path}`,
      fields,
      occurred_at_unix_nanos: nanos(clock),
    });
  }
  return {
    target: {
      target_id: targetId,
      display_name: "prod eu-west-1 supervisor 07",
      registration_state: "active",
      connection_state: "connected",
    },
    topology: { root, nodes, edges, declaration_order: nodes.map((n) => n.path) },
    runtime_state: runtime,
    recent_events: events,
    recent_logs: logs,
    dropped_event_count: 1_204,
    dropped_log_count: 88_310,
    config_version: configVersion,
    generated_at_unix_nanos: nanos(clock + 1_000_000n),
    state_generation: 31_337,
  };
}

// ---------------------------------------------------------------- FleetRun

const SCORERS: ((r: Rng, i: number) => FleetScorerSpec)[] = [
  () => ({ kind: "exit_code" }),
  (_r, i) => ({ kind: "file_exists", path: `out/task-${i}/report.md` }),
  (_r, i) => ({
    kind: "regex_match",
    path: `out/task-${i}/test.log`,
    pattern: "^test result: ok\\. \\d+ passed; 0 failed",
  }),
  (_r, i) => ({ kind: "json_path", path: `out/task-${i}/summary.json`, expression: "$.coverage.lines.pct" }),
  () => ({ kind: "manual" }),
];

function alertChannel(r: Rng, i: number): FleetAlertChannel {
  switch (i % 3) {
    case 0:
      return {
        kind: "slack",
        webhook_url: `https://hooks.slack.com/services/T${r.hex(8).toUpperCase()}/B${r.hex(8).toUpperCase()}/${r.hex(24)}`,
      };
    case 1:
      return {
        kind: "webhook",
        url: `https://alerts.internal.example.com/fleet/${r.hex(12)}`,
        secret: r.chance(0.5) ? r.hex(32) : null,
      };
    default:
      return {
        kind: "pager_duty",
        routing_key: r.hex(32),
        severity: r.pick(["critical", "error", "warning"]),
      };
  }
}

export function fleetRun(seed = 2): FleetRun {
  const r = rng(seed);
  const runId = `run-20260520-${r.hex(8)}`;
  const tasks: FleetTaskSpec[] = [];
  for (let i = 0; i < 20; i++) {
    const area = r.pick(WORDS);
    tasks.push({
      id: `task-${String(i + 1).padStart(2, "0")}`,
      name: `Upgrade ${area} service dependencies`,
      description:
        i % 4 === 3
          ? undefined
          : `Bump the ${area} crate graph to the 2026.05 baseline and keep the public API unchanged.`,
      instructions:
        `Check out the ${area} repository at main. Run \`cargo update\` and fix any breaking change in the ${area} ` +
        `crate, keeping behaviour identical. Run the full test suite with \`cargo test --workspace\` and write the ` +
        `summary to out/task-${i + 1}/summary.json. Do not touch CI configuration. Time budget: ${r.int(10, 90)} minutes.`,
      expected_artifacts: r.pick([
        ["patch", "test_result"],
        ["report"],
        ["patch", "log", "coverage_html"],
        ["checkpoint", "receipt"],
      ]),
      scorer: (SCORERS[i % SCORERS.length] as (r: Rng, i: number) => FleetScorerSpec)(r, i + 1),
      retry_policy:
        i % 3 === 2
          ? undefined
          : {
              max_attempts: r.int(1, 5),
              initial_backoff_seconds: r.pick([5, 10, 30]),
              max_backoff_seconds: 300,
              backoff_multiplier: 2,
            },
      alert_policy:
        i % 2 === 1
          ? undefined
          : {
              channels: [alertChannel(r, i), alertChannel(r, i + 1)],
              after_attempts: r.chance(0.5) ? r.int(1, 3) : null,
              after_minutes_stale: r.chance(0.5) ? r.pick([15, 30, 60]) : null,
            },
      timeout_seconds: r.chance(0.8) ? r.pick([600, 1800, 3600]) : null,
      metadata: {
        owner: `team-${area}`,
        priority: r.int(1, 5),
        estimate: { minutes: Math.round(r.next() * 900) / 10, confidence: Math.round(r.next() * 100) / 100 },
        tags: ["nightly", r.pick(["gpu", "cpu", "io"]), `batch-${r.int(1, 9)}`],
        ticket: `OPS-${r.int(1000, 9999)}`,
      },
    });
  }
  const workers: FleetWorkerSpec[] = [
    {
      id: "worker-01",
      name: "local runner",
      host: { kind: "local" },
      labels: { pool: "dev" },
      capabilities: ["cargo", "node"],
      max_concurrent_tasks: 2,
    },
    {
      id: "worker-02",
      name: "build box",
      host: {
        kind: "ssh",
        host: "build-02.internal.example.com",
        port: 2222,
        user: "fleet",
        identity: "/etc/fleet/keys/id_ed25519",
      },
      labels: { pool: "build", zone: "eu-west-1a" },
      capabilities: ["cargo", "docker", "gpu"],
      max_concurrent_tasks: 8,
    },
    {
      id: "worker-03",
      name: "bastion",
      host: { kind: "ssh", host: "10.20.0.7" },
      labels: {},
      capabilities: [],
      max_concurrent_tasks: undefined,
    },
    {
      id: "worker-04",
      name: "sandbox",
      host: {
        kind: "docker",
        image: "ghcr.io/example/fleet-worker:2026.05.1",
        args: ["--network=none", "--memory=8g", "--cpus=4"],
      },
      labels: { pool: "sandbox" },
      capabilities: ["cargo", "python3.12"],
      max_concurrent_tasks: 4,
    },
  ];
  return {
    id: runId,
    name: "Nightly dependency upgrade, 2026-05-20",
    status: "running",
    task_specs: tasks,
    worker_specs: workers,
    labels: { env: "prod", trigger: "schedule", owner: "platform-team" },
    created_at: iso(START_MS, 123),
    updated_at: iso(START_MS + 3_600_000, 456),
    completed_at: undefined,
  };
}

// ---------------------------------------------------------------- FleetWorkerEvent

/** `count` events (about 170 bytes each on the wire), seq from `firstSeq`, every state in turn (then at random). */
export function fleetWorkerEvents(seed = 3, count = 10_000, firstSeq = 1): FleetWorkerEvent[] {
  const r = rng(seed);
  const runId = `run-${r.hex(8)}`;
  const out: FleetWorkerEvent[] = [];
  let ms = START_MS;
  for (let i = 0; i < count; i++) {
    ms += r.int(1, 400);
    const state = (
      i < WORKER_STATES.length ? WORKER_STATES[i] : r.pick(WORKER_STATES)
    ) as (typeof WORKER_STATES)[number];
    const extra: Record<string, JsonValue> = r.chance(0.05)
      ? { host: `gpu-node-${r.int(1, 9)}`, attempt: r.int(1, 3) }
      : {};
    const head = {
      seq: firstSeq + i,
      run_id: runId,
      worker_id: `worker-${String(r.int(1, 16)).padStart(2, "0")}`,
      task_id: `task-${String(r.int(1, 20)).padStart(2, "0")}`,
      timestamp: isoMs(ms),
      extra,
    };
    const at = (offset: number) => isoMs(ms + offset);
    let event: FleetWorkerEvent;
    switch (state) {
      case "queued":
        event = { ...head, state };
        break;
      case "starting":
        event = { ...head, state };
        break;
      case "running":
        event = { ...head, state };
        break;
      case "leased":
        event = { ...head, state, lease_expires_at: at(300_000) };
        break;
      case "model_wait":
        event = { ...head, state, model: r.pick(["claude-sonnet-4", "gpt-5-mini", "llama-3.3-70b"]) };
        break;
      case "running_tool":
        event = {
          ...head,
          state,
          tool: r.pick(["bash", "edit_file", "cargo_test", "grep"]),
          call_id: `call_${r.hex(12)}`,
        };
        break;
      case "heartbeat":
        event = {
          ...head,
          state,
          cpu_percent: Math.fround(Math.round(r.next() * 10000) / 100),
          memory_mb: r.int(64, 16_384),
        };
        break;
      case "artifact":
        event = {
          ...head,
          state,
          kind: r.pick(["log", "patch", "report"]),
          path: `out/${head.task_id}/${r.pick(["run.log", "fix.patch", "report.md"])}`,
          checksum: `sha256:${r.hex(16)}`,
          size_bytes: r.int(100, 5_000_000),
        };
        break;
      case "completed":
        event = { ...head, state, exit_code: 0, summary: "all 214 tests passed" };
        break;
      case "failed":
        event = {
          ...head,
          state,
          reason: `exit status ${r.pick([1, 101, 137])}: ${r.pick(["tests failed", "build error", "OOM killed"])}`,
          recoverable: r.chance(0.5),
        };
        break;
      case "cancelled":
        event = { ...head, state, cancelled_by: r.pick(["operator:alice", "operator:bob", "scheduler"]) };
        break;
      case "interrupted":
        event = { ...head, state, signal: r.pick(["SIGTERM", "SIGINT", "SIGKILL"]) };
        break;
      case "stale":
        event = { ...head, state, last_heartbeat_at: at(-90_000) };
        break;
      case "restarted":
        event = { ...head, state, restart_count: r.int(1, 4) };
        break;
      case "escalated":
        event = { ...head, state, channel: r.pick(["slack", "pager_duty"]), alert_id: `alert-${r.hex(10)}` };
        break;
    }
    out.push(event);
  }
  return out;
}

// ---------------------------------------------------------------- JobTailReply

const ANSI_GREEN = "\u001b[32m";
const ANSI_RESET = "\u001b[0m";

/** About `bytes` of build/test output: compiler progress, test results, agent log lines, a few quotes, tabs and colour codes. */
function outputLines(r: Rng, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let ms = START_MS;
  while (size < bytes) {
    ms += r.int(0, 250);
    let line: string;
    switch (r.int(0, 5)) {
      case 0:
        line = `   Compiling ${r.pick(WORDS)}-${r.pick(["core", "types", "client", "server"])} v0.${r.int(1, 40)}.${r.int(0, 9)}`;
        break;
      case 1:
        line = `test ${r.pick(WORDS)}::tests::${r.pick(["roundtrip", "decode", "encode", "retry"])}_${r.hex(4)} ... ${r.chance(0.97) ? `${ANSI_GREEN}ok${ANSI_RESET}` : "FAILED"}`;
        break;
      case 2:
        line = `[${isoMs(ms)} INFO  kanade_agent::exec] spawned pid ${r.int(1000, 65000)} for manifest "${r.pick(WORDS)}-deploy" (attempt ${r.int(1, 3)})`;
        break;
      case 3:
        line = `${r.pick(["GET", "POST", "PUT"])} /api/v1/${r.pick(WORDS)}/${r.int(1, 99999)} 200 ${r.int(1, 900)}ms\tbytes=${r.int(100, 90000)}`;
        break;
      case 4:
        line = `    Finished \`test\` profile [unoptimized + debuginfo] target(s) in ${r.int(1, 300)}.${r.int(10, 99)}s`;
        break;
      default:
        line = `${r.pick(SEVERITIES).toUpperCase()} ${sentence(r, r.int(4, 12))}`;
    }
    parts.push(line);
    size += line.length + 1;
  }
  return `${parts.join("\n")}\n`;
}

/** A running job's tail: 1 MB of stdout (ring cap reached, so truncated) and some stderr. */
export function jobTailReply(seed = 4, stdoutBytes = 1_000_000): JobTailReply {
  const r = rng(seed);
  return {
    found: true,
    running: true,
    stdout: outputLines(r, stdoutBytes),
    stderr: outputLines(r, 20_000),
    stdout_truncated: true,
    stderr_truncated: false,
  };
}

// ---------------------------------------------------------------- Runner

export function runners(seed = 5, count = 1_000): Runner[] {
  const r = rng(seed);
  const users = Array.from({ length: 40 }, () => uuid(r));
  const out: Runner[] = [];
  for (let i = 0; i < count; i++) {
    const status = r.pick([
      "healthy",
      "healthy",
      "healthy",
      "degraded",
      "offline",
      "starting",
      "errored",
    ] as const);
    const os = r.pick(["linux", "macos", "windows"]);
    const created = START_MS - r.int(1, 400) * 86_400_000;
    const runner: Runner = {
      id: uuid(r),
      userId: r.pick(users),
      name: `runner-${r.pick(WORDS)}-${i}`,
      hostname: r.chance(0.9) ? `${r.pick(["ws", "mbp", "build", "lab"])}-${r.hex(6)}.local` : undefined,
      ipAddress: r.chance(0.85) ? `192.168.${r.int(0, 255)}.${r.int(1, 254)}` : undefined,
      port: r.chance(0.85) ? r.pick([9876, 9877, 8080]) : undefined,
      os,
      osVersion:
        os === "linux"
          ? `6.${r.int(1, 12)}.${r.int(0, 30)}`
          : os === "macos"
            ? `15.${r.int(0, 5)}`
            : "10.0.26100",
      capabilities: ["python", "playwright", "vision", "ocr"].filter(() => r.chance(0.6)),
      derivedStatus: status,
      wsConnected: status === "healthy" && r.chance(0.8),
      lastHeartbeat: status === "starting" ? undefined : isoMs(START_MS - r.int(1, 600_000)),
      createdAt: isoMs(created),
    };
    if (status === "errored") {
      runner.uiError = {
        kind: r.pick(["build_failed", "port_conflict"]),
        message: "Port 9876 is already in use by another process",
        detail: r.chance(0.5)
          ? "bind: address already in use (os error 98)\n  at runner::server::listen (src/server.rs:88)"
          : undefined,
        reportedAt: isoMs(START_MS - r.int(1, 60_000)),
      };
    }
    if (r.chance(0.05)) {
      runner.recentCrash = {
        filePath: `C:\\Users\\runner\\AppData\\Local\\qontinui\\crash-${r.hex(8)}.dmp`,
        panicMessage: "called `Option::unwrap()` on a `None` value",
        panicLocation: "src/capture/screen.rs:214:31",
        thread: "capture-worker",
        reportedAt: isoMs(START_MS - r.int(1, 86_400_000)),
      };
    }
    out.push(runner);
  }
  return out;
}

// ---------------------------------------------------------------- wire text

/** `Vec<FleetWorkerEvent>` and `Vec<Runner>`: the array payloads are one document, decoded with a `vec` of the type. */
export const FleetWorkerEventVecSchema = vec(FleetWorkerEventSchema);
export const RunnerVecSchema = vec(RunnerSchema);

export interface Payloads {
  dashboard: { value: DashboardState; text: string; safeValue: DashboardState; safeText: string };
  fleetRun: { value: FleetRun; text: string };
  workerEvents: { values: FleetWorkerEvent[]; lines: string[]; ndjson: string; arrayText: string };
  jobTail: { value: JobTailReply; text: string };
  runners: { values: Runner[]; text: string };
}

/** Every payload, as application values and as canonical wire text (written by `encodeJson`). */
export function buildPayloads(): Payloads {
  const dashboard = dashboardState(1);
  const safeDashboard = dashboardState(1, { safeNanos: true });
  const run = fleetRun(2);
  const events = fleetWorkerEvents(3);
  const lines = events.map((e) => encodeJson("FleetWorkerEvent", e));
  const tail = jobTailReply(4);
  const runnerList = runners(5);
  return {
    dashboard: {
      value: dashboard,
      text: encodeJson("DashboardState", dashboard),
      safeValue: safeDashboard,
      safeText: encodeJson("DashboardState", safeDashboard),
    },
    fleetRun: { value: run, text: encodeJson("FleetRun", run) },
    workerEvents: {
      values: events,
      lines,
      ndjson: `${lines.join("\n")}\n`,
      arrayText: encodeJson(FleetWorkerEventVecSchema, events),
    },
    jobTail: { value: tail, text: encodeJson("JobTailReply", tail) },
    runners: { values: runnerList, text: encodeJson(RunnerVecSchema, runnerList) },
  };
}
