// The document vector both models score: log term frequency, L2-normalized over the features the model knows.
export type Counts = Map<string, number>;

export function termCounts(features: readonly string[]): Counts {
  const counts: Counts = new Map();
  for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/** `lookup` maps a feature to what the model keeps for it (a name, an index, a weight row) or undefined. */
export function logTfVector<K>(counts: Counts, lookup: (feature: string) => K | undefined): [K, number][] {
  const vec: [K, number][] = [];
  let norm = 0;
  for (const [f, c] of counts) {
    const key = lookup(f);
    if (key === undefined) continue;
    const v = Math.log1p(c);
    vec.push([key, v]);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const entry of vec) entry[1] /= norm;
  return vec;
}
