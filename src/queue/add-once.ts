// Adding a job under a fixed id is idempotent in BullMQ, which also means a job of that id that already failed
// for good swallows every later add. Here a later add (a platform's redelivery, a resumed pipeline step, the
// reply outbox sweep) runs such a job again, with a fresh set of attempts.
import type { JobsOptions, Queue } from 'bullmq';

export interface OnceJob {
  name: string;
  data: unknown;
  opts: JobsOptions & { jobId: string };
}

export async function addJobsOnce(queue: Queue, jobs: OnceJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const added = await queue.addBulk(jobs);
  const states = await Promise.all(added.map((job) => queue.getJobState(job.id!)));
  await Promise.all(
    added
      .filter((_, i) => states[i] === 'failed')
      .map((job) => job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true })),
  );
}

export const addJobOnce = (queue: Queue, job: OnceJob) => addJobsOnce(queue, [job]);
