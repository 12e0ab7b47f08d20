// The ingest hook: count a stored citizen message and, at most every few seconds per topic × region, schedule
// a check a moment later (so a burst is judged as a whole, well within a minute of arriving).
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { InboundMessageNotice } from '../pipeline/ports.js';
import { jobIdFor } from '../queue/queues.js';
import { recordSignal, seriesOf } from './counters.js';
import { CRISIS_CHECK_JOB, type CrisisCheck } from './detect.js';

/** Checks of one series are at least this far apart; each runs this long after the message that scheduled it. */
export const CHECK_DEBOUNCE_MS = 3000;
/** Messages older than this (a platform catching up) are counted in their own bucket but trigger no check. */
const FRESH_MS = 10 * 60_000;

export async function countInboundMessage(
  redis: Redis,
  prefix: string,
  queue: Queue,
  n: InboundMessageNotice,
  now = new Date(),
): Promise<boolean> {
  if (n.type === 'spam') return false;
  const signal = {
    messageId: n.messageId,
    conversationId: n.conversationId,
    topic: n.topic,
    region: n.region,
    kritis: n.urgency === 'kritis',
    at: n.at,
  };
  const due = await recordSignal(redis, prefix, signal, CHECK_DEBOUNCE_MS);
  if (!due || now.getTime() - n.at.getTime() > FRESH_MS) return false;
  const series = seriesOf(n.topic, n.region);
  const slot = Math.floor(now.getTime() / CHECK_DEBOUNCE_MS);
  const data: CrisisCheck = {
    series,
    topic: n.topic,
    region: n.region,
    at: new Date(now.getTime() + CHECK_DEBOUNCE_MS).toISOString(),
  };
  await queue.add(CRISIS_CHECK_JOB, data, {
    jobId: jobIdFor(`crisis-check:${series}:${slot}`),
    delay: CHECK_DEBOUNCE_MS,
  });
  return true;
}
