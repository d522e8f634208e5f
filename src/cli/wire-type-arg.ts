/** The TYPE argument of a command: a Rust type name, or a usage error naming the close ones. */
import { isWireTypeName, wireTypeNames, type WireTypeName } from "../registry.js";
import { UsageError } from "./command.js";
import { closeNames } from "./suggest.js";

export function wireTypeArg(name: string | undefined): WireTypeName {
  if (name === undefined)
    throw new UsageError(
      "give a TYPE (a Rust type name such as FleetWorkerEvent; `fleetwire types` lists them)",
    );
  if (isWireTypeName(name)) return name;
  const close = closeNames(name, wireTypeNames);
  const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
  const hint =
    close.length === 1
      ? `; did you mean ${close[0]}?`
      : close.length > 1
        ? `; close names: ${close.join(", ")}`
        : "";
  throw new UsageError(
    `no wire type named ${shown}${hint}\n(\`fleetwire types\` lists all ${wireTypeNames.length})`,
  );
}
