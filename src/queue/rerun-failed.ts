// Adding a job under a fixed id is idempotent in BullMQ, which also means a job of that id that already failed
// for good swallows every later add. Such an add asks for the work again (a platform's redelivery, a resumed
// pipeline step, the reply outbox sweep), so the queue's worker process watches for it and runs the job again with
// a fresh set of attempts. BullMQ's add script reports every add of an existing id as a `duplicated` event on the
// queue's event stream: watching that stream keeps the check off the webhook's request path, which stays one Redis
// command per event (bench/ack-rate.bench.ts).
import { Queue, QueueEvents } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { QueueName } from './queues.js';
import { closeRedis, createRedis } from './redis.js';

export interface FailedJobRerun {
  close(): Promise<void>;
}

/**
 * The stream position is kept in Redis, so an add made while no worker process ran is still seen when one starts
 * (as long as the stream, trimmed by BullMQ to about 10,000 events, still holds it).
 */
export function rerunFailedOnAdd(
  config: Pick<Config, 'REDIS_URL' | 'QUEUE_PREFIX'>,
  queueName: QueueName,
  log: Logger,
): FailedJobRerun {
  const commands = createRedis(config.REDIS_URL);
  const queue = new Queue(queueName, { connection: commands, prefix: config.QUEUE_PREFIX });
  const cursorKey = `${config.QUEUE_PREFIX}:${queueName}:rerun-cursor`;
  // QueueEvents blocks on its connection, and one handed to BullMQ is not closed by it.
  const blocking = createRedis(config.REDIS_URL);
  let events: QueueEvents | undefined;
  let closed = false;
  // One event at a time, so the stored position never passes an event not yet handled.
  let chain: Promise<void> = Promise.resolve();

  async function rerun(jobId: string, eventId: string) {
    if ((await commands.zscore(queue.keys.failed, jobId)) !== null) {
      const job = await queue.getJob(jobId);
      // Another worker process watching the same stream may have moved it first: then it is no longer failed.
      await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }).then(
        () => log.info({ queue: queueName, jobId }, 'job that had failed for good added again: running it'),
        (err: Error) => log.debug({ queue: queueName, jobId, err: err.message }, 'rerun taken by another'),
      );
    }
    await commands.set(cursorKey, eventId);
  }

  /** Where the last process stopped, or (the first time) the stream's newest event, remembered from now on. */
  async function startingPoint(): Promise<string> {
    const saved = await commands.get(cursorKey);
    if (saved) return saved;
    const [newest] = await commands.xrevrange(queue.keys.events, '+', '-', 'COUNT', 1);
    const tail = newest?.[0] ?? '0';
    await commands.set(cursorKey, tail);
    return tail;
  }

  void (async () => {
    const lastEventId = await startingPoint().catch((err: Error) => {
      log.warn({ queue: queueName, err: err.message }, 'rerun watch starts at the newest event');
      return undefined;
    });
    if (closed) return;
    events = new QueueEvents(queueName, {
      connection: blocking,
      prefix: config.QUEUE_PREFIX,
      lastEventId,
    });
    events.on('error', (err) => log.warn({ queue: queueName, err: err.message }, 'event stream error'));
    events.on('duplicated', ({ jobId }, eventId) => {
      chain = chain
        .then(() => rerun(jobId, eventId))
        .catch((err: Error) => log.warn({ queue: queueName, jobId, err: err.message }, 'rerun check failed'));
    });
  })();

  return {
    async close() {
      closed = true;
      await events?.close();
      await chain;
      await queue.close();
      await Promise.all([closeRedis(commands), closeRedis(blocking)]);
    },
  };
}
