/**
 * Memory: an NDJSON file of FleetWorkerEvents read from disk through
 * decodeJsonLines in a child process, from the private build of src/: RSS
 * after import, at its peak, and throughput.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { encodeJson } from "../../src/codec/index.js";
import { fleetWorkerEvents } from "./payloads.js";
import { type BenchGroup, check, DIST, log, MEMORY_MB, runChild } from "./setup.js";

function memory(tmp: string) {
  const file = join(tmp, "events.ndjson");
  const fd = openSync(file, "w");
  let size = 0;
  let events = 0;
  for (let block = 0; size < MEMORY_MB * 1_000_000; block++) {
    const chunk = `${fleetWorkerEvents(1000 + block, 10_000, events + 1)
      .map((e) => encodeJson("FleetWorkerEvent", e))
      .join("\n")}\n`;
    writeSync(fd, chunk);
    size += Buffer.byteLength(chunk);
    events += 10_000;
  }
  closeSync(fd);
  const r = runChild("memory.mjs", [file, pathToFileURL(join(DIST, "index.js")).href]);
  check(
    r.lines === events && r.bad === 0,
    () => `memory run decoded ${r.lines} lines (${r.bad} bad), expected ${events}`,
  );
  const mb = (n: number) => n / 1_000_000;
  return {
    fileMB: mb(size),
    lines: events,
    baseRssMB: mb(r.baseRss as number),
    peakRssMB: mb(r.peakRss as number),
    maxRssMB: mb(r.maxRss as number),
    peakHeapMB: mb(r.peakHeap as number),
    seconds: (r.ms as number) / 1000,
    mbPerSec: mb(size) / ((r.ms as number) / 1000),
  };
}

export const memoryGroup: BenchGroup = {
  name: "memory",
  needsDist: true,
  run({ tmp }) {
    log(`memory: ${MEMORY_MB} MB NDJSON through decodeJsonLines (child process)...`);
    const mem = memory(tmp);
    const out: string[] = [];
    out.push(
      "",
      `Memory: ${mem.fileMB.toFixed(1)} MB NDJSON (${mem.lines} FleetWorkerEvents) from fs.createReadStream through decodeJsonLines, child process: ` +
        `RSS ${mem.baseRssMB.toFixed(0)} MB after import, peak ${mem.peakRssMB.toFixed(0)} MB (maxRSS ${mem.maxRssMB.toFixed(0)} MB, ` +
        `peak heap ${mem.peakHeapMB.toFixed(0)} MB); peak − base = ${(mem.peakRssMB - mem.baseRssMB).toFixed(0)} MB ` +
        `= ${(((mem.peakRssMB - mem.baseRssMB) / mem.fileMB) * 100).toFixed(0)}% of the file; ${mem.seconds.toFixed(1)} s, ${mem.mbPerSec.toFixed(1)} MB/s`,
    );
    return { sections: out, goals: [], json: { memory: mem } };
  },
};
