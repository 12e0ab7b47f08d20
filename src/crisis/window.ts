// Reads the window ending at an instant and the same window in past weeks and days, from the counters.
import type { Redis } from 'ioredis';
import { CRISIS_RULES, chooseBaseline, type Baseline } from './assess.js';
import { BUCKETS_PER_DAY, bucketOf, crisisKeys } from './counters.js';

const WEEK_BUCKETS = 7 * BUCKETS_PER_DAY;

export interface WindowCounts {
  total: number;
  kritis: number;
}

/** Sums of `n` and `k` fields over [end - windowBuckets + 1, end], for several windows in one pipeline. */
async function readWindows(
  redis: Redis,
  prefix: string,
  series: string,
  ends: number[],
): Promise<WindowCounts[]> {
  const keys = crisisKeys(prefix);
  const pipeline = redis.pipeline();
  const plan: { window: number; fields: number }[] = [];
  ends.forEach((end, window) => {
    const buckets = Array.from({ length: CRISIS_RULES.windowBuckets }, (_, i) => end - i);
    const byKey = new Map<string, string[]>();
    for (const b of buckets) {
      const key = keys.day(series, b);
      byKey.set(key, [...(byKey.get(key) ?? []), `n${b}`, `k${b}`]);
    }
    for (const [key, fields] of byKey) {
      pipeline.hmget(key, ...fields);
      plan.push({ window, fields: fields.length });
    }
  });
  const results = (await pipeline.exec()) ?? [];
  const out = ends.map(() => ({ total: 0, kritis: 0 }));
  results.forEach(([err, values], i) => {
    if (err) throw err;
    (values as (string | null)[]).forEach((v, j) => {
      const n = Number(v ?? 0);
      if (j % 2 === 0) out[plan[i].window].total += n;
      else out[plan[i].window].kritis += n;
    });
  });
  return out;
}

export interface WindowReading {
  current: WindowCounts;
  baseline: Baseline;
  /** Buckets of the current window, for the grouped conversations. */
  buckets: number[];
}

export async function readWindow(
  redis: Redis,
  prefix: string,
  series: string,
  at: Date,
): Promise<WindowReading> {
  const end = bucketOf(at);
  const sinceMs = Number((await redis.get(crisisKeys(prefix).since)) ?? at.getTime());
  const startOf = (e: number) => (e - CRISIS_RULES.windowBuckets + 1) * CRISIS_RULES.bucketMinutes * 60_000;
  // Past windows are samples only when they lie wholly after the first signal ever counted (else they read 0).
  const known = (e: number) => startOf(e) >= sinceMs;
  const weekEnds = Array.from({ length: CRISIS_RULES.weeks }, (_, i) => end - (i + 1) * WEEK_BUCKETS).filter(
    known,
  );
  const dayEnds = Array.from({ length: CRISIS_RULES.days }, (_, i) => end - (i + 1) * BUCKETS_PER_DAY).filter(
    known,
  );
  const [current, ...past] = await readWindows(redis, prefix, series, [end, ...weekEnds, ...dayEnds]);
  return {
    current,
    baseline: chooseBaseline(past.slice(0, weekEnds.length), past.slice(weekEnds.length)),
    buckets: Array.from({ length: CRISIS_RULES.windowBuckets }, (_, i) => end - i),
  };
}

export async function groupedConversations(redis: Redis, prefix: string, series: string, buckets: number[]) {
  const keys = crisisKeys(prefix);
  return redis.sunion(...buckets.map((b) => keys.group(series, b)));
}
