// Summary and time series of a scope over a range, read from the rollups: a year costs about a dozen month
// documents per group (plus the days of partial months), never a scan of the cases.
import { TOTAL, type Dimension } from '../rollups/contributions.js';
import { daysOverlapping, seriesKeys, tileDays, type Period } from '../rollups/periods.js';
import { readSeries, readTotals, type ReadStats } from '../rollups/read.js';
import type { GroupBy } from './case-metrics.js';
import { labelsFor } from './load.js';
import type { ReportScope } from './scope.js';
import { summaryRow, summaryRows, type SummaryRow } from './summary.js';
import { volumeSeries, type Timeseries } from './timeseries.js';

export interface ReportRange {
  /** Snapped to whole days of the scope's time zone. */
  from: Date;
  to: Date;
  timezone: string;
  days: string[];
}

/** An agency's own report has no agency breakdown: grouping by agency gives its total as the one row. */
const dimensionFor = (s: ReportScope, by: GroupBy): Dimension =>
  by === 'agency' && s.agencyId ? 'total' : by;

export function reportRange(s: ReportScope, from: Date, to: Date): ReportRange {
  const r = daysOverlapping(from, to, s.zone);
  return { from: r.from, to: r.to, timezone: s.zone, days: r.days };
}

export async function summaryReport(s: ReportScope, groupBy: GroupBy, from: Date, to: Date) {
  const range = reportRange(s, from, to);
  const tiles = tileDays(range.days);
  const stats: ReadStats = { documents: 0 };
  const dim = dimensionFor(s, groupBy);
  const [groups, totals] = await Promise.all([
    readTotals(s.scope, dim, tiles, stats),
    readTotals(s.scope, 'total', tiles, stats),
  ]);
  const labelOf = dim === 'total' ? () => s.name : await labelsFor(groupBy, [...groups.keys()]);
  const rows: SummaryRow[] = summaryRows(groups, labelOf).map((r) =>
    dim === 'total' ? { ...r, key: s.agencyId ?? r.key } : r,
  );
  const total = summaryRow('total', 'Total', totals.get(TOTAL));
  return { range, groupBy, rows, total, totals: totals.get(TOTAL), documentsRead: stats.documents };
}

export async function timeseriesReport(
  s: ReportScope,
  groupBy: GroupBy,
  interval: Period,
  from: Date,
  to: Date,
): Promise<{ range: ReportRange; series: Timeseries; documentsRead: number }> {
  const range = reportRange(s, from, to);
  const buckets = seriesKeys(range.days, interval);
  const stats: ReadStats = { documents: 0 };
  const dim = dimensionFor(s, groupBy);
  const perValue = await readSeries(s.scope, dim, interval, buckets, stats);
  const labelOf = dim === 'total' ? () => s.name : await labelsFor(groupBy, [...perValue.keys()]);
  const series = volumeSeries(interval, buckets, perValue, labelOf);
  if (dim === 'total') series.series = series.series.map((x) => ({ ...x, key: s.agencyId ?? x.key }));
  return { range, series, documentsRead: stats.documents };
}
