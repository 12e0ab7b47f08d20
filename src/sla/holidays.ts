// The national holiday list (data/calendars/holidays-id.json) as typed data. See that folder's README to update it.
import holidayFile from '../../data/calendars/holidays-id.json' with { type: 'json' };

export type HolidayKind = 'libur_nasional' | 'cuti_bersama';

export interface Holiday {
  date: string; // YYYY-MM-DD, a local calendar day
  name: string;
  kind: HolidayKind;
  /** True while the year's SKB 3 Menteri is not yet published and the date is an estimate. */
  provisional?: boolean;
}

export const NATIONAL_HOLIDAYS: readonly Holiday[] = holidayFile.holidays as Holiday[];

export function nationalHolidayDates(kind: HolidayKind): string[] {
  return NATIONAL_HOLIDAYS.filter((h) => h.kind === kind).map((h) => h.date);
}
