// The YouTube Data API's daily quota (platforms.md §3): every call costs units, the day resets at midnight
// Pacific time, and one project's quota is shared by every connected channel and every worker (a Redis counter).
import type { SharedCounter } from '../types.js';

export const COST = { list: 1, insert: 50 } as const;

/** The quota day (Pacific date) `now` falls in and the instant it ends. */
export function quotaDay(now: Date): { day: string; resetsAt: Date } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Los_Angeles',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const [y, m, d] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const localAsUtc = Date.UTC(y, m - 1, d, Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = localAsUtc - Math.floor(now.getTime() / 1000) * 1000;
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    resetsAt: new Date(Date.UTC(y, m - 1, d + 1) - offset),
  };
}

export const quotaCounterName = (now: Date) => `youtube:quota:${quotaDay(now).day}`;

export interface QuotaBudget {
  limit: number;
  /** Units polls leave untouched so officers can still reply (50 each) late in the day. */
  reserve: number;
}

/**
 * Spends `units` if that keeps the day's total within the budget (polls stop at limit - reserve, replies at
 * limit); returns false, spending nothing, otherwise. Counting before the call means a call that then fails
 * still counts — as Google counts it.
 */
export async function spend(
  counter: SharedCounter,
  units: number,
  budget: QuotaBudget,
  purpose: 'poll' | 'reply',
  now: Date,
): Promise<boolean> {
  const ceiling = purpose === 'poll' ? budget.limit - budget.reserve : budget.limit;
  if ((await counter.get()) + units > ceiling) return false;
  const total = await counter.add(units, quotaDay(now).resetsAt);
  if (total <= ceiling) return true;
  await counter.add(-units, quotaDay(now).resetsAt); // another worker got there first
  return false;
}
