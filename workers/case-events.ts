// The case-events queue: for every stored case event its rollup mark and outgoing webhooks, the rollups' drain of
// the cases marked, and the sweep that queues recent events again in case a hook was missed (src/events).
import { handleCaseEvent } from '../src/events/handle.js';
import { drainPendingRollups } from '../src/rollups/pending.js';
import {
  CASE_EVENT_JOB,
  CASE_EVENT_SWEEP_EVERY_MS,
  CASE_EVENT_SWEEP_JOB,
  ROLLUP_DRAIN_JOB,
  sweepRecentEvents,
  type CaseEventJob,
} from '../src/events/jobs.js';
import { defineJob, defineQueueWorker } from './env.js';

const caseEvent = defineJob<CaseEventJob>({
  queue: 'caseEvents',
  name: CASE_EVENT_JOB,
  run: (env, data) =>
    handleCaseEvent(
      {
        queues: env.queues,
        redis: env.redis,
        prefix: env.config.QUEUE_PREFIX,
        retryBaseMs: env.config.WEBHOOK_RETRY_BASE_MS,
      },
      data,
    ),
});

const rollupDrain = defineJob<null>({
  queue: 'caseEvents',
  name: ROLLUP_DRAIN_JOB,
  run: (env) => drainPendingRollups(env.redis, env.config.QUEUE_PREFIX),
});

const sweep = defineJob<void>({
  queue: 'caseEvents',
  name: CASE_EVENT_SWEEP_JOB,
  repeat: () => ({ every: CASE_EVENT_SWEEP_EVERY_MS }),
  repeatOptions: { attempts: 1 },
  run: (env) => sweepRecentEvents(env.queues.caseEvents),
});

// One job at a time: a case's facts are applied by one worker, and report upkeep never crowds out the inbox.
export const caseEventsWorker = defineQueueWorker({
  queue: 'caseEvents',
  concurrency: 1,
  reportFinalFailure: false,
  jobs: [caseEvent, rollupDrain, sweep],
});
