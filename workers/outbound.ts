// The outbound worker: officers' replies -> platform APIs, with retries and backoff (src/replies).
import { Worker } from 'bullmq';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { createRedis } from '../src/queue/redis.js';
import { sendReply } from '../src/replies/send-reply.js';

const log = childLog('worker:outbound');

export function startOutboundWorker(ctx: AppContext, concurrency = 4) {
  const worker = new Worker<{ messageId: string }>(
    QUEUE_NAMES.outbound,
    (job) => sendReply(ctx, job.data.messageId, job.attemptsMade + 1, job.opts.attempts ?? 1),
    { connection: createRedis(ctx.config.REDIS_URL), prefix: ctx.config.QUEUE_PREFIX, concurrency },
  );
  worker.on('failed', (job, err) =>
    log.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'send failed'),
  );
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  return worker;
}
