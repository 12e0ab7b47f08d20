import { DateTime } from 'luxon';
import { nextSequence } from './counter.js';

/** Human ticket numbers the citizen can quote: ASP-2026-000123, one sequence per year. */
export async function nextTicketNumber(at: Date, timezone = 'Asia/Makassar'): Promise<string> {
  const year = DateTime.fromJSDate(at, { zone: timezone }).year;
  const seq = await nextSequence(`ticket-${year}`);
  return `ASP-${year}-${String(seq).padStart(6, '0')}`;
}

export function localDay(at: Date, timezone = 'Asia/Makassar'): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}
