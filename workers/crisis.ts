// The crisis queue: the delayed topic × region checks scheduled when a message is counted (src/crisis).
import { CRISIS_CHECK_JOB, runCrisisCheck, type CrisisCheck } from '../src/crisis/detect.js';
import { defineJob, defineQueueWorker } from './env.js';

const check = defineJob<CrisisCheck>({
  queue: 'crisis',
  name: CRISIS_CHECK_JOB,
  run: (env, data) =>
    runCrisisCheck(
      {
        redis: env.redis,
        prefix: env.config.QUEUE_PREFIX,
        publisher: env.publisher,
        queues: env.queues,
        webhookRetryBaseMs: env.config.WEBHOOK_RETRY_BASE_MS,
      },
      data,
    ),
});

// One at a time: checks are short, and a series' incident is then opened by one check only.
export const crisisWorker = defineQueueWorker({
  queue: 'crisis',
  concurrency: 1,
  reportFinalFailure: false,
  jobs: [check],
});
