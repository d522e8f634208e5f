/** The Rust side: the seed types compiled with real serde (test/rust-oracle), driven line by line. */
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const buildScript = fileURLToPath(new URL("../rust-oracle/build.sh", import.meta.url));

let binary: string | undefined;

/** Build (if needed) and return the oracle binary's path. */
export function oracle(): string {
  binary ??= execFileSync("bash", [buildScript], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
    .trim()
    .split("\n")
    .pop() as string;
  return binary;
}

function run(args: string[], input?: string): string {
  const result = spawnSync(oracle(), args, { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`serde-conformance ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

const lines = (text: string) => (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");

/** N canonical serde_json lines of valid values of `type`. */
export function generate(type: string, count: number, seed: number): string[] {
  return lines(run(["gen", type, String(count), String(seed)]));
}

export type Verdict =
  | { readonly accept: true; readonly output: string }
  | { readonly accept: false; readonly error: string };

/** serde's verdict on each input (none may contain a newline). */
export function check(type: string, inputs: readonly string[]): Verdict[] {
  if (inputs.length === 0) return [];
  for (const input of inputs) if (input.includes("\n")) throw new Error("oracle inputs are one line each");
  const out = lines(run(["check", type], `${inputs.join("\n")}\n`));
  if (out.length !== inputs.length)
    throw new Error(`serde-conformance check ${type}: ${out.length} verdicts for ${inputs.length} lines`);
  return out.map((line) =>
    line.startsWith("accept ")
      ? { accept: true, output: line.slice(7) }
      : { accept: false, error: line.slice(7) },
  );
}

export type IgnoredVerdict =
  | { readonly accept: true; readonly paths: readonly (readonly (string | number)[])[] }
  | { readonly accept: false; readonly error: string };

/** serde's verdict on each input read through serde_ignored, with the path of every key it called back with. */
export function ignored(type: string, inputs: readonly string[]): IgnoredVerdict[] {
  if (inputs.length === 0) return [];
  for (const input of inputs) if (input.includes("\n")) throw new Error("oracle inputs are one line each");
  const out = lines(run(["ignored", type], `${inputs.join("\n")}\n`));
  if (out.length !== inputs.length)
    throw new Error(`serde-conformance ignored ${type}: ${out.length} verdicts for ${inputs.length} lines`);
  return out.map((line) =>
    line.startsWith("accept ")
      ? { accept: true, paths: JSON.parse(line.slice(7)) as (string | number)[][] }
      : { accept: false, error: line.slice(7) },
  );
}
