// Redis counters of citizen messages per topic × region in 5-minute buckets (one hash per series per UTC day,
// kept ten weeks), counting each conversation once per hour per series, with the conversation ids of each bucket
// for grouping. One Lua call per message: atomic, one round trip, and a redelivered message counts once.
import type { Redis } from 'ioredis';
import { CRISIS_RULES } from './assess.js';

const BUCKET_MS = CRISIS_RULES.bucketMinutes * 60_000;
export const BUCKETS_PER_DAY = (24 * 60) / CRISIS_RULES.bucketMinutes;
const HOUR_S = 3600;
const DAY_S = 86_400;

export interface Signal {
  messageId: string;
  conversationId: string;
  topic: string;
  region: string | null;
  kritis: boolean;
  at: Date;
}

export const seriesOf = (topic: string, region: string | null) => `${topic}|${region ?? 'tidak_diketahui'}`;
export const bucketOf = (at: Date | number) => Math.floor(new Date(at).getTime() / BUCKET_MS);

export function crisisKeys(prefix: string) {
  const k = `${prefix}:crisis`;
  return {
    day: (series: string, bucket: number) => `${k}:n:${series}:${Math.floor(bucket / BUCKETS_PER_DAY)}`,
    group: (series: string, bucket: number) => `${k}:g:${series}:${bucket}`,
    seenMessage: (messageId: string) => `${k}:seen:${messageId}`,
    seenConversation: (series: string, id: string, kritis: boolean) =>
      `${k}:${kritis ? 'ck' : 'c'}:${series}:${id}`,
    since: `${k}:since`,
    due: (series: string) => `${k}:due:${series}`,
    incident: (series: string) => `${k}:incident:${series}`,
  };
}

// KEYS: seen message, seen conversation, seen kritis conversation, day hash, group set, since, due.
// ARGV: bucket, kritis (0/1), conversation id, at (ms), hash ttl (s), group ttl (s), due window (ms).
// Returns 0 for a message seen before, 2 when a check should be scheduled, else 1.
const RECORD = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ${2 * DAY_S}) then return 0 end
local counted = 0
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ${HOUR_S}) then
  redis.call('HINCRBY', KEYS[4], 'n' .. ARGV[1], 1)
  counted = 1
end
if ARGV[2] == '1' and redis.call('SET', KEYS[3], '1', 'NX', 'EX', ${HOUR_S}) then
  redis.call('HINCRBY', KEYS[4], 'k' .. ARGV[1], 1)
  counted = 1
end
redis.call('EXPIRE', KEYS[4], ARGV[5])
redis.call('SADD', KEYS[5], ARGV[3])
redis.call('EXPIRE', KEYS[5], ARGV[6])
local since = redis.call('GET', KEYS[6])
if not since or tonumber(since) > tonumber(ARGV[4]) then redis.call('SET', KEYS[6], ARGV[4]) end
if counted == 1 and redis.call('SET', KEYS[7], '1', 'NX', 'PX', ARGV[7]) then return 2 end
return 1
`;

/** Returns whether a check of the series should be scheduled now (at most once per `dueMs` per series). */
export async function recordSignal(redis: Redis, prefix: string, s: Signal, dueMs: number): Promise<boolean> {
  const keys = crisisKeys(prefix);
  const series = seriesOf(s.topic, s.region);
  const bucket = bucketOf(s.at);
  const result = await redis.eval(
    RECORD,
    7,
    keys.seenMessage(s.messageId),
    keys.seenConversation(series, s.conversationId, false),
    keys.seenConversation(series, s.conversationId, true),
    keys.day(series, bucket),
    keys.group(series, bucket),
    keys.since,
    keys.due(series),
    String(bucket),
    s.kritis ? '1' : '0',
    s.conversationId,
    String(new Date(s.at).getTime()),
    String((CRISIS_RULES.weeks + 2) * 7 * DAY_S),
    String(6 * HOUR_S),
    String(dueMs),
  );
  return result === 2;
}
