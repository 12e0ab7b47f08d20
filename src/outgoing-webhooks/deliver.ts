// One delivery attempt: sign, POST with a timeout, log the attempt, and throw so BullMQ retries with backoff
// until the receiver answers 2xx (the last failure is logged as failed).
import { UnrecoverableError } from 'bullmq';
import { unseal } from '../security/seal.js';
import { WebhookDeliveryModel, WebhookEndpointModel } from '../store/index.js';
import type { DeliveryJob } from './dispatch.js';
import { signWebhook } from './signature.js';

const TIMEOUT_MS = 10_000;

export async function deliverWebhook(
  job: DeliveryJob,
  attempt: number,
  maxAttempts: number,
  encryptionKey: string,
): Promise<void> {
  const endpoint = await WebhookEndpointModel.findById(job.endpointId)
    .select('+secretSealed url active')
    .lean();
  if (!endpoint || !endpoint.active) return; // removed or paused since: nothing to deliver
  const { secret } = unseal<{ secret: string }>(endpoint.secretSealed, encryptionKey);
  const body = JSON.stringify({
    id: job.deliveryId,
    type: job.event,
    createdAt: job.occurredAt,
    data: job.data,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const started = Date.now();
  let httpStatus: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Aspirasi-Webhooks/1',
        'x-aspirasi-event': job.event,
        'x-aspirasi-delivery': job.deliveryId,
        'x-aspirasi-timestamp': String(timestamp),
        'x-aspirasi-signature': signWebhook(secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    httpStatus = res.status;
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) error = `Penerima menjawab HTTP ${res.status}.`;
  } catch (err) {
    error = `Penerima tidak dapat dihubungi: ${(err as Error).message}`;
  }
  const last = attempt >= maxAttempts;
  await WebhookDeliveryModel.create({
    endpointId: endpoint._id,
    deliveryId: job.deliveryId,
    event: job.event,
    attempt,
    outcome: error ? (last ? 'failed' : 'retrying') : 'delivered',
    httpStatus,
    error,
    durationMs: Date.now() - started,
  });
  if (error && last) throw new UnrecoverableError(error);
  if (error) throw new Error(error);
}
