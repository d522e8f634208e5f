/**
 * `validate --unknown`: the keys serde ignores, line by line and summed up per
 * path with indices collapsed (`tasks[].budget: 1,204 lines`), so an operator
 * pointing it at a day of NDJSON sees which newer fields are arriving.
 */
import type { WireError } from "../codec/wire-error.js";
import { formatPath } from "../codec/wire-error.js";

const count = (n: number) => n.toLocaleString("en-US");

/** `tasks[2].budget` → `tasks[].budget`. */
export function collapseIndices(path: string): string {
  return path.replace(/\[\d+\]/g, "[]");
}

/** The unknown-field paths of a `"reject"` error (its issues that name an unknown field). */
export function unknownPathsOf(error: WireError): string[] {
  return error.issues
    .filter((issue) => issue.message.startsWith("unknown field"))
    .map((issue) => formatPath(issue.path));
}

export class UnknownFieldSummary {
  /** Collapsed path → lines (documents) it appeared on. */
  private readonly lines = new Map<string, number>();
  /** Lines with at least one unknown field. */
  linesWithUnknown = 0;

  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    this.linesWithUnknown++;
    for (const path of new Set(paths.map(collapseIndices)))
      this.lines.set(path, (this.lines.get(path) ?? 0) + 1);
  }

  /** Most frequent first, then by path. */
  entries(): [string, number][] {
    return [...this.lines].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  }

  text(mode: "report" | "reject"): string {
    if (this.lines.size === 0) return "no unknown fields\n";
    const what = mode === "report" ? "dropped" : "refused";
    const rows = this.entries().map(([path, n]) => `  ${path}: ${count(n)} line${n === 1 ? "" : "s"}\n`);
    return `unknown fields (${what}) on ${count(this.linesWithUnknown)} line${this.linesWithUnknown === 1 ? "" : "s"}, by path:\n${rows.join("")}`;
  }

  record(mode: "report" | "reject"): string {
    const paths = this.entries().map(([path, lines]) => ({ path, lines }));
    return `${JSON.stringify({ kind: "unknown-fields", mode, lines: this.linesWithUnknown, paths })}\n`;
  }
}

/** One unknown field of one line, as text. */
export function unknownFieldText(path: string, line: number): string {
  return `line ${line}: ${path}: unknown field (dropped)\n`;
}

/** One unknown field of one line, as a JSON record. */
export function unknownFieldRecord(path: string, line: number): string {
  return `${JSON.stringify({ kind: "unknown-field", line, path })}\n`;
}
