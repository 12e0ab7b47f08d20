// Report keys of an instant in a time zone (day, ISO week, month), and how a date range is read back as the fewest
// rollup documents: whole months where the range covers them, single days elsewhere.
import { DateTime } from 'luxon';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];
export type PeriodKeys = Record<Period, string>;

export function periodKeys(at: Date, zone: string): PeriodKeys {
  const t = DateTime.fromJSDate(at, { zone });
  return { day: t.toISODate()!, week: t.toFormat("kkkk-'W'WW"), month: t.toFormat('yyyy-MM') };
}

/** "<ISO weekday>-<hour>" in the zone, for the busiest-hours grid. */
export function hourOfWeek(at: Date, zone: string): string {
  const t = DateTime.fromJSDate(at, { zone });
  return `${t.weekday}-${String(t.hour).padStart(2, '0')}`;
}

export interface DayRange {
  /** Local days touched by the range, in order. */
  days: string[];
  /** Start of the first day and end of the last, as instants. */
  from: Date;
  to: Date;
}

const MAX_DAYS = 400;

/** Every local day that overlaps [from, to): reports count whole days of the scope's time zone. */
export function daysOverlapping(from: Date, to: Date, zone: string): DayRange {
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  const end = DateTime.fromJSDate(to, { zone });
  const days: string[] = [];
  const first = day;
  while (day < end && days.length < MAX_DAYS) {
    days.push(day.toISODate()!);
    day = day.plus({ days: 1 });
  }
  return { days, from: first.toJSDate(), to: day.toJSDate() };
}

/** The fewest period keys that tile the days: a month when all its days are in, else each day. */
export function tileDays(days: string[]): { period: Period; key: string }[] {
  const inRange = new Set(days);
  const tiles: { period: Period; key: string }[] = [];
  for (let i = 0; i < days.length;) {
    const d = DateTime.fromISO(days[i], { zone: 'UTC' });
    const monthDays = d.daysInMonth!;
    const last = d.endOf('month').toISODate()!;
    if (d.day === 1 && inRange.has(last) && days.length - i >= monthDays) {
      tiles.push({ period: 'month', key: d.toFormat('yyyy-MM') });
      i += monthDays;
    } else {
      tiles.push({ period: 'day', key: days[i] });
      i += 1;
    }
  }
  return tiles;
}

/** Bucket keys of a time series over the days: each day, each ISO week or each month they touch. */
export function seriesKeys(days: string[], interval: Period): string[] {
  const keys = days.map((d) => {
    const t = DateTime.fromISO(d, { zone: 'UTC' });
    if (interval === 'day') return d;
    return interval === 'week' ? t.toFormat("kkkk-'W'WW") : t.toFormat('yyyy-MM');
  });
  return [...new Set(keys)];
}

/** The month before a YYYY-MM key. */
export function previousMonth(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).minus({ months: 1 }).toFormat('yyyy-MM');
}

/** [start, end) of a local month as instants. */
export function monthRange(month: string, zone: string): { from: Date; to: Date } {
  const start = DateTime.fromISO(`${month}-01`, { zone });
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}
