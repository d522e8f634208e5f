import { writeCompiled } from "../../src/compiled/index.js";
import { wireTypes } from "../../src/registry.js";
import { buildPayloads, FleetWorkerEventVecSchema, RunnerVecSchema } from "./payloads.js";
const p = buildPayloads();
console.log(writeCompiled(wireTypes.DashboardState.schema, p.dashboard.value) !== undefined,
writeCompiled(wireTypes.FleetRun.schema, p.fleetRun.value) !== undefined,
writeCompiled(FleetWorkerEventVecSchema, p.workerEvents.values) !== undefined,
writeCompiled(wireTypes.JobTailReply.schema, p.jobTail.value) !== undefined,
writeCompiled(RunnerVecSchema, p.runners.values) !== undefined);
const t = p.dashboard.text;
console.log(t.length, (t.match(/\d{19}/g) ?? []).length, (t.match(/\d\.0[,}\]]/g) ?? []).length);
const e = p.workerEvents.arrayText; console.log(e.length, (e.match(/\.\d+[,}\]]/g) ?? []).length, (e.match(/T\d\d:/g) ?? []).length);
console.log(p.workerEvents.values[0], p.fleetRun.text.slice(0, 600));
