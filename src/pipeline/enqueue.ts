// Webhooks hand parsed deliveries to the inbound queue; the job id is the idempotency key.
import type { Queue } from 'bullmq';
import type { DeliveryStatus, InboundMessage, ParsedDelivery } from '../../adapters/types.js';
import { addJobsOnce } from '../queue/add-once.js';
import { jobIdFor } from '../queue/queues.js';
import { inboundIdempotencyKey, statusIdempotencyKey } from './identity.js';
import { inboundPlacement } from './inbound-priority.js';

/** Job names are the data's kind, as they were before the names were declared. */
export const INBOUND_MESSAGE_JOB = 'message';
export const DELIVERY_STATUS_JOB = 'status';

export type InboundJob =
  { kind: 'message'; message: InboundMessage } | { kind: 'status'; status: DeliveryStatus };

/**
 * Resolves once every job is in Redis (so the webhook may answer 2xx); rejects if Redis is unreachable.
 * A platform's retry of an event still queued or done adds nothing; of an event whose job failed for good, it
 * runs that job again (the stored message's stage makes the rerun finish, not repeat, the work).
 */
export async function enqueueDelivery(queue: Queue, delivery: ParsedDelivery): Promise<number> {
  const jobs = [
    ...delivery.messages.map((message) => ({
      key: inboundIdempotencyKey(message),
      data: { kind: 'message', message } satisfies InboundJob,
      placement: inboundPlacement(message),
    })),
    ...delivery.statuses.map((status) => ({
      key: statusIdempotencyKey(status),
      data: { kind: 'status', status } satisfies InboundJob,
      placement: {},
    })),
  ];
  await addJobsOnce(
    queue,
    jobs.map((j) => ({
      name: j.data.kind,
      data: j.data,
      opts: { jobId: jobIdFor(j.key), ...j.placement },
    })),
  );
  return jobs.length;
}
