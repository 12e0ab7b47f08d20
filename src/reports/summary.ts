// Summary rows from rollup totals: volume, answered/resolved shares, first-response and resolution percentiles
// (wall clock, and on the SLA clock: working time of the agency's calendar, round the clock for kritis), SLA-met
// share and reopen rate.
import { histogramPercentile, type Histogram } from '../rollups/histogram.js';
import type { RollupTotals } from '../rollups/read.js';

export interface Percentiles {
  p50Minutes: number | null;
  p90Minutes: number | null;
  /** The same on the SLA clock (working minutes of the agency's calendar; every minute for kritis). */
  p50WorkingMinutes: number | null;
  p90WorkingMinutes: number | null;
}

export interface SummaryRow {
  key: string;
  label: string;
  /** Cases received: by the province, the agency or the officer the row is about. */
  volume: number;
  answered: number;
  resolved: number;
  reopened: number;
  slaMet: number;
  slaBreached: number;
  firstResponse: Percentiles;
  resolution: Percentiles;
  /** 0..1 over cases whose SLA outcome is known; null when none is. */
  slaMetShare: number | null;
  answeredShare: number | null;
  resolvedShare: number | null;
  /** Reopened cases per resolved case. */
  reopenRate: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

function percentiles(wall: Histogram | undefined, working: Histogram | undefined): Percentiles {
  const p = (h: Histogram | undefined, q: number) => (h ? histogramPercentile(h, q) : null);
  return {
    p50Minutes: p(wall, 50),
    p90Minutes: p(wall, 90),
    p50WorkingMinutes: p(working, 50),
    p90WorkingMinutes: p(working, 90),
  };
}

export function summaryRow(key: string, label: string, t: RollupTotals | undefined): SummaryRow {
  const c = t?.c ?? {};
  const n = (k: keyof typeof c) => c[k] ?? 0;
  return {
    key,
    label,
    volume: n('received'),
    answered: n('answered'),
    resolved: n('resolved'),
    reopened: n('reopened'),
    slaMet: n('slaMet'),
    slaBreached: n('slaBreached'),
    firstResponse: percentiles(t?.h.fr, t?.h.frw),
    resolution: percentiles(t?.h.res, t?.h.resw),
    slaMetShare: share(n('slaMet'), n('slaMet') + n('slaBreached')),
    answeredShare: share(n('answered'), n('received')),
    resolvedShare: share(n('resolved'), n('received')),
    reopenRate: share(n('reopened'), n('resolved')),
  };
}

/** Rows sorted by volume (largest first, then by label). */
export function summaryRows(
  totals: Map<string, RollupTotals>,
  labelOf: (key: string) => string,
): SummaryRow[] {
  return [...totals.values()]
    .map((t) => summaryRow(t.value, labelOf(t.value), t))
    .sort((a, b) => b.volume - a.volume || b.answered - a.answered || a.label.localeCompare(b.label));
}
