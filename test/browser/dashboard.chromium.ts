/**
 * The supervisor dashboard page (test/browser/page/), built by Vite from the
 * packed package, run in Debian's Chromium (headless, through playwright-core,
 * no browser download) against a local server: a DashboardState and a stream
 * of EventRecord frames over a WebSocket, LogRecords as NDJSON over fetch.
 * Every u128 must reach the page with all its digits, each bad frame or line
 * must show its WireError, the restart command the page sends back must be
 * serde_json's bytes, and the console must stay free of errors. The page is
 * served under a strict CSP (no `'unsafe-eval'`) and validates with the
 * parsers of `fleetwire/precompiled`, zod being unable to generate code there.
 *
 * `npm run test:browser` (needs /usr/bin/chromium; .ci/run installs it).
 * The screenshot goes to $FLEETWIRE_SCREENSHOT or <tmpdir>/fleetwire-dashboard.png.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltPage, buildDashboardPage } from "./build-page.js";
import { type DashboardScript, dashboardScript } from "./frames.js";
import { CONTENT_SECURITY_POLICY, type DashboardServer, startDashboardServer } from "./server.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = process.env.FLEETWIRE_SCREENSHOT ?? join(tmpdir(), "fleetwire-dashboard.png");

let built: BuiltPage;
let server: DashboardServer;
let context: BrowserContext;
let page: Page;
let profile: string;
let script: DashboardScript;
const consoleProblems: string[] = [];
let documentPolicy: string | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`npm run test:browser needs Debian's Chromium at ${CHROMIUM}: apt-get install chromium`);
  script = dashboardScript();
  built = buildDashboardPage();
  server = await startDashboardServer({ outDir: built.outDir, frames: script.frames, ndjson: script.ndjson });
  // A fresh profile each run: the persistent context's directory is --user-data-dir.
  profile = mkdtempSync(join(tmpdir(), "fleetwire-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleProblems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    consoleProblems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  documentPolicy = (await page.goto(server.url))?.headers()["content-security-policy"];
  await page.waitForSelector('#status[data-state="done"]', { timeout: 60_000 });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  process.stdout.write(`dashboard screenshot: ${SCREENSHOT}\n`);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  built?.remove();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

const texts = (selector: string) =>
  page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ""));

describe("the supervisor dashboard in Chromium", () => {
  it("is a Vite build of the installed tarball, with nothing from Node in it", () => {
    expect(built.scripts.length).toBeGreaterThan(0);
    for (const { file } of built.scripts) {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(/["']node:/);
      // The codec and the dashboard schemas made it into the page.
      expect(code).toContain("DashboardState");
    }
    process.stdout.write(
      `page script: ${built.scripts.map((s) => `${(s.bytes / 1000).toFixed(1)} KB (${(s.gzip / 1000).toFixed(1)} KB gzip)`).join(", ")}\n`,
    );
  });

  it("runs under a strict CSP that refuses code generation, as a hardened dashboard does", async () => {
    expect(documentPolicy).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.getAttribute("#status", "data-code-generation")).toBe("refused");
    // One violation, the page's own probe: nothing in zod or fleetwire tried to generate code.
    await expect.poll(() => page.getAttribute("#status", "data-violations")).toBe("1");
  });

  it("validates with the build-time parsers of fleetwire/precompiled there (zod's own code generation refused)", async () => {
    expect(await page.getAttribute("#status", "data-parser")).toBe("function");
  });

  it("got every frame over the WebSocket", async () => {
    expect(server.sent).toEqual({ connections: 1, frames: script.frames.length });
    expect(await page.getAttribute("#status", "data-frames")).toBe(String(script.frames.length));
  });

  it("shows the DashboardState's u128 with every digit, and as a time", async () => {
    expect(await page.textContent("#generated-nanos")).toBe(script.state.generatedNanos);
    // 8.2e37 ns lies far past any Date: said so, not wrapped or rounded.
    expect(BigInt(script.state.generatedNanos)).toBeGreaterThan(8_640_000_000_000_000_000_000n);
    expect(await page.textContent("#generated-time")).toBe("beyond Date's range");
    expect(await texts('#events tr[data-from="state"] .nanos')).toEqual(script.state.eventNanos);
  });

  it("shows each EventRecord frame's occurred_at_unix_nanos with every digit (all above 2^53)", async () => {
    const nanos = await texts('#events tr:not([data-from="state"]) .nanos');
    expect(nanos).toEqual(script.events.map((e) => e.nanos));
    for (const n of nanos) expect(BigInt(n)).toBeGreaterThan(2n ** 53n);
    // Two events one nanosecond apart stay apart (as doubles they would be the same number).
    expect(nanos).toContain("1800000000123456789");
    expect(nanos).toContain("1800000000123456790");
    expect(Number("1800000000123456789")).toBe(Number("1800000000123456790"));
  });

  it("shows the nanoseconds as a UTC time with all nine fractional digits", async () => {
    const times = await texts('#events tr:not([data-from="state"]) .time');
    script.events.forEach((event, i) => {
      if (event.time !== undefined) expect(times[i]).toBe(event.time);
    });
    const logTimes = await texts("#logs .time");
    script.logs.forEach((log, i) => {
      if (log.time !== undefined) expect(logTimes[i]).toBe(log.time);
    });
  });

  it("reads the NDJSON fetch body through the browser's ReadableStream, cut into 13-byte chunks", async () => {
    expect(await texts("#logs .nanos")).toEqual(script.logs.map((l) => l.nanos));
    expect(await page.$$eval("#logs tr", (rows) => rows.map((r) => Number(r.dataset.line)))).toEqual(
      script.logs.map((l) => l.line),
    );
    // UTF-8 cut between chunks comes out whole.
    expect(await texts("#logs td")).toContain("après la panne 😀");
  });

  it("shows each refused frame and line with its WireError message, and goes on after it", async () => {
    expect(await texts("#errors li")).toEqual(script.errors);
    expect(script.errors).toHaveLength(3);
    expect(script.errors[0]).toMatch(/^frame 5: EventRecord at occurred_at_unix_nanos .*got string/);
  });

  it("sends a restart for the failed child, written by encodeJson with every digit of the u128", async () => {
    await expect.poll(() => server.received.length).toBe(script.commands.length);
    expect(server.received).toEqual(script.commands);
    expect(await texts("#commands li")).toEqual(script.commands);
  });

  it("logs no error or warning to the console", () => {
    expect(consoleProblems).toEqual([]);
  });
});
