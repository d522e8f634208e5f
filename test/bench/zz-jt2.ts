import { buildPayloads } from "./payloads.js";
import { writeCompiled } from "../../src/compiled/index.js";
import { wireTypes } from "../../src/registry.js";
const p = buildPayloads();
const s = performance.now();
for (let i = 0; i < 1500; i++) writeCompiled(wireTypes.JobTailReply.schema, p.jobTail.value);
console.log(performance.now() - s);
