// The outbound worker: officers' replies -> platform APIs, at most once each, with retries and backoff
// (src/replies), and the periodic sweep of the reply outbox.
import { DelayedError, type Job } from 'bullmq';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';
import { retryUntilDone } from '../src/queue/retry-until-done.js';
import {
  OUTBOX_SWEEP_JOB,
  scheduleOutboxSweep,
  sweepOutbox,
  type SendJobData,
} from '../src/replies/outbox.js';
import { sendReply } from '../src/replies/send-reply.js';

const log = childLog('worker:outbound');
/** A platform that keeps rate-limiting may delay a reply this many times before normal retries take over. */
const MAX_RATE_LIMIT_DELAYS = 20;

export function startOutboundWorker(ctx: AppContext, concurrency = 4) {
  retryUntilDone(() => scheduleOutboxSweep(ctx.queues.outbound), log, 'schedule the reply outbox sweep');
  return startQueueWorker<SendJobData>(
    ctx.config,
    QUEUE_NAMES.outbound,
    async (job: Job<SendJobData>, token?: string) => {
      if (job.name === OUTBOX_SWEEP_JOB) return sweepOutbox(ctx);
      const outcome = await sendReply(ctx, {
        data: job.data,
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? 1,
        rememberOutcome: (pending) => job.updateData({ ...job.data, pending }),
      });
      const delays = job.data.rateLimitDelays ?? 0;
      if (outcome?.retryAfterMs && token && delays < MAX_RATE_LIMIT_DELAYS) {
        // Wait exactly as long as the platform asked, without using up an attempt.
        await job.updateData({ ...job.data, rateLimitDelays: delays + 1 });
        await job.moveToDelayed(Date.now() + outcome.retryAfterMs, token);
        throw new DelayedError();
      }
      if (outcome?.retryAfterMs) throw new Error('rate limited');
    },
    { concurrency, log, onFinalFailure: ctx.reportFinalFailure },
  );
}
