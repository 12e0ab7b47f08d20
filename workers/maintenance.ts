// The maintenance worker: the nightly retraining of the classifier from the corpus plus officers' approved
// corrections, and the nightly removal of personal data past its retention (src/privacy/retention-job.ts).
import { readCorpus, reloadClassifier, trainAndWrite } from '../src/classify/index.js';
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';
import { correctionsFromEvents } from '../src/training/db-corrections.js';
import { ANONYMISE_JOB, runAnonymise } from '../src/privacy/retention-job.js';

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
  return startQueueWorker(
    ctx.config,
    QUEUE_NAMES.maintenance,
    async (job) =>
      job.name === RETRAIN_JOB
        ? runRetrain()
        : job.name === ANONYMISE_JOB
          ? runAnonymise(ctx.config.PERSONAL_DATA_RETENTION_DAYS)
          : null,
    { concurrency: 1, log, onFinalFailure: ctx.reportFinalFailure },
  );
}
