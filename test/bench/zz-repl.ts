import { buildPayloads } from "./payloads.js";
const p = buildPayloads();
// Dashboard-like: 1001 markers in 362 KB
const texts: string[] = []; const big = p.dashboard.text.replace(/\d{19}/g, (m) => { texts.push(m); return `"\\u0000${texts.length - 1}"`; });
const MARKED = /"\\u0000(\d+)"/g; const DIGITS = /^\d+$/; const MT = '"\\u0000';
const ops: Record<string, () => unknown> = {
  regex: () => big.replace(MARKED, (_, i: string) => texts[+i] as string),
  split: () => { const parts = big.split(MT); for (let i = 1; i < parts.length; i++) { const part = parts[i] as string; const c = part.indexOf('"'); const t = c > 0 && DIGITS.test(part.slice(0, c)) ? texts[+part.slice(0, c)] : undefined; parts[i] = t === undefined ? MT + part : t + part.slice(c + 1); } return parts.join(""); },
  indexOf: () => { const pieces: string[] = []; let from = 0; let at = big.indexOf(MT); while (at !== -1) { const c = big.indexOf('"', at + 7); const d = big.slice(at + 7, c); const t = c > at + 7 && DIGITS.test(d) ? texts[+d] : undefined; if (t === undefined) { at = big.indexOf(MT, at + 1); continue; } pieces.push(big.slice(from, at), t); from = c + 1; at = big.indexOf(MT, from); } pieces.push(big.slice(from)); return pieces.join(""); },
  indexOfConcat: () => { let out = ""; let from = 0; let at = big.indexOf(MT); while (at !== -1) { const c = big.indexOf('"', at + 7); const d = big.slice(at + 7, c); const t = c > at + 7 && DIGITS.test(d) ? texts[+d] : undefined; if (t === undefined) { at = big.indexOf(MT, at + 1); continue; } out += big.slice(from, at) + t; from = c + 1; at = big.indexOf(MT, from); } out += big.slice(from); return out; },
  stringify: () => JSON.stringify(JSON.parse(p.dashboard.text)),
};
const t: Record<string, number[]> = {};
for (let r = 0; r < 21; r++) for (const [k, f] of Object.entries(ops)) { const s = performance.now(); for (let i = 0; i < 10; i++) f(); (t[k] ??= []).push(performance.now() - s); }
for (const k in t) console.log(k, Math.min(...t[k]!).toFixed(2));
console.log(ops.regex!() === ops.split!(), ops.regex!() === ops.indexOf!(), ops.regex!() === ops.indexOfConcat!());
