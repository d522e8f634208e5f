// Child process of test/bench/run.ts: decode an NDJSON file of FleetWorkerEvents
// through decodeJsonLines on a fs.createReadStream, and report memory.
// argv: file path, URL of the built dist/index.js.
import { createReadStream } from "node:fs";

const [file, index] = process.argv.slice(2);
const { decodeJsonLines } = await import(index);
const baseRss = process.memoryUsage().rss;
let peakRss = baseRss;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
};
const timer = setInterval(sample, 10);
let lines = 0;
let bad = 0;
const t0 = performance.now();
for await (const item of decodeJsonLines("FleetWorkerEvent", createReadStream(file))) {
  if (item.ok) lines++;
  else bad++;
  if ((lines & 1023) === 0) sample();
}
const ms = performance.now() - t0;
clearInterval(timer);
sample();
process.stdout.write(
  JSON.stringify({
    baseRss,
    peakRss,
    peakHeap,
    maxRss: process.resourceUsage().maxRSS * 1024,
    lines,
    bad,
    ms,
  }),
);
