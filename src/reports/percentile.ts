// Percentiles for response-time reports, computed in JS because the test database cannot aggregate them.

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks (the common "type 7" definition:
 * the median of [1, 2, 3, 4] is 2.5). Returns null for no values, so "no data" never reads as "0 minutes".
 */
export function percentile(values: readonly number[], p: number): number | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  if (p < 0 || p > 100) throw new RangeError(`percentile out of range: ${p}`);
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

export interface Percentiles {
  p50Minutes: number | null;
  p90Minutes: number | null;
}

/** Median and p90 rounded to 0.01 minute (under a second; fast answers still read as seconds, not zero). */
export function medianAndP90(minutes: readonly number[]): Percentiles {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return { p50Minutes: round(percentile(minutes, 50)), p90Minutes: round(percentile(minutes, 90)) };
}
