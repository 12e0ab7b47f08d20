// What one stored case event sets off: the case's rollups are brought up to date, and the event is announced
// to the outgoing-webhook endpoints that want it. Both are idempotent, so a retried job does each once.
import type { Queue } from 'bullmq';
import { dispatchWebhook } from '../outgoing-webhooks/dispatch.js';
import { publicCase, webhookEventFor } from '../outgoing-webhooks/events.js';
import { reconcileCase } from '../rollups/apply.js';
import { cached } from '../cache/reference-data.js';
import { EventModel } from '../store/index.js';
import type { CaseEventJob } from './jobs.js';

export async function handleCaseEvent(
  queues: { webhooks: Queue },
  retryBaseMs: number,
  job: CaseEventJob,
): Promise<{ facts: number; webhooks: number }> {
  const facts = await reconcileCase(job.conversationId);
  // Without receivers there is nothing to announce: the event and the case need not be read.
  if ((await cached.webhookReceivers()).length === 0) return { facts: facts.length, webhooks: 0 };
  const event = await EventModel.findById(job.eventId).select('type data createdAt').lean();
  const name = event && webhookEventFor(event.type, (event.data ?? {}) as Record<string, unknown>);
  let webhooks = 0;
  if (event && name) {
    const kase = await publicCase(job.conversationId);
    if (kase) {
      webhooks = await dispatchWebhook(queues.webhooks, retryBaseMs, {
        id: job.eventId,
        name,
        occurredAt: event.createdAt,
        data: { case: kase, change: event.type },
      });
    }
  }
  return { facts: facts.length, webhooks };
}
