/**
 * Every wire type by its Rust name, with its domain: the one list that tools
 * (codec, JSON Schema emitter, CLI, conformance suite) iterate over.
 */
import type { z } from "zod";
import { dashboardTypes } from "./contracts/dashboard.js";
import { eventTypes } from "./contracts/events.js";
import { fleetTypes } from "./contracts/fleet.js";
import { jobTailTypes } from "./contracts/jobtail.js";
import { runnerTypes } from "./contracts/runners.js";
import { compileOnFirstParse, compilesOnFirstParse, zodCompiles } from "./serde/first-parse.js";
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

const copies = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The schema `safeParse` is fastest with: for a fleetwire schema, the schema
 * itself, which compiles on its first parse (src/serde/first-parse.ts); for
 * any other schema (an application's `FleetRunSchema.extend(...)`), a copy
 * with the same first-parse compile, built once and cached. Same results and
 * issues as the schema given. The codec validates through it.
 */
export function compiledSchema<N extends WireTypeName>(type: N): SchemaOf<N>;
export function compiledSchema<S extends z.ZodType>(schema: S): S;
export function compiledSchema(type: WireTypeName | z.ZodType): z.ZodType {
  const schema = typeof type === "string" ? (wireTypes[type].schema as z.ZodType) : type;
  if (!zodCompiles || compilesOnFirstParse(schema)) return schema;
  let fast = copies.get(schema);
  if (fast === undefined) {
    fast = compileOnFirstParse(schema.clone());
    copies.set(schema, fast);
  }
  return fast;
}
