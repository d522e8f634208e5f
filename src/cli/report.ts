/**
 * How `validate` and `canonical` show a bad document or line: text for a
 * person (`line N: path: message`) or one JSON object per error.
 */
import { formatPath, type WireError, type WireIssue } from "../codec/wire-error.js";
import { jsonPointer } from "../codec/pointer.js";
import type { InputFormat } from "./input.js";

/** Issues listed under a bad document, and in a JSON error record. */
export const MAX_ISSUES_SHOWN = 20;

/**
 * One error as text. NDJSON: `line N: path: message` (`line N, column C: message`
 * when the problem is at the root, as text errors are); one document:
 * `line L, column C: path: message`, then the document's further issues indented.
 */
export function errorText(error: WireError, line: number, format: InputFormat): string {
  const path = error.pathString;
  const showColumn = format === "document" || path === "";
  const where =
    showColumn && error.column !== undefined
      ? `line ${error.line ?? line}, column ${error.column}`
      : `line ${line}`;
  let text = `${where}: ${path === "" ? "" : `${path}: `}${error.expected}`;
  const more = error.issues.slice(1);
  if (more.length > 0) {
    if (format === "lines") text += ` (+${more.length} more)`;
    else {
      for (const issue of more.slice(0, MAX_ISSUES_SHOWN - 1)) text += `\n  ${issueText(issue)}`;
      if (more.length > MAX_ISSUES_SHOWN - 1)
        text += `\n  … and ${more.length - (MAX_ISSUES_SHOWN - 1)} more`;
    }
  }
  return `${text}\n`;
}

const issueText = (issue: WireIssue) =>
  `${issue.path.length === 0 ? "" : `${formatPath(issue.path)}: `}${issue.message}`;

/** One error as a JSON record (one line). */
export function errorRecord(error: WireError, line: number): string {
  const issues = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => ({
    path: formatPath(issue.path),
    pointer: jsonPointer(issue.path),
    message: issue.message,
  }));
  return `${JSON.stringify({
    kind: "error",
    line: error.line ?? line,
    column: error.column ?? null,
    path: error.pathString,
    pointer: jsonPointer(error.path),
    message: error.expected,
    issues,
    issueCount: error.issues.length,
  })}\n`;
}
