// The webhooks worker: signed deliveries to outside receivers, retried with exponential backoff
// (src/outgoing-webhooks).
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { deliverWebhook } from '../src/outgoing-webhooks/deliver.js';
import type { DeliveryJob } from '../src/outgoing-webhooks/dispatch.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';

const log = childLog('worker:webhooks');

export function startWebhooksWorker(ctx: AppContext, concurrency = 4) {
  return startQueueWorker<DeliveryJob>(
    ctx.config,
    QUEUE_NAMES.webhooks,
    (job) =>
      deliverWebhook(job.data, job.attemptsMade + 1, job.opts.attempts ?? 1, ctx.config.ENCRYPTION_KEY),
    { concurrency, log },
  );
}
