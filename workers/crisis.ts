// The crisis worker: runs the delayed topic × region checks scheduled by the ingest hook (src/crisis).
import type { AppContext } from '../src/context.js';
import { runCrisisCheck, type CrisisCheck } from '../src/crisis/detect.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';

const log = childLog('worker:crisis');

export function startCrisisWorker(ctx: AppContext) {
  const deps = {
    redis: ctx.redis,
    prefix: ctx.config.QUEUE_PREFIX,
    publisher: ctx.publisher,
    queues: ctx.queues,
    webhookRetryBaseMs: ctx.config.WEBHOOK_RETRY_BASE_MS,
  };
  // One at a time: checks are short, and a series' incident is then opened by one check only.
  return startQueueWorker<CrisisCheck>(
    ctx.config,
    QUEUE_NAMES.crisis,
    (job) => runCrisisCheck(deps, job.data),
    {
      concurrency: 1,
      log,
    },
  );
}
