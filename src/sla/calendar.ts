// A working calendar: the hours an agency answers, and the days it does not.
import { IANAZone } from 'luxon';
import { nationalHolidayDates } from './holidays.js';

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** A local time interval, "HH:mm" to "HH:mm" ("24:00" allowed as an end). */
export type TimeInterval = [string, string];

export interface Calendar {
  id: string;
  /** IANA zone, e.g. Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT). */
  timezone: string;
  /** Working intervals per ISO weekday; a missing or empty day is a day off. */
  workingHours: Partial<Record<IsoWeekday, TimeInterval[]>>;
  /** Days off always: libur nasional plus any regional holiday (YYYY-MM-DD, local). */
  holidays: string[];
  /** Collective-leave days; days off only when includeCutiBersama is true. */
  cutiBersama: string[];
  includeCutiBersama: boolean;
}

/**
 * Government default, 37.5 hours a week as set for ASN (Perpres 21/2023, 5 working days):
 * Mon–Thu 07:30–16:00 with a 12:00–13:00 break, Fri 07:30–16:30 with an 11:30–13:00 Friday-prayer break.
 * Breaks are not counted: nobody is expected to answer then.
 */
export const GOVERNMENT_WORKING_HOURS: Calendar['workingHours'] = {
  1: [
    ['07:30', '12:00'],
    ['13:00', '16:00'],
  ],
  2: [
    ['07:30', '12:00'],
    ['13:00', '16:00'],
  ],
  3: [
    ['07:30', '12:00'],
    ['13:00', '16:00'],
  ],
  4: [
    ['07:30', '12:00'],
    ['13:00', '16:00'],
  ],
  5: [
    ['07:30', '11:30'],
    ['13:00', '16:30'],
  ],
};

/** Minutes in one working day of the government default (37.5 h / 5 days); used to express "N working days". */
export const WORKING_DAY_MINUTES = 450;

/** The national calendar (libur nasional and cuti bersama) in the given zone, with government hours. */
export function defaultCalendar(timezone = 'Asia/Makassar', includeCutiBersama = true): Calendar {
  return {
    id: `id-national-${timezone}`,
    timezone,
    workingHours: GOVERNMENT_WORKING_HOURS,
    holidays: nationalHolidayDates('libur_nasional'),
    cutiBersama: nationalHolidayDates('cuti_bersama'),
    includeCutiBersama,
  };
}

/** Every minute of every day counts (for kritis). */
export function roundTheClockCalendar(timezone = 'Asia/Makassar'): Calendar {
  const allDay: TimeInterval[] = [['00:00', '24:00']];
  const workingHours = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, allDay]));
  return {
    id: `24x7-${timezone}`,
    timezone,
    workingHours,
    holidays: [],
    cutiBersama: [],
    includeCutiBersama: false,
  };
}

export function parseClockTime(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) throw new Error(`invalid time "${hhmm}"`);
  return minutes;
}

/** Precomputed lookups so the clock does not re-parse the calendar for every day it walks. */
export interface CompiledCalendar {
  timezone: string;
  zone: IANAZone;
  /** Index 1..7: sorted [startMinute, endMinute) pairs of the day. */
  minutesByWeekday: Array<Array<[number, number]>>;
  daysOff: Set<string>;
  /** Memo of workingIntervalsOfDay: the same days recur for every case on this calendar. */
  dayCache: Map<number, Array<[number, number]>>;
}

const compiled = new WeakMap<Calendar, CompiledCalendar>();

/** Calendars are treated as immutable: the compiled form is cached per object. */
export function compileCalendar(cal: Calendar): CompiledCalendar {
  const cached = compiled.get(cal);
  if (cached) return cached;
  const zone = IANAZone.create(cal.timezone);
  if (!zone.isValid) throw new Error(`unknown time zone "${cal.timezone}"`);
  const minutesByWeekday: Array<Array<[number, number]>> = [[]];
  for (let day = 1; day <= 7; day++) {
    const intervals = (cal.workingHours[day as IsoWeekday] ?? []).map(([from, to]): [number, number] => [
      parseClockTime(from),
      parseClockTime(to),
    ]);
    intervals.sort((a, b) => a[0] - b[0]);
    intervals.forEach(([from, to], i) => {
      if (to <= from) throw new Error(`empty interval on weekday ${day}`);
      if (i > 0 && from < intervals[i - 1][1]) throw new Error(`overlapping intervals on weekday ${day}`);
    });
    minutesByWeekday.push(intervals);
  }
  const daysOff = new Set([...cal.holidays, ...(cal.includeCutiBersama ? cal.cutiBersama : [])]);
  const result = { timezone: cal.timezone, zone, minutesByWeekday, daysOff, dayCache: new Map() };
  compiled.set(cal, result);
  return result;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * A local calendar day, numbered as days since 1970-01-01 in the calendar's own zone. Walking days by number
 * avoids building a luxon DateTime per day (the clock walks hundreds of days for long targets).
 */
export function localDayNumber(cal: CompiledCalendar, epochMs: number): number {
  return Math.floor((epochMs + cal.zone.offset(epochMs) * MINUTE_MS) / DAY_MS);
}

/** The epoch ms of a local wall-clock minute of a local day (re-checks the offset once, so DST zones work too). */
function localToEpoch(cal: CompiledCalendar, dayNumber: number, minuteOfDay: number): number {
  const wall = dayNumber * DAY_MS + minuteOfDay * MINUTE_MS;
  const guess = wall - cal.zone.offset(wall) * MINUTE_MS;
  return wall - cal.zone.offset(guess) * MINUTE_MS;
}

/** The working intervals of one local day as epoch-millisecond [start, end) pairs; [] on a day off. */
export function workingIntervalsOfDay(cal: CompiledCalendar, dayNumber: number): Array<[number, number]> {
  let intervals = cal.dayCache.get(dayNumber);
  if (!intervals) {
    intervals = computeWorkingIntervals(cal, dayNumber);
    cal.dayCache.set(dayNumber, intervals);
  }
  return intervals;
}

function computeWorkingIntervals(cal: CompiledCalendar, dayNumber: number): Array<[number, number]> {
  const utcMidnight = new Date(dayNumber * DAY_MS);
  if (cal.daysOff.has(utcMidnight.toISOString().slice(0, 10))) return [];
  const isoWeekday = utcMidnight.getUTCDay() || 7;
  return cal.minutesByWeekday[isoWeekday].map(([from, to]) => [
    localToEpoch(cal, dayNumber, from),
    localToEpoch(cal, dayNumber, to),
  ]);
}

export function isWorkingDay(cal: Calendar, date: Date): boolean {
  const c = compileCalendar(cal);
  return workingIntervalsOfDay(c, localDayNumber(c, date.getTime())).length > 0;
}
