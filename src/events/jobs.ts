// The case-events queue: one job per stored case event (job id = the event's id, so the hook and the sweep never
// queue the same event twice) for outgoing webhooks; the event's case marked for its rollups, with a drain at the
// end of the current second (one per second, so a burst's cases are brought up to date together,
// src/rollups/pending.ts); and a sweep that does both again for every event of the last minutes, so events whose
// hook failed (Redis away) or came from a process without listeners are processed all the same.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobIdFor } from '../queue/queues.js';
import { markRollupsPending } from '../rollups/pending.js';
import { EventModel } from '../store/index.js';
import type { RecordedCaseEvent } from './listeners.js';

export const CASE_EVENT_JOB = 'case-event';
export const CASE_EVENT_SWEEP_JOB = 'case-event-sweep';
export const ROLLUP_DRAIN_JOB = 'rollups-drain';
const DRAIN_EVERY_MS = 1000;

export interface CaseEventJob {
  eventId: string;
  conversationId: string;
  type: string;
}

/** Events that can change a case's rollup facts or that outgoing webhooks announce. */
export const CASE_EVENT_TYPES = [
  'created',
  'routed',
  'transferred',
  'rejected',
  'accepted',
  'assigned',
  'replied',
  'status_changed',
  'reclassified',
  'sla_breach',
] as const;
const RELEVANT = new Set<string>(CASE_EVENT_TYPES);

/** The routing a new case gets from ingest (data.reason) comes with its `created` event: one job covers both. */
const wanted = (e: RecordedCaseEvent) =>
  RELEVANT.has(e.type) && !(e.type === 'routed' && (e.data as { reason?: string } | null)?.reason);

/** Where events go: the case-events queue, and the Redis (with the deployment's prefix) holding rollup marks. */
export interface CaseEventTarget {
  queue: Queue;
  redis: Redis;
  prefix: string;
}

export async function enqueueCaseEvents(target: CaseEventTarget, events: RecordedCaseEvent[]) {
  const jobs = events.filter(wanted).map((e) => ({
    name: CASE_EVENT_JOB,
    data: {
      eventId: String(e._id),
      conversationId: String(e.conversationId),
      type: e.type,
    } satisfies CaseEventJob,
    opts: { jobId: jobIdFor(`case-event:${String(e._id)}`) },
  }));
  if (jobs.length === 0) return;
  const cases = [...new Set(jobs.map((j) => j.data.conversationId))];
  await Promise.all([target.queue.addBulk(jobs), markForRollups(target, cases)]);
}

/** Marks first: the drain of this second starts after it, so it sees the marks. */
async function markForRollups({ queue, redis, prefix }: CaseEventTarget, conversationIds: string[]) {
  await Promise.all(conversationIds.map((id) => markRollupsPending(redis, prefix, id)));
  const now = Date.now();
  const second = Math.floor(now / DRAIN_EVERY_MS);
  await queue.add(ROLLUP_DRAIN_JOB, null, {
    jobId: `rollups-drain-${second}`,
    delay: (second + 1) * DRAIN_EVERY_MS - now,
    removeOnComplete: true,
  });
}

/** Every minute; each sweep looks back five minutes, so a sweep that did not run is covered by the next ones. */
export const CASE_EVENT_SWEEP_EVERY_MS = 60_000;
export const SWEEP_LOOKBACK_MS = 5 * 60_000;

export async function sweepRecentEvents(
  target: CaseEventTarget,
  now = new Date(),
  lookbackMs = SWEEP_LOOKBACK_MS,
) {
  const events = await EventModel.find({
    type: { $in: [...CASE_EVENT_TYPES] },
    createdAt: { $gte: new Date(now.getTime() - lookbackMs) },
  })
    .select('_id conversationId type data.reason')
    .lean();
  await enqueueCaseEvents(target, events);
  return { queued: events.length };
}
