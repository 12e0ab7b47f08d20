// Report query parameters: period, grouping, interval, scope and output format.
import { z } from 'zod';
import { GROUP_BYS, type GroupBy } from './case-metrics.js';

const DAY = 86_400_000;
export const MAX_RANGE_DAYS = 366;

const isoDate = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'tanggal tidak valid (pakai ISO 8601)')
  .transform((v) => new Date(v));

export const reportQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  groupBy: z.enum(GROUP_BYS as [GroupBy, ...GroupBy[]]).default('agency'),
  interval: z.enum(['day', 'week', 'month']).default('day'),
  /** Accepted for compatibility: days are always those of the report's scope (the agency's time zone). */
  tz: z.string().optional(),
  agencyId: z.string().optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** Defaults to the last 7 days; a range must run forwards and stay within a year. */
export function resolveRange(q: ReportQuery, now: Date): { from: Date; to: Date } | { error: string } {
  const to = q.to ?? now;
  const from = q.from ?? new Date(to.getTime() - 7 * DAY);
  if (from >= to) return { error: '`from` harus sebelum `to`.' };
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
    return { error: `Rentang laporan paling lama ${MAX_RANGE_DAYS} hari.` };
  }
  return { from, to };
}
