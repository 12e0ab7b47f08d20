// Failed work is visible and recoverable, and no Redis trouble ends a process: a platform's redelivery runs a job
// that failed for good again, `aspirasi jobs retry` re-runs failed jobs with fresh attempts, a shutdown hands
// in-flight jobs to another worker, and live pushes while Redis is away are dropped, not thrown.
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Queue, UnrecoverableError, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsCommand } from '../../src/cli/commands/jobs.js';
import { log } from '../../src/log.js';
import { realtimeDropped } from '../../src/metrics/metrics.js';
import { addJobOnce } from '../../src/queue/add-once.js';
import { createRedis } from '../../src/queue/redis.js';
import { startQueueWorker, type AnyQueueWorker } from '../../src/queue/worker.js';
import { createPublisher } from '../../src/realtime/publisher.js';
import { socketKey } from '../../src/realtime/rooms.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test-qf-${randomBytes(4).toString('hex')}`;
const config = { REDIS_URL, QUEUE_PREFIX: prefix, JOB_LOCK_SECONDS: 2 };
const connection = createRedis(REDIS_URL);
const inbound = new Queue('inbound', { connection, prefix });
const workers: AnyQueueWorker[] = [];

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close(true)));
  await inbound.obliterate({ force: true });
  await inbound.close();
  connection.disconnect();
});

async function waitForState(jobId: string, states: string[], timeoutMs = 8000, queue = inbound) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await queue.getJobState(jobId);
    if (states.includes(state)) return state;
    if (Date.now() > deadline) throw new Error(`job ${jobId} stayed ${state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c) => (text += c));
  return { stream, text: () => text };
}

describe('a job that failed for good', () => {
  let failing = true;
  const finals: string[] = [];
  beforeAll(() => {
    workers.push(
      startQueueWorker(
        config,
        'inbound',
        async (job: Job) => {
          if (failing) throw new UnrecoverableError(`database down for ${job.id}`);
          return 'done';
        },
        {
          concurrency: 2,
          log,
          onFinalFailure: (_q, job) => finals.push(job!.id!),
          rerunFailedOnAdd: true,
        },
      ),
    );
  });

  it('runs again, with fresh attempts, when the platform delivers the same event again', async () => {
    const job = { name: 'message', data: { n: 1 }, opts: { jobId: 'redelivered-1', attempts: 3 } };
    await addJobOnce(inbound, job);
    await waitForState('redelivered-1', ['failed']);
    expect(finals).toContain('redelivered-1');

    failing = false;
    await addJobOnce(inbound, job); // the redelivery
    await waitForState('redelivered-1', ['completed']);
    expect((await inbound.getJob('redelivered-1'))?.attemptsMade).toBe(1);
    failing = true;
  });

  it('is listed and re-run by `aspirasi jobs retry --queue inbound --failed`', async () => {
    await inbound.add('message', { n: 2 }, { jobId: 'cli-1', attempts: 1 });
    await waitForState('cli-1', ['failed']);
    process.env.QUEUE_PREFIX = prefix;
    process.env.REDIS_URL = REDIS_URL;
    const listed = capture();
    const err = capture();
    const io = { stdin: new PassThrough(), stderr: err.stream };
    expect(
      await jobsCommand.run(['list', '--queue', 'inbound', '--failed'], { ...io, stdout: listed.stream }),
    ).toBe(0);
    expect(listed.text()).toMatch(/cli-1 {2}message .* database down for cli-1/);

    failing = false;
    const retried = capture();
    expect(
      await jobsCommand.run(['retry', '--queue', 'inbound', '--failed'], { ...io, stdout: retried.stream }),
    ).toBe(0);
    expect(retried.text()).toMatch(/^\d+ pekerjaan gagal di antrean inbound dijalankan ulang\./);
    await waitForState('cli-1', ['completed']);

    const usage = capture();
    expect(
      await jobsCommand.run(['retry', '--queue', 'nggak-ada'], {
        ...io,
        stdout: retried.stream,
        stderr: usage.stream,
      }),
    ).toBe(2);
    expect(usage.text()).toMatch(/--queue wajib, salah satu dari: inbound, outbound/);
  });
});

describe('a redelivery while no worker runs', () => {
  it('runs the failed job when a worker starts again: the watch resumes where the last one stopped', async () => {
    const queue = 'workflow' as const;
    const q = new Queue(queue, { connection, prefix });
    let failing = true;
    const start = () =>
      startQueueWorker(
        config,
        queue,
        async () => {
          if (failing) throw new UnrecoverableError('database down');
          return 'done';
        },
        { concurrency: 1, log, rerunFailedOnAdd: true },
      );
    const first = start();
    const job = { name: 'step', data: {}, opts: { jobId: 'while-down-1', attempts: 1 } };
    await addJobOnce(q, job);
    await waitForState('while-down-1', ['failed'], 8000, q);
    await first.close();

    await addJobOnce(q, job); // the redelivery, with no worker process running
    expect(await q.getJobState('while-down-1')).toBe('failed');
    failing = false;
    const second = start();
    workers.push(second);
    await waitForState('while-down-1', ['completed'], 8000, q);
    await q.obliterate({ force: true });
    await q.close();
  });
});

describe('shutdown deadline', () => {
  it('hands a job still in flight back to the queue, where another worker finishes it', async () => {
    const queue = 'maintenance' as const;
    const q = new Queue(queue, { connection, prefix });
    let release: () => void = () => {};
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    const stuck = startQueueWorker(
      config,
      queue,
      () => {
        started();
        return new Promise<void>((r) => (release = r));
      },
      { concurrency: 1, log },
    );
    await q.add('slow', {}, { jobId: 'slow-1' });
    await running;
    expect(await stuck.returnInFlight()).toBe(1);
    await stuck.close(true);
    release();

    const other = startQueueWorker(config, queue, async () => 'finished elsewhere', { concurrency: 1, log });
    workers.push(other);
    const deadline = Date.now() + 8000;
    while ((await q.getJobState('slow-1')) !== 'completed' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect((await q.getJob('slow-1'))?.returnvalue).toBe('finished elsewhere');
    await q.obliterate({ force: true });
    await q.close();
  });
});

describe('live pushes while Redis is unreachable', () => {
  it('are dropped and counted, never thrown or left as an unhandled rejection', async () => {
    const offline = createRedis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    offline.on('error', () => {});
    const publisher = createPublisher(offline, prefix);
    const before = (await realtimeDropped.get()).values[0]?.value ?? 0;
    expect(() => publisher.toUser('u1', 'notification', { message: 'x' })).not.toThrow();
    await new Promise((r) => setTimeout(r, 200));
    expect((await realtimeDropped.get()).values[0]?.value).toBe(before + 1);
    offline.disconnect();
  });

  it('are followed by a resync to every open inbox once Redis is back', async () => {
    const flaky = createRedis(REDIS_URL, { enableOfflineQueue: false });
    flaky.on('error', () => {});
    await new Promise((resolve) => flaky.once('ready', resolve));
    const publisher = createPublisher(flaky, prefix);
    const listener = createRedis(REDIS_URL);
    const heard: string[] = [];
    await listener.psubscribe(`${socketKey(prefix)}*`);
    listener.on('pmessageBuffer', (_p, _c, message: Buffer) => heard.push(message.toString('latin1')));

    flaky.disconnect(); // Redis away for this process: the push is dropped
    publisher.toUser('u1', 'notification', { message: 'hilang' });
    await new Promise((r) => setTimeout(r, 100));
    await flaky.connect();
    const deadline = Date.now() + 3000;
    while (!heard.some((m) => m.includes('resync')) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(heard.some((m) => m.includes('resync'))).toBe(true);
    expect(heard.some((m) => m.includes('hilang'))).toBe(false);
    listener.disconnect();
    flaky.disconnect();
  });
});
