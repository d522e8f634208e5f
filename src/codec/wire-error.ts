/**
 * The one error the codec throws: where (path, line, column), what was
 * expected and what came, with a short excerpt of the text, never the whole input.
 */
export type WirePath = readonly (string | number)[];

export interface WireIssue {
  readonly path: WirePath;
  readonly message: string;
}

export interface WireErrorDetails {
  /** The Rust type being read or written. */
  readonly typeName: string;
  readonly path: WirePath;
  /** What was expected and what came. */
  readonly expected: string;
  readonly line?: number;
  readonly column?: number;
  /** Offset in the text, in UTF-16 code units. */
  readonly offset?: number;
  /** A short window of the text around the offset. */
  readonly excerpt?: string;
  /** Every problem found (the first is the one in `message`). */
  readonly issues?: readonly WireIssue[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_KEY_SHOWN = 40;

/** `tasks[3].retry.max_attempts`; odd keys quoted: `labels["a b"]`. */
export function formatPath(path: WirePath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment) && segment.length <= MAX_KEY_SHOWN)
      out += out === "" ? segment : `.${segment}`;
    else
      out += `[${JSON.stringify(segment.length > MAX_KEY_SHOWN ? `${segment.slice(0, MAX_KEY_SHOWN)}…` : segment)}]`;
  }
  return out;
}

export class WireError extends Error {
  override readonly name = "WireError";
  readonly typeName: string;
  readonly path: WirePath;
  readonly expected: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly offset: number | undefined;
  readonly excerpt: string | undefined;
  readonly issues: readonly WireIssue[];

  constructor(details: WireErrorDetails) {
    const where = details.path.length > 0 ? ` at ${formatPath(details.path)}` : "";
    const position = details.line === undefined ? "" : ` (line ${details.line}, column ${details.column})`;
    super(`${details.typeName}${where}${position}: ${details.expected}`);
    this.typeName = details.typeName;
    this.path = details.path;
    this.expected = details.expected;
    this.line = details.line;
    this.column = details.column;
    this.offset = details.offset;
    this.excerpt = details.excerpt;
    this.issues = details.issues ?? [{ path: details.path, message: details.expected }];
  }

  /** The path as text: `events[12].payload` (empty at the root). */
  get pathString(): string {
    return formatPath(this.path);
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      typeName: this.typeName,
      path: this.path,
      expected: this.expected,
      line: this.line,
      column: this.column,
      excerpt: this.excerpt,
      issues: this.issues,
    };
  }
}

const EXCERPT_RADIUS = 24;

/** Line and column (1-based) of an offset, and a one-line excerpt around it. */
export function positionIn(text: string, offset: number): { line: number; column: number; excerpt: string } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const from = Math.max(lineStart, at - EXCERPT_RADIUS);
  let to = text.indexOf("\n", at);
  to = Math.min(to === -1 ? text.length : to, at + EXCERPT_RADIUS);
  const excerpt =
    (from > lineStart ? "…" : "") +
    escapeControls(text.slice(from, to)) +
    (to < text.length && text[to] !== "\n" ? "…" : "");
  return { line, column: at - lineStart + 1, excerpt };
}

function escapeControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what an excerpt must not print raw
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
