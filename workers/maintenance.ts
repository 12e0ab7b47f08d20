// The maintenance queue: the nightly retraining of the classifier from the corpus plus officers' approved
// corrections, and the nightly removal of personal data past its retention (src/privacy/retention-job.ts).
import { readCorpus, reloadClassifier, trainAndWrite } from '../src/classify/index.js';
import { childLog } from '../src/log.js';
import { ANONYMISE_JOB, ANONYMISE_SCHEDULE, runAnonymise } from '../src/privacy/retention-job.js';
import { correctionsFromEvents } from '../src/training/db-corrections.js';
import { defineJob, defineQueueWorker } from './env.js';

const log = childLog('worker:maintenance');
export const RETRAIN_JOB = 'retrain-classifier';

/** Corpus + every officer correction -> the next model version, which the running classifier switches to. */
export async function runRetrain(modelsDir?: string) {
  const corrections = await correctionsFromEvents();
  const written = trainAndWrite(readCorpus().examples, corrections, modelsDir);
  reloadClassifier(written.path);
  log.info({ version: written.version, corrections: corrections.length }, 'classifier retrained');
  return { ...written, corrections: corrections.length };
}

const retrain = defineJob<void>({
  queue: 'maintenance',
  name: RETRAIN_JOB,
  // 02:00 WITA: after the evening shift, before the morning one.
  repeat: () => ({ pattern: '0 2 * * *', tz: 'Asia/Makassar' }),
  run: () => runRetrain(),
});

const anonymise = defineJob<void>({
  queue: 'maintenance',
  name: ANONYMISE_JOB,
  repeat: () => ANONYMISE_SCHEDULE,
  run: (env) => runAnonymise(env.config.PERSONAL_DATA_RETENTION_DAYS),
});

export const maintenanceWorker = defineQueueWorker({
  queue: 'maintenance',
  concurrency: 1,
  jobs: [retrain, anonymise],
});
