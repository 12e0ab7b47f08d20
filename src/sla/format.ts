// Times as people read them: in their own zone, with the Indonesian zone name (WIB/WITA/WIT).
import { DateTime } from 'luxon';

const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** e.g. "Jumat, 27 Nov 2026 15.30 WITA". */
export function formatLocalTime(at: Date, timezone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timezone }).setLocale('id');
  const zoneName = ZONE_NAMES[timezone] ?? local.toFormat('ZZZZ');
  return `${local.toFormat('cccc, d LLL yyyy HH.mm')} ${zoneName}`;
}
