// What one stored case event sets off here: the event is announced to the outgoing-webhook endpoints that want it
// (idempotent, so a retried job does it once). Its rollups are the drain's (src/events/jobs.ts).
import type { Queue } from 'bullmq';
import { dispatchWebhook } from '../outgoing-webhooks/dispatch.js';
import { publicCase, webhookEventFor } from '../outgoing-webhooks/events.js';
import { cached } from '../cache/reference-data.js';
import { EventModel } from '../store/index.js';
import type { CaseEventJob } from './jobs.js';

export async function handleCaseEvent(
  env: { queues: { webhooks: Queue }; retryBaseMs: number },
  job: CaseEventJob,
): Promise<{ webhooks: number }> {
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
