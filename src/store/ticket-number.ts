import { DateTime } from 'luxon';
import mongoose from 'mongoose';
import { nextSequence } from './counter.js';

/**
 * Each process takes ticket numbers from the database a block at a time (hi/lo): one round trip per 20 cases. A
 * number is never given twice (the blocks do not overlap, and the case's ticketNumber index is unique); a process
 * that stops leaves the rest of its block unused, and processes interleave, so numbers rise with gaps, in order only
 * within one process.
 */
const BLOCK = 20;
const blocks = new Map<string, { next: number; last: number }>();
const refills = new Map<string, Promise<void>>();

async function take(sequence: string): Promise<number> {
  // Per database too: tests and tools may point one process at several.
  const key = `${mongoose.connection.name}/${sequence}`;
  for (;;) {
    const block = blocks.get(key);
    if (block && block.next <= block.last) return block.next++;
    let refill = refills.get(key);
    if (!refill) {
      refill = nextSequence(sequence, BLOCK)
        .then((last) => void blocks.set(key, { next: last - BLOCK + 1, last }))
        .finally(() => refills.delete(key));
      refills.set(key, refill);
    }
    await refill;
  }
}

/** Human ticket numbers the citizen can quote: ASP-2026-000123, one sequence per year. */
export async function nextTicketNumber(at: Date, timezone = 'Asia/Makassar'): Promise<string> {
  const year = DateTime.fromJSDate(at, { zone: timezone }).year;
  const seq = await take(`ticket-${year}`);
  return `ASP-${year}-${String(seq).padStart(6, '0')}`;
}

export function localDay(at: Date, timezone = 'Asia/Makassar'): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}
