// Cases whose rollups are behind. Each case event marks its case in a Redis sorted set, and the job that marked it
// brings every marked case up to date at once (src/rollups/apply.ts reconcileCases): in a burst the jobs queued
// behind the first find their cases already done, so a burst's cases share the same reads and one transaction
// instead of six commands each (bench/commands-per-message.bench.ts).
import type { Redis } from 'ioredis';
import { reconcileCases } from './apply.js';

/** Cases per reconcile: bounds one transaction and one read of event logs. */
const BATCH = 200;

const pendingKey = (prefix: string) => `${prefix}:rollups:pending`;

/** Each mark raises the case's score, so a drain forgets a case only if it was not marked again meanwhile. */
export async function markRollupsPending(redis: Redis, prefix: string, conversationId: string) {
  await redis.zadd(pendingKey(prefix), 'INCR', 1, conversationId);
}

const FORGET_UNLESS_MARKED_AGAIN = `
for i = 1, #ARGV, 2 do
  if redis.call('ZSCORE', KEYS[1], ARGV[i + 1]) == ARGV[i] then redis.call('ZREM', KEYS[1], ARGV[i + 1]) end
end
return 0`;

/** Up to `count` marked cases with their scores as read now. */
export async function readPending(redis: Redis, prefix: string, count = BATCH) {
  const scored = await redis.zrange(pendingKey(prefix), 0, count - 1, 'WITHSCORES');
  return scored.flatMap((v, i) => (i % 2 === 0 ? [{ id: v, score: scored[i + 1] }] : []));
}

/** Unmarks the cases whose score is still the one read: a case marked again since stays for the next drain. */
export async function forgetDone(redis: Redis, prefix: string, read: { id: string; score: string }[]) {
  if (read.length === 0) return;
  await redis.eval(
    FORGET_UNLESS_MARKED_AGAIN,
    1,
    pendingKey(prefix),
    ...read.flatMap((r) => [r.score, r.id]),
  );
}

/** Brings every marked case up to date; returns how many cases and facts it applied. A crash leaves them marked. */
export async function drainPendingRollups(redis: Redis, prefix: string) {
  let cases = 0;
  let facts = 0;
  for (;;) {
    const read = await readPending(redis, prefix);
    if (read.length === 0) break;
    facts += (await reconcileCases(read.map((r) => r.id))).length;
    cases += read.length;
    await forgetDone(redis, prefix, read);
    if (read.length < BATCH) break;
  }
  return { cases, facts };
}
