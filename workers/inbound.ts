// The inbound worker: raw platform events -> stored, classified, routed conversations (src/pipeline).
import { Worker } from 'bullmq';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import type { InboundJob } from '../src/pipeline/enqueue.js';
import { ingestMessage } from '../src/pipeline/ingest.js';
import { applyDeliveryStatus } from '../src/pipeline/message-actions.js';
import type { IngestDeps } from '../src/pipeline/ports.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { createRedis } from '../src/queue/redis.js';

const log = childLog('worker:inbound');

export function startInboundWorker(
  ctx: AppContext,
  deps: Omit<IngestDeps, 'log' | 'publisher'>,
  concurrency = 8,
) {
  const full: IngestDeps = { ...deps, publisher: ctx.publisher, log };
  const worker = new Worker<InboundJob>(
    QUEUE_NAMES.inbound,
    async (job) =>
      job.data.kind === 'message'
        ? ingestMessage(job.data.message, full)
        : applyDeliveryStatus(job.data.status, full),
    { connection: createRedis(ctx.config.REDIS_URL), prefix: ctx.config.QUEUE_PREFIX, concurrency },
  );
  worker.on('failed', (job, err) =>
    log.error({ jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'failed'),
  );
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  return worker;
}
