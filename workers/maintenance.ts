// The maintenance worker: the nightly retraining of the classifier from the corpus plus officers' corrections.
import { Worker } from 'bullmq';
import { readCorpus, reloadClassifier, trainAndWrite } from '../src/classify/index.js';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { createRedis } from '../src/queue/redis.js';
import { correctionsFromEvents } from '../src/training/db-corrections.js';

const log = childLog('worker:maintenance');
export const RETRAIN_JOB = 'retrain-classifier';
/** 02:00 WITA: after the evening shift, before the morning one. */
const NIGHTLY = { pattern: '0 2 * * *', tz: 'Asia/Makassar' };

export async function scheduleNightlyRetrain(ctx: AppContext) {
  await ctx.queues.maintenance.upsertJobScheduler(RETRAIN_JOB, NIGHTLY, { name: RETRAIN_JOB });
}

/** Corpus + every officer correction -> the next model version, which the running classifier switches to. */
export async function runRetrain(modelsDir?: string) {
  const corrections = await correctionsFromEvents();
  const written = trainAndWrite(readCorpus().examples, corrections, modelsDir);
  reloadClassifier(written.path);
  log.info({ version: written.version, corrections: corrections.length }, 'classifier retrained');
  return { ...written, corrections: corrections.length };
}

export function startMaintenanceWorker(ctx: AppContext) {
  const worker = new Worker(
    QUEUE_NAMES.maintenance,
    async (job) => (job.name === RETRAIN_JOB ? runRetrain() : null),
    {
      connection: createRedis(ctx.config.REDIS_URL),
      prefix: ctx.config.QUEUE_PREFIX,
      concurrency: 1,
    },
  );
  worker.on('failed', (job, err) =>
    log.error({ job: job?.name, err: err.message }, 'maintenance job failed'),
  );
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  return worker;
}
