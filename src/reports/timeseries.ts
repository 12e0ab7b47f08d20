// Volume per day, ISO week or month per group, read from the rollups of the report's scope.
import type { Period } from '../rollups/periods.js';
import type { RollupTotals } from '../rollups/read.js';

export interface Timeseries {
  interval: Period;
  /** YYYY-MM-DD, YYYY-Www or YYYY-MM, in the scope's time zone. */
  buckets: string[];
  series: { key: string; label: string; counts: number[] }[];
}

export function volumeSeries(
  interval: Period,
  buckets: string[],
  perValue: Map<string, Map<string, RollupTotals>>,
  labelOf: (key: string) => string,
): Timeseries {
  const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  const series = [...perValue].map(([key, byBucket]) => ({
    key,
    label: labelOf(key),
    counts: buckets.map((b) => byBucket.get(b)?.c.received ?? 0),
  }));
  return {
    interval,
    buckets,
    series: series
      .filter((s) => total(s.counts) > 0)
      .sort((a, b) => total(b.counts) - total(a.counts) || a.label.localeCompare(b.label)),
  };
}
