/** Close names for a mistyped one: `FleetWorkrEvent` → `FleetWorkerEvent`. */

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), case-sensitive. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Up to `max` names close to `input`, best first: the same name in another
 * case alone; else names starting with it (case-insensitive), then names
 * within a small edit distance (at most a third of the length, and at most one
 * more than the closest), then names containing it.
 */
export function closeNames(input: string, names: readonly string[], max = 5): string[] {
  const needle = input.toLowerCase();
  if (needle === "") return [];
  const limit = Math.max(1, Math.floor(needle.length / 3));
  const prefixed: string[] = [];
  const near: { name: string; distance: number }[] = [];
  const containing: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (lower === needle) return [name];
    if (lower.startsWith(needle)) prefixed.push(name);
    else {
      const distance = editDistance(needle, lower);
      if (distance <= limit) near.push({ name, distance });
      else if (needle.length >= 4 && lower.includes(needle)) containing.push(name);
    }
  }
  prefixed.sort((a, b) => a.length - b.length || a.localeCompare(b));
  const closest = Math.min(...near.map((n) => n.distance));
  const nearest = near
    .filter((n) => n.distance <= closest + 1)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .map((n) => n.name);
  return [...prefixed, ...nearest, ...containing].slice(0, max);
}
