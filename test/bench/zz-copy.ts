import { compiledCopies } from "../../src/compiled/writers.js";
import { buildPayloads } from "./payloads.js";
const p = buildPayloads();
const copy = compiledCopies.FleetWorkerEvent!;
const values = p.workerEvents.values;
const raw = { texts: [] as string[], replaced: 0 };
let sink = 0;
const s = performance.now();
for (let r = 0; r < 300; r++) { raw.texts.length = 0; for (const v of values) sink += copy(v, 1, raw) ? 1 : 0; }
console.log(performance.now() - s, sink);
