// Which rollup documents a fact increments, and by what (pure). A rollup document is one value of one dimension
// in one period of one scope: the province ("p", in the province's time zone) or one agency (its own zone).
import { bucketIndex } from './histogram.js';
import type { Fact } from './facts.js';
import { hourOfWeek, PERIODS, periodKeys, type Period } from './periods.js';

export const DIMENSIONS = ['total', 'agency', 'officer', 'channel', 'topic', 'region'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const PROVINCE = 'p';
export const UNKNOWN = 'tidak_diketahui';
export const TOTAL = 'total';

export const COUNTERS = ['received', 'answered', 'resolved', 'reopened', 'slaMet', 'slaBreached'] as const;
export type Counter = (typeof COUNTERS)[number];
export const HISTOGRAMS = ['fr', 'frw', 'res', 'resw'] as const;
export type HistogramName = (typeof HISTOGRAMS)[number];

export interface RollupKey {
  scope: string;
  dim: Dimension;
  value: string;
  period: Period;
  key: string;
}

export interface Increment extends RollupKey {
  inc: Record<string, number>;
}

export const rollupId = (k: RollupKey) => `${k.scope}|${k.dim}|${k.value}|${k.period}|${k.key}`;

export interface Zones {
  province: string;
  of(agencyId: string): string;
}

type Target = { scope: string; dim: Dimension; value: string };

function targets(f: Fact): Target[] {
  const v = (x: string | null) => x ?? UNKNOWN;
  const a = f.agencyId;
  const everywhere: Target[] = [
    { scope: PROVINCE, dim: 'total', value: TOTAL },
    { scope: PROVINCE, dim: 'agency', value: a },
    { scope: PROVINCE, dim: 'officer', value: v(f.officerId) },
    { scope: PROVINCE, dim: 'channel', value: f.channel },
    { scope: PROVINCE, dim: 'topic', value: v(f.topic) },
    { scope: PROVINCE, dim: 'region', value: v(f.region) },
    { scope: a, dim: 'total', value: TOTAL },
    { scope: a, dim: 'officer', value: v(f.officerId) },
    { scope: a, dim: 'channel', value: f.channel },
    { scope: a, dim: 'topic', value: v(f.topic) },
    { scope: a, dim: 'region', value: v(f.region) },
  ];
  switch (f.kind) {
    // Province volume counts each case once; an agency's volume counts the cases that reached it.
    case 'created':
      return everywhere.filter((t) => t.scope === PROVINCE && t.dim !== 'agency' && t.dim !== 'officer');
    case 'arrived':
      return everywhere.filter((t) => (t.scope === PROVINCE ? t.dim === 'agency' : t.dim !== 'officer'));
    case 'assigned':
      return everywhere.filter((t) => t.dim === 'officer');
    default:
      return everywhere;
  }
}

function fields(f: Fact): Record<string, number> {
  const hist = (name: string, minutes: number | undefined) =>
    minutes === undefined ? {} : { [`h.${name}.${bucketIndex(minutes)}`]: 1 };
  switch (f.kind) {
    case 'created':
    case 'arrived':
    case 'assigned':
      return { 'c.received': 1 };
    case 'first_response':
      return { 'c.answered': 1, ...hist('fr', f.minutes), ...hist('frw', f.workingMinutes) };
    case 'resolved':
      return { 'c.resolved': 1, ...hist('res', f.minutes), ...hist('resw', f.workingMinutes) };
    case 'reopened':
      return { 'c.reopened': 1 };
    case 'sla':
      return { [f.outcome === 'met' ? 'c.slaMet' : 'c.slaBreached']: 1 };
  }
}

/** Every document the fact touches, in every period, with its $inc. */
export function contributions(f: Fact, zones: Zones): Increment[] {
  const base = fields(f);
  const out: Increment[] = [];
  for (const t of targets(f)) {
    const zone = t.scope === PROVINCE ? zones.province : zones.of(t.scope);
    const keys = periodKeys(f.at, zone);
    // The busiest-hours grid: arrivals by weekday and hour, on the total documents only.
    const grid =
      t.dim === 'total' && (f.kind === 'created' || f.kind === 'arrived')
        ? { [`hw.${hourOfWeek(f.at, zone)}`]: 1 }
        : {};
    for (const period of PERIODS) out.push({ ...t, period, key: keys[period], inc: { ...base, ...grid } });
  }
  return out;
}
