// The queues of the pipeline (DESIGN.md "Shape"). Each has one worker file under workers/.
import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';

export const QUEUE_NAMES = {
  inbound: 'inbound',
  outbound: 'outbound',
  sla: 'sla',
  maintenance: 'maintenance',
  // Leadership (issue 16): rollups and outgoing webhooks per case event, crisis checks, webhook deliveries, monthly reports.
  caseEvents: 'case-events',
  crisis: 'crisis',
  webhooks: 'webhooks',
  reports: 'reports',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/** Failed jobs stay for inspection (the dead-letter view); completed ones long enough to dedupe platform retries. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: false,
};

/** BullMQ job ids must not contain ':' and should be short: hash the readable idempotency key. */
export function jobIdFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
}

export interface Queues {
  inbound: Queue;
  outbound: Queue;
  sla: Queue;
  maintenance: Queue;
  caseEvents: Queue;
  crisis: Queue;
  webhooks: Queue;
  reports: Queue;
  close(): Promise<void>;
}

/** Replies: platform outages and rate limits can last many minutes; 10 tries from 2 s span about 34 minutes. */
export const OUTBOUND_JOB_OPTIONS: JobsOptions = {
  ...DEFAULT_JOB_OPTIONS,
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000 },
};

export function createQueues(connection: Redis, prefix: string): Queues {
  const make = (name: QueueName) =>
    new Queue(name, {
      connection,
      prefix,
      defaultJobOptions: name === QUEUE_NAMES.outbound ? OUTBOUND_JOB_OPTIONS : DEFAULT_JOB_OPTIONS,
    });
  const queues = {
    inbound: make(QUEUE_NAMES.inbound),
    outbound: make(QUEUE_NAMES.outbound),
    sla: make(QUEUE_NAMES.sla),
    maintenance: make(QUEUE_NAMES.maintenance),
    caseEvents: make(QUEUE_NAMES.caseEvents),
    crisis: make(QUEUE_NAMES.crisis),
    webhooks: make(QUEUE_NAMES.webhooks),
    reports: make(QUEUE_NAMES.reports),
  };
  return {
    ...queues,
    close: async () => void (await Promise.all(Object.values(queues).map((q) => q.close()))),
  };
}
