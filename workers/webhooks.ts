// The webhooks queue: signed deliveries to outside receivers, retried with exponential backoff
// (src/outgoing-webhooks).
import { deliverWebhook } from '../src/outgoing-webhooks/deliver.js';
import { DELIVER_JOB, type DeliveryJob } from '../src/outgoing-webhooks/dispatch.js';
import { defineJob, defineQueueWorker } from './env.js';

const deliver = defineJob<DeliveryJob>({
  queue: 'webhooks',
  name: DELIVER_JOB,
  run: (env, data, job) =>
    deliverWebhook(data, job.attemptsMade + 1, job.opts.attempts ?? 1, env.config.ENCRYPTION_KEY),
});

export const webhooksWorker = defineQueueWorker({
  queue: 'webhooks',
  concurrency: 4,
  reportFinalFailure: false,
  jobs: [deliver],
});
