// Every queue's worker is started the same way: its own blocking Redis connection (closed with the worker),
// the deployment's key prefix, and failures logged once, as a warning while BullMQ will retry, an error at the end.
import { Worker, type Processor } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { QueueName } from './queues.js';
import { closeRedis, createRedis } from './redis.js';

export function startQueueWorker<T>(
  config: Pick<Config, 'REDIS_URL' | 'QUEUE_PREFIX'>,
  queue: QueueName,
  processor: Processor<T>,
  opts: { concurrency: number; log: Logger },
): Worker<T> {
  const connection = createRedis(config.REDIS_URL);
  const worker = new Worker<T>(queue, processor, {
    connection,
    prefix: config.QUEUE_PREFIX,
    concurrency: opts.concurrency,
  });
  worker.on('failed', (job, err) => {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1);
    const entry = { jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: err.message };
    if (final) opts.log.error(entry, 'job failed for good (kept in the failed set)');
    else opts.log.warn(entry, 'job failed; BullMQ will retry');
  });
  worker.on('error', (err) => opts.log.error({ err: err.message }, 'worker error'));
  // A connection handed to BullMQ is not closed by it.
  worker.on('closed', () => void closeRedis(connection));
  return worker;
}
