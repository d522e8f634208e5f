/**
 * What both build-time generators (./generate.ts's writers, ./generate-parsers.ts's
 * parsers) write into: unique names, hoisted constants and helpers, function
 * bodies, and the import line of the runtime functions the code uses.
 */
export class GeneratedModule {
  private readonly used = new Set<string>();
  private readonly helpers = new Map<string, string>();
  protected readonly bodies: string[] = [];
  protected readonly constants: string[] = [];

  protected fresh(base: string): string {
    let name = base.replace(/[^A-Za-z0-9_]/g, "_");
    for (let i = 2; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    return name;
  }

  /** A hoisted constant (a variant set). */
  protected constant(base: string, code: string): string {
    const name = this.fresh(base);
    // Pure, so a bundler drops the constants the code it keeps does not use.
    this.constants.push(`const ${name} = /* @__PURE__ */ ${code};`);
    return name;
  }

  /** A hoisted item function for `vec` / `map`, shared by identical code. */
  protected helper(code: string): string {
    let name = this.helpers.get(code);
    if (name === undefined) {
      name = this.fresh(`item${this.helpers.size + 1}`);
      this.helpers.set(code, name);
      this.bodies.push(`const ${name} = ${code};`);
    }
    return name;
  }

  /** The constants and bodies, and the import of `always` plus those of `used` the code calls. */
  protected module(runtime: string, always: readonly string[], used: readonly string[]): string {
    const body = `${this.constants.join("\n")}\n\n${this.bodies.join("\n\n")}`;
    const code = body.replaceAll(/"(?:[^"\\]|\\.)*"/g, '""');
    const names = [...always, ...used.filter((name) => new RegExp(`\\b${name}\\b`).test(code))];
    return `import { ${names.join(", ")} } from "${runtime}";\n\n${body}`;
  }
}
