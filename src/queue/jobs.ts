// One definition per background job: its queue, its name, the shape of its data, what runs it and, for a
// periodic job, when. A queue's worker dispatches by name through its definitions, so a job no definition names
// fails for good with a clear reason instead of being guessed at (workers/index.ts lists every queue's jobs).
import { UnrecoverableError, type Job, type JobsOptions, type RepeatOptions } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { retryUntilDone } from './retry-until-done.js';
import { QUEUE_NAMES, type Queues } from './queues.js';
import { startQueueWorker, type FinalFailureReport, type QueueWorker } from './worker.js';

export type QueueKey = keyof typeof QUEUE_NAMES;

export interface JobDefinition<Env, Data> {
  queue: QueueKey;
  name: string;
  /** Periodic jobs: when they run (a BullMQ job scheduler under the job's name, upserted at start). */
  repeat?: (env: Env) => RepeatOptions | Promise<RepeatOptions>;
  /** Options of the scheduled runs (e.g. one attempt for a sweep that runs again soon anyway). */
  repeatOptions?: Omit<JobsOptions, 'repeat' | 'jobId'>;
  run(env: Env, data: Data, job: Job<Data>, token?: string): Promise<unknown>;
}

export const defineJob = <Env, Data>(def: JobDefinition<Env, Data>) => def;

/** A typed job for `queue.add` / `addBulk` / `addJobsOnce` (src/queue/add-once.ts). */
export function jobOf<Data, Options extends JobsOptions>(
  def: Pick<JobDefinition<never, Data>, 'name'>,
  data: Data,
  opts: Options,
) {
  return { name: def.name, data, opts };
}

export interface QueueWorkerDefinition<Env> {
  queue: QueueKey;
  concurrency: number;
  /** Jobs failing for good are reported to the admins (src/ops/failure-report.ts) unless this is false. */
  reportFinalFailure?: boolean;
  /** Its jobs are added under fixed ids that mean "do this again" when added again (src/queue/add-once.ts). */
  rerunFailedOnAdd?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  jobs: JobDefinition<Env, any>[];
}

export interface WorkerHost {
  config: Pick<Config, 'REDIS_URL' | 'QUEUE_PREFIX' | 'JOB_LOCK_SECONDS'>;
  queues: Queues;
  reportFinalFailure: FinalFailureReport;
}

/** Starts one queue's worker and schedules its periodic jobs (retried in the background while Redis is away). */
export function startJobWorker<Env extends WorkerHost>(
  env: Env,
  def: QueueWorkerDefinition<Env>,
  log: Logger,
): QueueWorker {
  const byName = new Map(def.jobs.map((job) => [job.name, job]));
  for (const job of def.jobs.filter((j) => j.repeat)) {
    retryUntilDone(
      async () =>
        env.queues[def.queue].upsertJobScheduler(job.name, await job.repeat!(env), {
          name: job.name,
          opts: job.repeatOptions,
        }),
      log,
      `schedule ${job.name}`,
    );
  }
  return startQueueWorker(
    env.config,
    QUEUE_NAMES[def.queue],
    async (job, token) => {
      const handler = byName.get(job.name);
      if (!handler) throw new UnrecoverableError(`no job "${job.name}" is defined for ${def.queue}`);
      return handler.run(env, job.data, job, token);
    },
    {
      concurrency: def.concurrency,
      log,
      onFinalFailure: def.reportFinalFailure === false ? undefined : env.reportFinalFailure,
      rerunFailedOnAdd: def.rerunFailedOnAdd,
    },
  );
}
