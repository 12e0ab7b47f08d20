// Cases per day per group, with days counted in the viewer's time zone (a WITA day is not a UTC day).
import { DateTime } from 'luxon';
import { groupKey, type GroupBy, type ReportCase } from './case-metrics.js';

export interface Timeseries {
  interval: 'day';
  buckets: string[]; // YYYY-MM-DD
  series: { key: string; label: string; counts: number[] }[];
}

/** Every calendar day touched by [from, to) in the zone, with the instant each starts; capped against huge ranges. */
export function dayBuckets(
  from: Date,
  to: Date,
  zone: string,
  maxDays = 400,
): { day: string; startMs: number }[] {
  const days: { day: string; startMs: number }[] = [];
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  const end = DateTime.fromJSDate(to, { zone });
  while (day < end && days.length < maxDays) {
    days.push({ day: day.toISODate()!, startMs: day.toMillis() });
    day = day.plus({ days: 1 });
  }
  return days;
}

/** Index of the day an instant falls in (binary search over day starts; DST-safe, no per-case date maths). */
function dayIndex(starts: number[], ms: number, endMs: number): number {
  if (ms < starts[0] || ms >= endMs) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function dailyVolume(
  cases: ReportCase[],
  by: GroupBy,
  labelOf: (key: string) => string,
  range: { from: Date; to: Date; zone: string },
): Timeseries {
  const days = dayBuckets(range.from, range.to, range.zone);
  const buckets = days.map((d) => d.day);
  const starts = days.map((d) => d.startMs);
  const endMs = days.length
    ? DateTime.fromMillis(starts[starts.length - 1], { zone: range.zone })
        .plus({ days: 1 })
        .toMillis()
    : 0;
  const series = new Map<string, number[]>();
  for (const c of cases) {
    const i = days.length ? dayIndex(starts, c.createdAt.getTime(), endMs) : -1;
    if (i < 0) continue;
    const key = groupKey(c, by);
    let counts = series.get(key);
    if (!counts) series.set(key, (counts = buckets.map(() => 0)));
    counts[i] += 1;
  }
  const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  return {
    interval: 'day',
    buckets,
    series: [...series]
      .map(([key, counts]) => ({ key, label: labelOf(key), counts }))
      .sort((a, b) => total(b.counts) - total(a.counts) || a.label.localeCompare(b.label)),
  };
}
