// The outbound queue: officers' replies -> platform APIs, at most once each, with retries and backoff
// (src/replies), and the periodic sweep of the reply outbox.
import { DelayedError } from 'bullmq';
import {
  OUTBOX_SWEEP_EVERY_MS,
  OUTBOX_SWEEP_JOB,
  SEND_JOB,
  sweepOutbox,
  type SendJobData,
} from '../src/replies/outbox.js';
import { sendReply } from '../src/replies/send-reply.js';
import { defineJob, defineQueueWorker } from './env.js';

/** A platform that keeps rate-limiting may delay a reply this many times before normal retries take over. */
const MAX_RATE_LIMIT_DELAYS = 20;

const send = defineJob<SendJobData>({
  queue: 'outbound',
  name: SEND_JOB,
  run: async (env, data, job, token) => {
    const outcome = await sendReply(env, {
      data,
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
      rememberOutcome: (pending) => job.updateData({ ...data, pending }),
    });
    const delays = data.rateLimitDelays ?? 0;
    if (outcome?.retryAfterMs && token && delays < MAX_RATE_LIMIT_DELAYS) {
      // Wait exactly as long as the platform asked, without using up an attempt.
      await job.updateData({ ...data, rateLimitDelays: delays + 1 });
      await job.moveToDelayed(Date.now() + outcome.retryAfterMs, token);
      throw new DelayedError();
    }
    if (outcome?.retryAfterMs) throw new Error('rate limited');
  },
});

const outboxSweep = defineJob<void>({
  queue: 'outbound',
  name: OUTBOX_SWEEP_JOB,
  repeat: () => ({ every: OUTBOX_SWEEP_EVERY_MS }),
  repeatOptions: { attempts: 1 },
  run: (env) => sweepOutbox(env),
});

export const outboundWorker = defineQueueWorker({
  queue: 'outbound',
  concurrency: 4,
  rerunFailedOnAdd: true,
  jobs: [send, outboxSweep],
});
