/**
 * Schemas built on first use, so importing a contract module costs little.
 *
 * A contract's exported schema is built at import, as the zod class it is
 * (`z.ZodObject`, `z.ZodEnum`, `z.ZodDiscriminatedUnion`, ...), but what is
 * inside it is not: a struct's shape is a lazy shape (`lazyShape`: each field
 * built when first looked at), a tagged enum's options a lazy array
 * (`lazyArray`: its variant objects made on first read), and the building
 * blocks a field is made of (`string`, `u64`, `option(...)`, `vec(...)`)
 * return stand-ins (`lazySchema`) that build their zod schema when first
 * needed. The struct builders unwrap a stand-in (`built`), so a parse never
 * runs through one; any other code sees a stand-in behave as the schema it
 * stands for (`instanceof`, methods, `_zod`), through a Proxy.
 *
 * Why: the first construction of each zod class (its members installed, its
 * code compiled) and each schema after it cost import time; importing
 * `fleetwire` built 379 zod schemas and now builds 50, one per exported type.
 * The README's Performance section has the numbers.
 */

/** A stand-in's target → the function that builds (once) and returns the schema it stands for. */
const builders = new WeakMap<object, () => object>();
/** Stand-in → its target. */
const targets = new WeakMap<object, object>();

const real = (target: object) => (builders.get(target) as () => object)();

/** Every trap forwards to the built schema (a getter runs with it as `this`, so zod binds methods to it). */
const standInTraps: ProxyHandler<object> = {
  get: (target, key) => Reflect.get(real(target), key),
  set: (target, key, value) => Reflect.set(real(target), key, value),
  has: (target, key) => Reflect.has(real(target), key),
  ownKeys: (target) => Reflect.ownKeys(real(target)),
  getPrototypeOf: (target) => Reflect.getPrototypeOf(real(target)),
  defineProperty: (target, key, descriptor) => Reflect.defineProperty(real(target), key, descriptor),
  getOwnPropertyDescriptor(target, key) {
    const descriptor = Reflect.getOwnPropertyDescriptor(real(target), key);
    // A Proxy may only report a non-configurable property (zod's `_zod`) that its target has too.
    if (descriptor?.configurable === false) Reflect.defineProperty(target, key, descriptor);
    return descriptor;
  },
};

/** A schema typed as what `build` returns, built by it on first use. Unused, it can be left out of a bundle. */
export /* @__NO_SIDE_EFFECTS__ */ function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const target = {};
  builders.set(target, () => (schema ??= build()));
  const standIn = new Proxy(target, standInTraps) as T;
  targets.set(standIn, target);
  return standIn;
}

/** The real schema behind a stand-in (built now if it was not); any other value as it is. */
export function built<T>(schema: T): T {
  const target = targets.get(schema as object);
  return target === undefined ? schema : (real(target) as T);
}

/** A struct's fields, each built (once) by its function: key → field schema. */
export type LazyFields = ReadonlyMap<string, () => object>;

interface LazyShapeState {
  readonly pending: Map<string | symbol, () => object>;
  readonly order: readonly (string | symbol)[];
}
/** A lazy shape's target → its fields not built yet, and the order of all its fields. */
const pendingFields = new WeakMap<object, LazyShapeState>();

/** Builds field `key` of a lazy shape, if it is still pending, as a plain data property of the target. */
function field(target: object, key: string | symbol): object {
  const { pending } = pendingFields.get(target) as LazyShapeState;
  const make = pending.get(key);
  if (make !== undefined) {
    // Built before it stops being pending, so a build that throws throws again on the next read.
    const value = make();
    pending.delete(key);
    Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  }
  return target;
}

/** Reading a field or its descriptor builds it first; `has` and `ownKeys` build nothing. zod never writes to a shape. */
const shapeTraps: ProxyHandler<object> = {
  get: (target, key, receiver) => Reflect.get(field(target, key), key, receiver),
  getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(field(target, key), key),
  has: (target, key) =>
    (pendingFields.get(target) as LazyShapeState).order.includes(key) || Reflect.has(target, key),
  ownKeys: (target) => (pendingFields.get(target) as LazyShapeState).order,
};

/**
 * A zod object shape whose fields are built when first looked at. Every way
 * of looking (reading a field, its property descriptor, spreading the shape)
 * builds the field first and shows it as a plain data property, so zod,
 * which reads a shape through its descriptors to tell whether a schema can
 * be compiled, sees the built schemas, never a getter. zod copies the shape
 * into a plain object on first parse; parsing never reads through this Proxy.
 */
export function lazyShape<S extends object>(fields: LazyFields): S {
  const target = {};
  pendingFields.set(target, { pending: new Map(fields), order: [...fields.keys()] });
  return new Proxy(target, shapeTraps) as S;
}

/** A lazy array's target → the function that fills it. */
const fillers = new WeakMap<object, () => readonly unknown[]>();

function filled(target: unknown[]): unknown[] {
  const fill = fillers.get(target);
  if (fill !== undefined) {
    const items = fill();
    fillers.delete(target);
    target.push(...items);
  }
  return target;
}

/** Every trap fills the array first, then acts on it. */
const arrayTraps: ProxyHandler<unknown[]> = {};
for (const trap of [
  "get",
  "set",
  "has",
  "ownKeys",
  "getOwnPropertyDescriptor",
  "defineProperty",
  "deleteProperty",
] as const)
  (arrayTraps as Record<string, unknown>)[trap] = (target: unknown[], ...rest: unknown[]) =>
    (Reflect[trap] as (...args: unknown[]) => unknown)(filled(target), ...rest);

/** An array (`Array.isArray` says so) whose items `fill` makes on its first use, of any kind. */
export function lazyArray<T>(fill: () => readonly T[]): T[] {
  const target: T[] = [];
  fillers.set(target, fill);
  return new Proxy(target, arrayTraps as ProxyHandler<T[]>);
}
