// Public figures per month, for the province and each agency: messages received, share answered, median first
// response, share resolved, top topics. Aggregates from the rollups only; a cell counting fewer than `minCell`
// cases is suppressed (null) with everything derived from it, so no one can be singled out.
import { DateTime } from 'luxon';
import { PROVINCE, TOTAL } from '../rollups/contributions.js';
import { histogramPercentile } from '../rollups/histogram.js';
import type { RollupTotals } from '../rollups/read.js';
import { topicName } from '../reports/names.js';
import { provinceScope } from '../reports/scope.js';
import { AgencyModel, RollupModel } from '../store/index.js';

export interface PublicCell {
  month: string;
  suppressed: boolean;
  received: number | null;
  answeredShare: number | null;
  medianFirstResponseMinutes: number | null;
  resolvedShare: number | null;
  topTopics: { topic: string; name: string; count: number }[];
}

export interface PublicStats {
  generatedAt: Date;
  minCell: number;
  months: string[];
  province: PublicCell[];
  agencies: { code: string; name: string; months: PublicCell[] }[];
}

const share = (part: number, whole: number) => Math.round((part / whole) * 1000) / 1000;

function cell(
  month: string,
  t: RollupTotals | undefined,
  topics: Map<string, number>,
  minCell: number,
): PublicCell {
  const received = t?.c.received ?? 0;
  if (received < minCell) {
    return {
      month,
      suppressed: true,
      received: null,
      answeredShare: null,
      medianFirstResponseMinutes: null,
      resolvedShare: null,
      topTopics: [],
    };
  }
  const answered = t?.c.answered ?? 0;
  return {
    month,
    suppressed: false,
    received,
    answeredShare: share(answered, received),
    medianFirstResponseMinutes: answered >= minCell ? histogramPercentile(t?.h.fr ?? {}, 50) : null,
    resolvedShare: share(t?.c.resolved ?? 0, received),
    topTopics: [...topics]
      .filter(([, n]) => n >= minCell)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([topic, count]) => ({ topic, name: topicName(topic), count })),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function totals(doc: any): RollupTotals {
  return { value: doc.value, c: doc.c ?? {}, h: doc.h ?? {}, hw: {} };
}

export async function publicStats(
  monthsBack: number,
  minCell: number,
  now = new Date(),
): Promise<PublicStats> {
  const { zone } = await provinceScope();
  const current = DateTime.fromJSDate(now, { zone }).startOf('month');
  const months = Array.from({ length: monthsBack }, (_, i) =>
    current.minus({ months: monthsBack - 1 - i }).toFormat('yyyy-MM'),
  );
  const agencies = await AgencyModel.find({ active: true })
    .select('code shortName')
    .sort({ shortName: 1 })
    .lean();
  const agencyIds = agencies.map((a) => String(a._id));
  // Province totals and per-agency rows live in the province scope; each agency's topics in its own scope.
  const docs = await RollupModel.find({
    period: 'month',
    key: { $in: months },
    $or: [
      { scope: PROVINCE, dim: { $in: ['total', 'agency', 'topic'] } },
      { scope: { $in: agencyIds }, dim: 'topic' },
    ],
  })
    .select('scope dim value key c h.fr')
    .lean();
  const at = (scope: string, dim: string, value: string, month: string) =>
    docs.find((d) => d.scope === scope && d.dim === dim && d.value === value && d.key === month);
  const topicsOf = (scope: string, month: string) =>
    new Map(
      docs
        .filter((d) => d.scope === scope && d.dim === 'topic' && d.key === month)
        .map((d) => [d.value, (d.c as Record<string, number>)?.received ?? 0]),
    );
  const cellOf = (doc: unknown, scope: string, month: string) =>
    cell(month, doc ? totals(doc) : undefined, topicsOf(scope, month), minCell);
  return {
    generatedAt: now,
    minCell,
    months,
    province: months.map((m) => cellOf(at(PROVINCE, 'total', TOTAL, m), PROVINCE, m)),
    agencies: agencies.map((a) => ({
      code: a.code,
      name: a.shortName,
      months: months.map((m) => cellOf(at(PROVINCE, 'agency', String(a._id), m), String(a._id), m)),
    })),
  };
}

/** One computation per period for every visitor: the figures change slowly and the page may be embedded widely. */
export function cachedPublicStats(ttlMs: number) {
  const cache = new Map<string, { at: number; value: Promise<PublicStats> }>();
  return (monthsBack: number, minCell: number): Promise<PublicStats> => {
    const key = `${monthsBack}:${minCell}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    const value = publicStats(monthsBack, minCell);
    cache.set(key, { at: Date.now(), value });
    value.catch(() => cache.delete(key));
    return value;
  };
}
