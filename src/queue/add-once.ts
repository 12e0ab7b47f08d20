// Adding a job under a fixed id is idempotent in BullMQ, which also means a job of that id that already failed
// for good swallows every later add. Here a later add (a platform's redelivery, a resumed pipeline step, the
// reply outbox sweep) runs such a job again, with a fresh set of attempts.
import type { JobsOptions, Queue } from 'bullmq';

export interface OnceJob {
  name: string;
  data: unknown;
  opts: JobsOptions & { jobId: string };
}

/**
 * Whether the job failed for good is read alongside the add, not after it: whichever runs first in Redis, only a
 * job that had already failed is in the failed set (a new job is not), so one round trip does, and a plain ZSCORE
 * costs a fraction of BullMQ's state script. One job is added with `add`, which costs half of `addBulk`'s MULTI
 * (webhooks mostly carry one event; bench/ack-rate.bench.ts).
 */
export async function addJobsOnce(queue: Queue, jobs: OnceJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const client = await queue.getBackend().client;
  const added = jobs.length === 1 ? queue.add(jobs[0].name, jobs[0].data, jobs[0].opts) : queue.addBulk(jobs);
  const [, failedScores] = await Promise.all([
    added,
    Promise.all(jobs.map((j) => client.zscore(queue.keys.failed, j.opts.jobId))),
  ]);
  const failed = jobs.filter((_, i) => failedScores[i] !== null);
  await Promise.all(
    failed.map(async (j) =>
      (await queue.getJob(j.opts.jobId))?.retry('failed', {
        resetAttemptsMade: true,
        resetAttemptsStarted: true,
      }),
    ),
  );
}

export const addJobOnce = (queue: Queue, job: OnceJob) => addJobsOnce(queue, [job]);
