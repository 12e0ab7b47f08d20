// Open cases by age: how much is waiting and how long it has waited, split by urgency.
import { URGENCIES } from '../domain/labels.js';

const HOUR = 3600_000;

export const AGE_BUCKETS = [
  { key: 'lt_4h', label: '< 4 jam', maxMs: 4 * HOUR },
  { key: '4h_24h', label: '4–24 jam', maxMs: 24 * HOUR },
  { key: '1d_3d', label: '1–3 hari', maxMs: 72 * HOUR },
  { key: '3d_7d', label: '3–7 hari', maxMs: 168 * HOUR },
  { key: 'gt_7d', label: '> 7 hari', maxMs: Number.POSITIVE_INFINITY },
] as const;

export interface BacklogBucket {
  key: string;
  label: string;
  count: number;
  byUrgency: Record<string, number>;
}

export function backlogByAge(
  open: { createdAt: Date; urgency: string | null }[],
  now: Date,
): BacklogBucket[] {
  const buckets = AGE_BUCKETS.map((b) => ({
    key: b.key,
    label: b.label,
    count: 0,
    byUrgency: Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<string, number>,
  }));
  for (const c of open) {
    const age = now.getTime() - c.createdAt.getTime();
    const i = AGE_BUCKETS.findIndex((b) => age < b.maxMs);
    const bucket = buckets[i];
    bucket.count += 1;
    const urgency = c.urgency ?? 'normal';
    bucket.byUrgency[urgency] = (bucket.byUrgency[urgency] ?? 0) + 1;
  }
  return buckets;
}
