// Every queue has one worker in workers/index.ts, each job name is defined once, and a job no definition names
// fails for good with the reason instead of being run as something else.
import { randomBytes } from 'node:crypto';
import type { Queue } from 'bullmq';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { QUEUE_WORKERS } from '../../workers/index.js';
import { defineJob, startJobWorker } from '../../src/queue/jobs.js';
import { createQueues, QUEUE_KEYS } from '../../src/queue/queues.js';
import { waitFor } from '../support/app.js';
import { closeRedis, createRedis } from '../../src/queue/redis.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test-jobs-${randomBytes(4).toString('hex')}`;
const redis = createRedis(REDIS_URL);
const queues = createQueues(redis, prefix);
afterAll(async () => {
  await queues.close();
  await closeRedis(redis);
});

describe('job registry', () => {
  it('gives every queue one worker and every job one definition on its own queue', () => {
    expect(QUEUE_WORKERS.map((w) => w.queue).sort()).toEqual([...QUEUE_KEYS].sort());
    for (const worker of QUEUE_WORKERS) {
      const names = worker.jobs.map((j) => j.name);
      expect(new Set(names).size, worker.queue).toBe(names.length);
      expect(
        worker.jobs.every((j) => j.queue === worker.queue),
        worker.queue,
      ).toBe(true);
    }
  });

  it('runs a defined job by name and fails an unknown one for good, with the reason', async () => {
    const ran: string[] = [];
    const echo = defineJob<unknown, { text: string }>({
      queue: 'maintenance',
      name: 'echo',
      run: async (_env, data) => void ran.push(data.text),
    });
    const failures: string[] = [];
    const env = {
      config: { REDIS_URL, QUEUE_PREFIX: prefix, JOB_LOCK_SECONDS: 30 },
      queues,
      reportFinalFailure: (_q: string, job: { name?: string } | undefined) =>
        void failures.push(job?.name ?? ''),
    };
    const worker = startJobWorker(
      env,
      { queue: 'maintenance', concurrency: 1, jobs: [echo] },
      pino({ level: 'silent' }),
    );
    try {
      const queue: Queue = queues.maintenance;
      const known = await queue.add('echo', { text: 'halo' });
      const unknown = await queue.add('echo-typo', { text: 'tidak dikenal' }, { attempts: 5 });
      await waitFor(async () => (await queue.getJobState(known.id!)) === 'completed', 30_000);
      await waitFor(async () => (await queue.getJobState(unknown.id!)) === 'failed', 30_000);
      expect(ran).toEqual(['halo']);
      // Unrecoverable: one attempt, not five, with the reason kept, and reported once.
      const failed = await queue.getJob(unknown.id!);
      expect(failed?.failedReason).toMatch(/no job "echo-typo" is defined for maintenance/);
      expect(failed?.attemptsMade).toBe(1);
      expect(failures).toEqual(['echo-typo']);
    } finally {
      await worker.close();
    }
  });
});
