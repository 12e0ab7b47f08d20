// Volume, first-response and resolution percentiles and SLA-met share per group.
import {
  firstResponseMinutes,
  groupKey,
  resolutionMinutes,
  slaMet,
  type GroupBy,
  type ReportCase,
} from './case-metrics.js';
import { medianAndP90, type Percentiles } from './percentile.js';

export interface SummaryRow {
  key: string;
  label: string;
  volume: number;
  firstResponse: Percentiles;
  resolution: Percentiles;
  /** 0..1 over cases whose SLA outcome is known; null when none is. */
  slaMetShare: number | null;
}

function summarizeGroup(key: string, label: string, cases: ReportCase[], now: Date): SummaryRow {
  const fr = cases.map(firstResponseMinutes).filter((v): v is number => v !== null);
  const res = cases.map(resolutionMinutes).filter((v): v is number => v !== null);
  const outcomes = cases.map((c) => slaMet(c, now)).filter((v): v is boolean => v !== null);
  const met = outcomes.filter(Boolean).length;
  return {
    key,
    label,
    volume: cases.length,
    firstResponse: medianAndP90(fr),
    resolution: medianAndP90(res),
    slaMetShare: outcomes.length ? Math.round((met / outcomes.length) * 1000) / 1000 : null,
  };
}

/** Rows sorted by volume (largest first), plus a total row over every case. */
export function summarize(
  cases: ReportCase[],
  by: GroupBy,
  labelOf: (key: string) => string,
  now: Date,
): { rows: SummaryRow[]; total: SummaryRow } {
  const groups = new Map<string, ReportCase[]>();
  for (const c of cases) {
    const key = groupKey(c, by);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const rows = [...groups]
    .map(([key, list]) => summarizeGroup(key, labelOf(key), list, now))
    .sort((a, b) => b.volume - a.volume || a.label.localeCompare(b.label));
  return { rows, total: summarizeGroup('total', 'Total', cases, now) };
}
