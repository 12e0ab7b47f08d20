// Cases per day per group, with days counted in the viewer's time zone (a WITA day is not a UTC day).
import { DateTime } from 'luxon';
import { groupKey, type GroupBy, type ReportCase } from './case-metrics.js';

export interface Timeseries {
  interval: 'day';
  buckets: string[]; // YYYY-MM-DD
  series: { key: string; label: string; counts: number[] }[];
}

/** Every calendar day touched by [from, to) in the zone; capped to keep a mistaken range from exploding. */
export function dayBuckets(from: Date, to: Date, zone: string, maxDays = 400): string[] {
  const days: string[] = [];
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  const end = DateTime.fromJSDate(to, { zone });
  while (day < end && days.length < maxDays) {
    days.push(day.toISODate()!);
    day = day.plus({ days: 1 });
  }
  return days;
}

export function dailyVolume(
  cases: ReportCase[],
  by: GroupBy,
  labelOf: (key: string) => string,
  range: { from: Date; to: Date; zone: string },
): Timeseries {
  const buckets = dayBuckets(range.from, range.to, range.zone);
  const index = new Map(buckets.map((d, i) => [d, i]));
  const series = new Map<string, number[]>();
  for (const c of cases) {
    const i = index.get(DateTime.fromJSDate(c.createdAt, { zone: range.zone }).toISODate()!);
    if (i === undefined) continue;
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
