// What one stored case event sets off: its case is marked for the rollups' drain of this second
// (src/rollups/pending.ts), and the event is announced to the outgoing-webhook endpoints that want it. Both are
// idempotent, so a retried job does each once; a job runs once per event, so a sweep re-queuing old events marks
// nothing again.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { dispatchWebhook } from '../outgoing-webhooks/dispatch.js';
import { publicCase, webhookEventFor } from '../outgoing-webhooks/events.js';
import { cached } from '../cache/reference-data.js';
import { EventModel } from '../store/index.js';
import { markRollupsPending } from '../rollups/pending.js';
import { scheduleRollupDrain, type CaseEventJob } from './jobs.js';

export async function handleCaseEvent(
  env: { queues: { webhooks: Queue; caseEvents: Queue }; redis: Redis; prefix: string; retryBaseMs: number },
  job: CaseEventJob,
): Promise<{ webhooks: number }> {
  await markRollupsPending(env.redis, env.prefix, job.conversationId);
  await scheduleRollupDrain(env.queues.caseEvents);
  // Without receivers there is nothing to announce: the event and the case need not be read.
  if ((await cached.webhookReceivers()).length === 0) return { webhooks: 0 };
  const event = await EventModel.findById(job.eventId).select('type data createdAt').lean();
  const name = event && webhookEventFor(event.type, (event.data ?? {}) as Record<string, unknown>);
  let webhooks = 0;
  if (event && name) {
    const kase = await publicCase(job.conversationId);
    if (kase) {
      webhooks = await dispatchWebhook(env.queues.webhooks, env.retryBaseMs, {
        id: job.eventId,
        name,
        occurredAt: event.createdAt,
        data: { case: kase, change: event.type },
      });
    }
  }
  return { webhooks };
}
