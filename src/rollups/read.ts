// Reads rollup documents back: the tiles of a range (months and days), merged per dimension value.
import { RollupModel } from '../store/index.js';
import type { Counter, Dimension, HistogramName } from './contributions.js';
import { mergeInto, type Histogram } from './histogram.js';
import type { Period } from './periods.js';

export interface RollupTotals {
  value: string;
  c: Partial<Record<Counter, number>>;
  h: Partial<Record<HistogramName, Histogram>>;
  hw: Record<string, number>;
}

export interface ReadStats {
  /** Rollup documents read to answer (what the cost of a report grows with, not the number of cases). */
  documents: number;
}

function emptyTotals(value: string): RollupTotals {
  return { value, c: {}, h: {}, hw: {} };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function addDocument(t: RollupTotals, doc: any) {
  for (const [k, n] of Object.entries((doc.c ?? {}) as Record<string, number>)) {
    t.c[k as Counter] = (t.c[k as Counter] ?? 0) + n;
  }
  for (const [name, h] of Object.entries((doc.h ?? {}) as Record<string, Histogram>)) {
    t.h[name as HistogramName] = mergeInto(t.h[name as HistogramName] ?? {}, h);
  }
  mergeInto(t.hw, doc.hw);
}

/** Sums every value of a dimension over the given period tiles. */
export async function readTotals(
  scope: string,
  dim: Dimension,
  tiles: { period: Period; key: string }[],
  stats?: ReadStats,
): Promise<Map<string, RollupTotals>> {
  const byPeriod = new Map<Period, string[]>();
  for (const t of tiles) byPeriod.set(t.period, [...(byPeriod.get(t.period) ?? []), t.key]);
  const totals = new Map<string, RollupTotals>();
  if (byPeriod.size === 0) return totals;
  const docs = await RollupModel.find({
    scope,
    dim,
    $or: [...byPeriod].map(([period, keys]) => ({ period, key: { $in: keys } })),
  }).lean();
  if (stats) stats.documents += docs.length;
  for (const doc of docs) {
    const t = totals.get(doc.value) ?? emptyTotals(doc.value);
    totals.set(doc.value, t);
    addDocument(t, doc);
  }
  return totals;
}

/** Each value's documents of one period type, by key (for time series). */
export async function readSeries(
  scope: string,
  dim: Dimension,
  period: Period,
  keys: string[],
  stats?: ReadStats,
): Promise<Map<string, Map<string, RollupTotals>>> {
  const docs = await RollupModel.find({ scope, dim, period, key: { $in: keys } }).lean();
  if (stats) stats.documents += docs.length;
  const series = new Map<string, Map<string, RollupTotals>>();
  for (const doc of docs) {
    const perKey = series.get(doc.value) ?? new Map<string, RollupTotals>();
    series.set(doc.value, perKey);
    const t = perKey.get(doc.key) ?? emptyTotals(doc.value);
    perKey.set(doc.key, t);
    addDocument(t, doc);
  }
  return series;
}
