// Working-time arithmetic on a Calendar. Walks day by day (never minute by minute): each day contributes its
// working intervals, whole days are consumed at once.
import { compileCalendar, localDayNumber, workingIntervalsOfDay, type Calendar } from './calendar.js';

/** "working": the calendar's hours; "24x7": every minute counts, holidays included. */
export type ClockMode = 'working' | '24x7';

export interface TimeSpan {
  start: Date;
  end: Date;
}

const MINUTE_MS = 60_000;
/** A calendar with no working time for ten years is a configuration error, not a reason to loop forever. */
const MAX_DAYS_WALKED = 3660;

/** The instant `minutes` working minutes after `start`. Starting out of hours counts from the next opening. */
export function addWorkingMinutes(start: Date, minutes: number, cal: Calendar): Date {
  if (!(minutes > 0)) return new Date(start.getTime());
  const compiled = compileCalendar(cal);
  let remainingMs = minutes * MINUTE_MS;
  const cursor = start.getTime();
  const firstDay = localDayNumber(compiled, cursor);
  for (let day = firstDay; day < firstDay + MAX_DAYS_WALKED; day++) {
    for (const [open, close] of workingIntervalsOfDay(compiled, day)) {
      const from = Math.max(open, cursor);
      if (from >= close) continue;
      if (close - from >= remainingMs) return new Date(from + remainingMs);
      remainingMs -= close - from;
    }
  }
  throw new Error(`calendar ${cal.id} has no working time within ${MAX_DAYS_WALKED} days`);
}

/** Working minutes in [start, end); 0 when end is not after start. May be fractional. */
export function workingMinutesBetween(start: Date, end: Date, cal: Calendar): number {
  const from = start.getTime();
  const to = end.getTime();
  if (to <= from) return 0;
  const compiled = compileCalendar(cal);
  let totalMs = 0;
  const lastDay = localDayNumber(compiled, to);
  for (let day = localDayNumber(compiled, from); day <= lastDay; day++) {
    for (const [open, close] of workingIntervalsOfDay(compiled, day)) {
      totalMs += Math.max(0, Math.min(close, to) - Math.max(open, from));
    }
  }
  return totalMs / MINUTE_MS;
}

/** Sorted, non-overlapping copies of the spans, clipped to [start, end). */
export function mergeSpans(spans: TimeSpan[], start: Date, end: Date): TimeSpan[] {
  const clipped = spans
    .map((s) => [Math.max(s.start.getTime(), start.getTime()), Math.min(s.end.getTime(), end.getTime())])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: number[][] = [];
  for (const [a, b] of clipped) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([a, b]) => ({ start: new Date(a), end: new Date(b) }));
}

/** Minutes on the given clock between two instants. */
export function clockMinutesBetween(start: Date, end: Date, mode: ClockMode, cal: Calendar): number {
  if (mode === '24x7') return Math.max(0, end.getTime() - start.getTime()) / MINUTE_MS;
  return workingMinutesBetween(start, end, cal);
}

/** The instant `minutes` clock minutes after start. */
export function addClockMinutes(start: Date, minutes: number, mode: ClockMode, cal: Calendar): Date {
  if (mode === '24x7') return new Date(start.getTime() + Math.max(0, minutes) * MINUTE_MS);
  return addWorkingMinutes(start, minutes, cal);
}

/** Clock minutes inside the paused spans (e.g. waiting on the citizen); overlapping spans count once. */
export function pausedClockMinutes(
  paused: TimeSpan[],
  mode: ClockMode,
  cal: Calendar,
  within: TimeSpan = { start: new Date(-8.64e15), end: new Date(8.64e15) },
): number {
  return mergeSpans(paused, within.start, within.end).reduce(
    (sum, s) => sum + clockMinutesBetween(s.start, s.end, mode, cal),
    0,
  );
}

/** Clock minutes in [start, end) that were not paused: the time that counts against an SLA. */
export function activeClockMinutesBetween(
  start: Date,
  end: Date,
  paused: TimeSpan[],
  mode: ClockMode,
  cal: Calendar,
): number {
  const total = clockMinutesBetween(start, end, mode, cal);
  return total - pausedClockMinutes(paused, mode, cal, { start, end });
}
