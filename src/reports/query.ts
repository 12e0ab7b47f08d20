// Report query parameters: period, grouping, time zone and output format.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { GROUP_BYS, type GroupBy } from './case-metrics.js';

const DAY = 86_400_000;
export const MAX_RANGE_DAYS = 366;

const isoDate = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'tanggal tidak valid (pakai ISO 8601)')
  .transform((v) => new Date(v));

const zone = z
  .string()
  .refine((v) => DateTime.local().setZone(v).isValid, 'zona waktu tidak dikenal')
  .optional();

export const reportQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  groupBy: z.enum(GROUP_BYS as [GroupBy, ...GroupBy[]]).default('agency'),
  interval: z.literal('day').default('day'),
  tz: zone,
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
