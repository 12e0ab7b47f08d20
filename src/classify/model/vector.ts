// The document vector both models score: log term frequency, L2-normalized over the features the model knows.
export type Counts = Map<string, number>;

export function termCounts(features: readonly string[]): Counts {
  const counts: Counts = new Map();
  for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/** Classification scores several models on one text: count its features once and pass the counts around. */
export function asCounts(features: readonly string[] | Counts): Counts {
  return features instanceof Map ? features : termCounts(features);
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

/** The same vector dotted with each class's weights, without building it: the hot path of classification. */
export function weightedSum(counts: Counts, weights: Map<string, Float64Array>, k: number): Float64Array {
  const out = new Float64Array(k);
  let norm = 0;
  for (const [f, c] of counts) {
    const w = weights.get(f);
    if (!w) continue;
    const v = Math.log1p(c);
    norm += v * v;
    for (let i = 0; i < k; i++) out[i] += v * w[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < k; i++) out[i] /= norm;
  return out;
}
