import { buildPayloads } from "./payloads.js";
import { encodeJson } from "../../src/codec/index.js";
import { writeCompiled } from "../../src/compiled/index.js";
import { wireTypes } from "../../src/registry.js";
const p = buildPayloads();
const parsed = JSON.parse(p.jobTail.text);
const out = JSON.stringify(parsed);
const ops: Record<string, () => unknown> = {
  stringify: () => JSON.stringify(parsed),
  includes: () => out.includes("\\ud"),
  wellFormed: () => (parsed.stdout as string).isWellFormed() && (parsed.stderr as string).isWellFormed(),
  copy: () => JSON.stringify({ found: parsed.found, running: parsed.running, stdout: parsed.stdout, stderr: parsed.stderr, stdout_truncated: parsed.stdout_truncated, stderr_truncated: parsed.stderr_truncated }),
  stringifyValue: () => JSON.stringify(p.jobTail.value),
  writeCompiled: () => writeCompiled(wireTypes.JobTailReply.schema, p.jobTail.value),
  encode: () => encodeJson("JobTailReply", p.jobTail.value),
};
const t: Record<string, number[]> = {};
for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(ops)) { const s = performance.now(); for (let i = 0; i < 20; i++) f(); (t[k] ??= []).push(performance.now() - s); }
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1] as number;
for (const k in t) console.log(k.padEnd(12), (med(t[k]!) / med(t.stringify!)).toFixed(3));
console.log(out.length, /[^\x00-\xff]/.test(out));
console.log("has \\ud:", out.includes("\\ud"), (out.match(/\\ud/g) ?? []).length);
