// The queues of the pipeline. Each has one worker, defined with its jobs in workers/<queue>.ts.
import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';

export const QUEUE_NAMES = {
  inbound: 'inbound',
  outbound: 'outbound',
  sla: 'sla',
  // The case's own steps after ingest (assign and start the clocks, reopen on a citizen's message) and the
  // return of cases held by officers who went away.
  workflow: 'workflow',
  maintenance: 'maintenance',
  // Leadership (issue 16): rollups and outgoing webhooks per case event, crisis checks, webhook deliveries, monthly reports.
  caseEvents: 'case-events',
  crisis: 'crisis',
  webhooks: 'webhooks',
  reports: 'reports',
  // Platforms without webhooks (YouTube ...): one repeatable job per connected account (src/channels/).
  polls: 'polls',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
export const QUEUE_KEYS = Object.keys(QUEUE_NAMES) as (keyof typeof QUEUE_NAMES)[];

const DAY_SECONDS = 24 * 3600;

/**
 * 12 tries from 1 s span about 34 minutes, so an outage of the database that long still ends in done work.
 * Retention is bounded (Redis runs with noeviction): completed jobs a day, long enough to absorb a platform's
 * retries cheaply (a later redelivery is recognised by the stored message anyway); failed jobs, the dead-letter
 * view, two weeks, up to 10,000 per queue.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: DAY_SECONDS, count: 20_000 },
  removeOnFail: { age: 14 * DAY_SECONDS, count: 10_000 },
};

/** BullMQ job ids must not contain ':' and should be short: hash the readable idempotency key. */
export function jobIdFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
}

export interface Queues {
  inbound: Queue;
  outbound: Queue;
  sla: Queue;
  workflow: Queue;
  maintenance: Queue;
  caseEvents: Queue;
  crisis: Queue;
  webhooks: Queue;
  reports: Queue;
  polls: Queue;
  close(): Promise<void>;
}

/** Replies: platform outages and rate limits can last many minutes; 10 tries from 2 s span about 34 minutes. */
export const OUTBOUND_JOB_OPTIONS: JobsOptions = {
  ...DEFAULT_JOB_OPTIONS,
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000 },
};

export function createQueues(connection: Redis, prefix: string): Queues {
  const make = (name: QueueName) => {
    const queue = new Queue(name, {
      connection,
      prefix,
      defaultJobOptions: name === QUEUE_NAMES.outbound ? OUTBOUND_JOB_OPTIONS : DEFAULT_JOB_OPTIONS,
    });
    // Connection errors are re-emitted by every queue; an 'error' event nobody listens to would end the process.
    queue.on('error', () => {});
    return queue;
  };
  const queues = {
    inbound: make(QUEUE_NAMES.inbound),
    outbound: make(QUEUE_NAMES.outbound),
    sla: make(QUEUE_NAMES.sla),
    workflow: make(QUEUE_NAMES.workflow),
    maintenance: make(QUEUE_NAMES.maintenance),
    caseEvents: make(QUEUE_NAMES.caseEvents),
    crisis: make(QUEUE_NAMES.crisis),
    webhooks: make(QUEUE_NAMES.webhooks),
    reports: make(QUEUE_NAMES.reports),
    polls: make(QUEUE_NAMES.polls),
  };
  return {
    ...queues,
    close: async () => void (await Promise.all(Object.values(queues).map((q) => q.close()))),
  };
}
