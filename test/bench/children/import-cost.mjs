// Child process of test/bench/run.ts: the cost of one import in a fresh Node.
// argv: mode ("zod": zod only | "after-zod": zod, then the target | "alone": the target only), target URL.
// env FIRST_USE (optional): {"call":"safeParse","export":"XSchema","sample":"/path.json"} or
//                           {"call":"decodeJson","type":"X","sample":"/path.txt"}: time the first call after import;
//                           "module": the URL to call it on, imported (untimed) after the target.
import { readFileSync } from "node:fs";

const [mode, target] = process.argv.slice(2);
const out = { zodMs: null, targetMs: null, firstUseMs: null };
if (mode !== "alone") {
  const t0 = performance.now();
  await import("zod");
  out.zodMs = performance.now() - t0;
}
if (mode !== "zod") {
  const t0 = performance.now();
  const mod = await import(target);
  out.targetMs = performance.now() - t0;
  if (process.env.FIRST_USE) {
    const use = JSON.parse(process.env.FIRST_USE);
    const sample = readFileSync(use.sample, "utf8");
    const on = use.module === undefined ? mod : await import(use.module);
    const t1 = performance.now();
    if (use.call === "decodeJson") on.decodeJson(use.type, sample);
    else if (!on[use.export].safeParse(JSON.parse(sample)).success)
      throw new Error(`sample for ${use.export} does not parse`);
    out.firstUseMs = performance.now() - t1;
  }
}
process.stdout.write(JSON.stringify(out));
