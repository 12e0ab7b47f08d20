// Jobs added under a fixed id (the event's, the message's, the reply's idempotency key): adding one again while it
// waits, runs or is done adds nothing. If it failed for good, the add is a request to run it again; the worker of
// every queue whose jobs are added here does that (rerunFailedOnAdd in workers/, src/queue/rerun-failed.ts).
import type { JobsOptions, Queue } from 'bullmq';

export interface OnceJob {
  name: string;
  data: unknown;
  opts: JobsOptions & { jobId: string };
}

/** One job is added with `add`, which costs half of `addBulk`'s MULTI (webhooks mostly carry one event). */
export async function addJobsOnce(queue: Queue, jobs: OnceJob[]): Promise<void> {
  if (jobs.length === 0) return;
  if (jobs.length === 1) await queue.add(jobs[0].name, jobs[0].data, jobs[0].opts);
  else await queue.addBulk(jobs);
}

export const addJobOnce = (queue: Queue, job: OnceJob) => addJobsOnce(queue, [job]);
