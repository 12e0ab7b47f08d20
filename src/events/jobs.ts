// The case-events queue: one job per stored case event (job id = the event's id, so the hook and the sweep never
// queue the same event twice), which marks the event's case for its rollups and announces the event to outgoing
// webhooks (src/events/handle.ts); a drain at the end of each second with marks (src/rollups/pending.ts), so a
// burst's cases are brought up to date together; and a sweep that queues every event of the last minutes, so
// events whose hook failed (Redis away) or came from a process without listeners are processed all the same.
import type { Queue } from 'bullmq';
import { jobIdFor } from '../queue/queues.js';
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

export async function enqueueCaseEvents(queue: Queue, events: RecordedCaseEvent[]) {
  const jobs = events.filter(wanted).map((e) => ({
    name: CASE_EVENT_JOB,
    data: {
      eventId: String(e._id),
      conversationId: String(e.conversationId),
      type: e.type,
    } satisfies CaseEventJob,
    opts: { jobId: jobIdFor(`case-event:${String(e._id)}`) },
  }));
  if (jobs.length) await queue.addBulk(jobs);
}

/** The drain of the current second, run at its end: marks made before this call are seen by it. */
export async function scheduleRollupDrain(queue: Queue, now = Date.now()) {
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

export async function sweepRecentEvents(queue: Queue, now = new Date(), lookbackMs = SWEEP_LOOKBACK_MS) {
  const events = await EventModel.find({
    type: { $in: [...CASE_EVENT_TYPES] },
    createdAt: { $gte: new Date(now.getTime() - lookbackMs) },
  })
    .select('_id conversationId type data.reason')
    .lean();
  await enqueueCaseEvents(queue, events);
  return { queued: events.length };
}
