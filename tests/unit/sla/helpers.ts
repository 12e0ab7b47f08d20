// Build instants from local wall-clock times, so tests read like what an officer sees on the office clock.
import { DateTime } from 'luxon';

export const WIB = 'Asia/Jakarta';
export const WITA = 'Asia/Makassar';
export const WIT = 'Asia/Jayapura';

/** "2026-08-14 15:30" in the zone -> Date. */
export function local(wallClock: string, zone: string = WITA): Date {
  const dt = DateTime.fromFormat(wallClock, 'yyyy-MM-dd HH:mm', { zone });
  if (!dt.isValid) throw new Error(`bad test time ${wallClock}`);
  return dt.toJSDate();
}

/** Date -> "2026-08-14 15:30" in the zone (seconds shown only when not zero). */
export function wall(date: Date, zone: string = WITA): string {
  const dt = DateTime.fromJSDate(date, { zone });
  return dt.toFormat(dt.second ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm');
}
