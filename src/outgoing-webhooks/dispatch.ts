// Fan-out: one delivery job per subscribed endpoint, its job id derived from the event and the endpoint, so the
// same event queued twice (hook and sweep, or a retried job) is delivered once per endpoint.
import type { Queue } from 'bullmq';
import { jobIdFor } from '../queue/queues.js';
import { cached } from '../cache/reference-data.js';
import type { WebhookEventName } from './events.js';

export const DELIVER_JOB = 'deliver-webhook';
export const DELIVERY_ATTEMPTS = 8;

export interface DeliveryJob {
  endpointId: string;
  deliveryId: string;
  event: WebhookEventName;
  occurredAt: string;
  data: unknown;
}

export async function dispatchWebhook(
  queue: Queue,
  retryBaseMs: number,
  event: { id: string; name: WebhookEventName; occurredAt: Date; data: unknown },
): Promise<number> {
  const receivers = (await cached.webhookReceivers()).filter(
    (e) => e.events.includes('*') || e.events.includes(event.name),
  );
  if (receivers.length === 0) return 0;
  await queue.addBulk(
    receivers.map((e) => {
      const deliveryId = `${event.id}.${String(e._id)}`;
      const data: DeliveryJob = {
        endpointId: String(e._id),
        deliveryId,
        event: event.name,
        occurredAt: event.occurredAt.toISOString(),
        data: event.data,
      };
      return {
        name: DELIVER_JOB,
        data,
        opts: {
          jobId: jobIdFor(`webhook:${deliveryId}`),
          attempts: DELIVERY_ATTEMPTS,
          backoff: { type: 'exponential', delay: retryBaseMs },
        },
      };
    }),
  );
  return receivers.length;
}
