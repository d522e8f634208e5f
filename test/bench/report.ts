/** Formatting shared by the bench groups, the goals every group may add, and the table they are judged in. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./setup.js";

export const fmtMs = (ms: number) =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toPrecision(2);
export const fmtX = (x: number) => `${x.toFixed(2)}×`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

export function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned[i] ? lpad(c, widths[i] as number) : pad(c, widths[i] as number)))
      .join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;

export interface Goal {
  readonly payload: string;
  readonly ratio: string;
  /** Ratio of the two medians: the figure the goal is judged on. */
  readonly value: number;
  /** Median over rounds of the ratio within each round: less sensitive to load drifting between rounds. */
  readonly paired?: number;
  /** Ratio of the fastest rounds: roughly the uncontended figure on a loaded machine. */
  readonly ofMins?: number;
  readonly note?: string;
  readonly goal: number;
  readonly met: boolean;
}

/** The goals table: each goal with its value, the noise checks, and whether it is met. */
export function goalsTable(goals: readonly Goal[]): string {
  return table(
    ["payload", "ratio", "value", "paired", "of mins", "goal", "", "note"],
    goals.map((g) => [
      g.payload,
      g.ratio,
      g.ratio.startsWith("import") ? `${g.value.toFixed(1)} ms` : fmtX(g.value),
      g.paired === undefined ? "" : fmtX(g.paired),
      g.ofMins === undefined ? "" : fmtX(g.ofMins),
      g.ratio.startsWith("import") ? `≤ ${g.goal} ms` : `≤ ${g.goal.toFixed(1)}×`,
      g.met ? "✓" : "✗",
      g.note ?? "",
    ]),
    [false, false, true, true, true, true, false, false],
  );
}
