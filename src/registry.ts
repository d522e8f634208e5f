/**
 * Every wire type by its Rust name, with its domain: the one list that tools
 * (codec, JSON Schema emitter, CLI, conformance suite) iterate over.
 */
import { z } from "zod";
import { dashboardTypes } from "./contracts/dashboard.js";
import { eventTypes } from "./contracts/events.js";
import { fleetTypes } from "./contracts/fleet.js";
import { jobTailTypes } from "./contracts/jobtail.js";
import { runnerTypes } from "./contracts/runners.js";
import { namedMetaOf } from "./serde/meta.js";

/** The contract modules, each mirroring one Rust module. */
export const domains = {
  runners: runnerTypes,
  events: eventTypes,
  jobtail: jobTailTypes,
  dashboard: dashboardTypes,
  fleet: fleetTypes,
} as const;

export type Domain = keyof typeof domains;

type Schemas = typeof runnerTypes &
  typeof eventTypes &
  typeof jobTailTypes &
  typeof dashboardTypes &
  typeof fleetTypes;

/** A Rust type name: `"FleetWorkerEvent"`, `"DashboardState"`, ... */
export type WireTypeName = keyof Schemas;

/** The zod schema of a wire type. */
export type SchemaOf<N extends WireTypeName> = Schemas[N];

export interface WireType<N extends WireTypeName = WireTypeName> {
  readonly name: N;
  readonly domain: Domain;
  /** The Rust doc comment. */
  readonly doc: string;
  readonly schema: SchemaOf<N>;
}

function buildRegistry(): { readonly [N in WireTypeName]: WireType<N> } {
  const entries: Record<string, WireType> = {};
  for (const [domain, types] of Object.entries(domains) as [Domain, Record<string, z.ZodType>][]) {
    for (const [name, schema] of Object.entries(types)) {
      entries[name] = Object.freeze({
        name,
        domain,
        doc: namedMetaOf(schema)?.doc ?? "",
        schema,
      }) as WireType;
    }
  }
  return Object.freeze(entries) as never;
}

/** All 47 wire types, keyed by Rust name, in the order of the seeds' README. */
export const wireTypes = buildRegistry();

export const wireTypeNames = Object.keys(wireTypes) as readonly WireTypeName[];

export function isWireTypeName(name: string): name is WireTypeName {
  return Object.hasOwn(wireTypes, name);
}

/** The application value of a wire type (`z.output`). */
export type WireValue<N extends WireTypeName> = z.output<SchemaOf<N>>;
/** What the wire may carry for a type (`z.input`). */
export type WireInput<N extends WireTypeName> = z.input<SchemaOf<N>>;

type Compile = <T extends z.ZodType>(schema: T) => T;
/** `z.compile` (zod ≥ 4.5); absent on older zod 4, where schemas run uncompiled. */
const compile = (z as unknown as { compile?: Compile }).compile;
const compiled = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The same contract, ahead-of-time compiled by zod (`z.compile`, built once on
 * first use and cached): several times faster `safeParse` on valid input, same
 * results. The codec validates with it. Every fleetwire contract compiles in
 * strict mode (a test keeps it so), so nothing falls back silently.
 */
export function compiledSchema<N extends WireTypeName>(type: N): SchemaOf<N>;
export function compiledSchema<S extends z.ZodType>(schema: S): S;
export function compiledSchema(type: WireTypeName | z.ZodType): z.ZodType {
  const schema = typeof type === "string" ? (wireTypes[type].schema as z.ZodType) : type;
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = compile === undefined ? schema : compile(schema);
    compiled.set(schema, fast);
  }
  return fast;
}
