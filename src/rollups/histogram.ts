// Response-time histograms that can be summed with $inc and still answer median and p90.
//
// Bucket scheme (minutes): below 64 minutes every bucket is one minute wide ([0,1), [1,2) … [63,64)); from 64
// minutes on, each power of two is cut into 32 equal buckets ([64,66), [66,68) … [128,132) …), so a bucket is at
// most 1/32 of its lower bound wide. A percentile is reported as the midpoint of the bucket holding the
// nearest-rank value: off by at most 0.5 minute below 64 minutes and by at most 1/64 (1.6%) above. Indexes stay
// below 32 × 16 = 512 up to two years, and a histogram stores only the buckets it uses.

export type Histogram = Record<string, number>;

const LINEAR_LIMIT = 64;
const SUB_BUCKETS = 32;
/** 2^20 minutes is about two years: anything slower is clamped into the last bucket. */
const MAX_EXPONENT = 20;

export function bucketIndex(minutes: number): number {
  const v = Math.max(0, Number.isFinite(minutes) ? minutes : 0);
  if (v < LINEAR_LIMIT) return Math.floor(v);
  const exponent = Math.min(MAX_EXPONENT, Math.floor(Math.log2(v)));
  const width = 2 ** (exponent - 5);
  const sub = Math.min(2 * SUB_BUCKETS - 1, Math.floor(v / width));
  return (exponent - 5) * SUB_BUCKETS + sub;
}

/** [lower, upper) of a bucket, in minutes. */
export function bucketBounds(index: number): [number, number] {
  if (index < LINEAR_LIMIT) return [index, index + 1];
  const exponent = 5 + Math.floor((index - SUB_BUCKETS) / SUB_BUCKETS);
  const width = 2 ** (exponent - 5);
  const sub = index - (exponent - 5) * SUB_BUCKETS;
  return [sub * width, (sub + 1) * width];
}

export function mergeInto(target: Histogram, source: Histogram | undefined): Histogram {
  for (const [k, n] of Object.entries(source ?? {})) target[k] = (target[k] ?? 0) + n;
  return target;
}

export function histogramCount(h: Histogram): number {
  return Object.values(h).reduce((a, b) => a + b, 0);
}

/** Nearest-rank percentile (p in 0..100) as the midpoint of its bucket; null for an empty histogram. */
export function histogramPercentile(h: Histogram, p: number): number | null {
  const buckets = Object.entries(h)
    .map(([k, n]) => [Number(k), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [index, n] of buckets) {
    seen += n;
    if (seen >= rank) {
      const [lower, upper] = bucketBounds(index);
      return (lower + upper) / 2;
    }
  }
  return null;
}
