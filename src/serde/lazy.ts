/**
 * Schemas built on first use, so importing a contract module costs little.
 *
 * A contract's exported schema is built at import, as the zod class it is
 * (`z.ZodObject`, `z.ZodDiscriminatedUnion`, ...), but its fields are not:
 * its shape holds getters (zod 4 reads a getter shape on first use and
 * freezes it), and the building blocks a field is made of (`string`, `u64`,
 * `option(...)`, `vec(...)`) return stand-ins that build their zod schema
 * when first needed. The struct builders unwrap a stand-in (`built`), so a
 * parse never runs through one; any other code sees a stand-in behave as the
 * schema it stands for (`instanceof`, methods, `_zod`), through a Proxy.
 *
 * Where the time went before (Node 20, fresh process, after `import("zod")`):
 * the first construction of each zod class (its members installed, its code
 * compiled) and then each of the ~380 schema instances; now an import builds
 * only the exported schemas.
 */

/** Stand-in → the function that builds (once) and returns the real schema. */
const standIns = new WeakMap<object, () => object>();

function handler(real: () => object): ProxyHandler<object> {
  return {
    get: (_, key) => Reflect.get(real(), key, real()),
    set: (_, key, value) => Reflect.set(real(), key, value, real()),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    getOwnPropertyDescriptor(target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A Proxy may only report a non-configurable property (zod's `_zod`) that its target has too.
      if (descriptor !== undefined && !descriptor.configurable)
        Reflect.defineProperty(target, key, descriptor);
      return descriptor;
    },
    defineProperty(target, key, descriptor) {
      const done = Reflect.defineProperty(real(), key, descriptor);
      if (done && descriptor.configurable !== true) Reflect.defineProperty(target, key, descriptor);
      return done;
    },
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
  };
}

/** A schema typed as what `build` returns, built by it on first use. */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const get = () => {
    if (real === undefined) real = build();
    return real;
  };
  const standIn = new Proxy({}, handler(get)) as T;
  standIns.set(standIn, get);
  return standIn;
}

/** The real schema behind a stand-in (built now if it was not); any other value as it is. */
export function built<T>(schema: T): T {
  const get = standIns.get(schema as object);
  return get === undefined ? schema : (get() as T);
}

/** A struct's fields, each built (once) by its function: key → field schema. */
export type LazyFields = ReadonlyMap<string, () => object>;

/**
 * A zod object shape whose fields are built when first looked at. Every way
 * of looking (reading a field, its property descriptor, spreading the shape)
 * builds the field first and shows it as a plain data property, so zod,
 * which reads a shape through its descriptors to tell whether a schema can
 * be compiled, sees the built schemas, never a getter. zod copies the shape
 * into a plain object on first parse; parsing never reads through this Proxy.
 */
export function lazyShape<S extends object>(fields: LazyFields): S {
  const pending = new Map<string | symbol, () => object>(fields);
  const order: (string | symbol)[] = [...fields.keys()];
  const build = (target: object, key: string | symbol) => {
    const make = pending.get(key);
    if (make === undefined) return;
    pending.delete(key);
    Reflect.defineProperty(target, key, {
      value: make(),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  return new Proxy({} as S, {
    get(target, key, receiver) {
      build(target, key);
      return Reflect.get(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, key) {
      build(target, key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    has: (target, key) => pending.has(key) || Reflect.has(target, key),
    ownKeys(target) {
      const own = Reflect.ownKeys(target);
      const declared = order.filter((key) => pending.has(key) || own.includes(key));
      return [...declared, ...own.filter((key) => !declared.includes(key))];
    },
    set(target, key, value, receiver) {
      build(target, key);
      return Reflect.set(target, key, value, receiver);
    },
    defineProperty(target, key, descriptor) {
      build(target, key);
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
      pending.delete(key);
      return Reflect.deleteProperty(target, key);
    },
  });
}
