// The outbound worker: officers' replies -> platform APIs, with retries and backoff (src/replies).
import { DelayedError, type Job } from 'bullmq';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';
import { sendReply } from '../src/replies/send-reply.js';

const log = childLog('worker:outbound');
/** A platform that keeps rate-limiting may delay a reply this many times before normal retries take over. */
const MAX_RATE_LIMIT_DELAYS = 20;

type SendJob = Job<{ messageId: string; rateLimitDelays?: number }>;

export function startOutboundWorker(ctx: AppContext, concurrency = 4) {
  return startQueueWorker<SendJob['data']>(
    ctx.config,
    QUEUE_NAMES.outbound,
    async (job: SendJob, token?: string) => {
      const outcome = await sendReply(ctx, job.data.messageId, job.attemptsMade + 1, job.opts.attempts ?? 1);
      const delays = job.data.rateLimitDelays ?? 0;
      if (outcome?.retryAfterMs && token && delays < MAX_RATE_LIMIT_DELAYS) {
        // Wait exactly as long as the platform asked, without using up an attempt.
        await job.updateData({ ...job.data, rateLimitDelays: delays + 1 });
        await job.moveToDelayed(Date.now() + outcome.retryAfterMs, token);
        throw new DelayedError();
      }
      if (outcome?.retryAfterMs) throw new Error('rate limited');
    },
    { concurrency, log },
  );
}
