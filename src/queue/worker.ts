// Every queue's worker is started the same way: its own blocking Redis connection (closed with the worker),
// the deployment's key prefix, a name stored on each job it processes (which process did the work), failures
// logged once (a warning while BullMQ will retry, an error and a report at the end), and a way to hand its
// in-flight jobs back to the queue when a shutdown deadline passes.
import { hostname } from 'node:os';
import { Worker, type Job, type Processor } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { QueueName } from './queues.js';
import { closeRedis, createRedis } from './redis.js';
import { rerunFailedOnAdd } from './rerun-failed.js';

export interface QueueWorker<T = unknown> extends Worker<T> {
  /** Moves every job this worker is still processing back to waiting, for another worker to take now. */
  returnInFlight(): Promise<number>;
}

/** Workers of different queues side by side (their job data differ). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQueueWorker = QueueWorker<any>;

export type FinalFailureReport = (queue: QueueName, job: Job | undefined, err: Error) => void;

const LOG_REPEATS_EVERY_MS = 30_000;

/** While Redis is away every reconnect attempt errors: log the first, then one line per 30 s with the count. */
function throttled(log: (err: Error, repeats: number) => void) {
  let last = 0;
  let repeats = 0;
  return (err: Error) => {
    repeats++;
    if (Date.now() - last < LOG_REPEATS_EVERY_MS) return;
    log(err, repeats);
    last = Date.now();
    repeats = 0;
  };
}

/** Jobs are resumable (README "Resumable pipeline"), so a job whose worker died may safely run again. */
const MAX_STALLED_COUNT = 5;

export function startQueueWorker<T>(
  config: Pick<Config, 'REDIS_URL' | 'QUEUE_PREFIX' | 'JOB_LOCK_SECONDS'>,
  queue: QueueName,
  processor: Processor<T>,
  opts: {
    concurrency: number;
    log: Logger;
    onFinalFailure?: FinalFailureReport;
    /** Run a job that failed for good again when its id is added again (src/queue/rerun-failed.ts). */
    rerunFailedOnAdd?: boolean;
  },
): QueueWorker<T> {
  const connection = createRedis(config.REDIS_URL);
  const inFlight = new Map<string, { job: Job<T>; token?: string }>();
  const tracked: Processor<T> = async (job, token) => {
    inFlight.set(job.id!, { job, token });
    try {
      return await processor(job, token);
    } finally {
      inFlight.delete(job.id!);
    }
  };
  const lockMs = config.JOB_LOCK_SECONDS * 1000;
  const worker = new Worker<T>(queue, tracked, {
    connection,
    prefix: config.QUEUE_PREFIX,
    concurrency: opts.concurrency,
    name: `${hostname()}:${process.pid}`,
    lockDuration: lockMs,
    stalledInterval: lockMs / 2,
    maxStalledCount: MAX_STALLED_COUNT,
  }) as QueueWorker<T>;
  worker.on('failed', (job, err) => {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'UnrecoverableError';
    const entry = { jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: err.message };
    if (!final) return opts.log.warn(entry, 'job failed; BullMQ will retry');
    opts.log.error(entry, 'job failed for good (kept in the failed set)');
    opts.onFinalFailure?.(queue, job, err);
  });
  worker.on(
    'error',
    throttled((err: Error, repeats) => opts.log.error({ err: err.message, repeats }, 'worker error')),
  );
  const rerun = opts.rerunFailedOnAdd ? rerunFailedOnAdd(config, queue, opts.log) : undefined;
  // A connection handed to BullMQ is not closed by it.
  worker.on('closed', () => {
    void closeRedis(connection);
    rerun
      ?.close()
      .catch((err: Error) => opts.log.warn({ err: err.message }, 'rerun watch did not close cleanly'));
  });
  worker.returnInFlight = async () => {
    const jobs = [...inFlight.values()];
    const moved = await Promise.allSettled(jobs.map(({ job, token }) => job.moveToWait(token)));
    return moved.filter((r) => r.status === 'fulfilled').length;
  };
  return worker;
}
