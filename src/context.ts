// Everything a process shares: config, Redis connections, queues, realtime publisher, adapters.
import type { Redis } from 'ioredis';
import { createAdapters, type AdapterRegistry } from '../adapters/registry.js';
import { watchQuotas } from './channels/metrics.js';
import type { Config } from './config.js';
import { childLog } from './log.js';
import { finalFailureReporter } from './ops/failure-report.js';
import { createQueues, type Queues } from './queue/queues.js';
import { closeRedis, createRedis } from './queue/redis.js';
import type { FinalFailureReport } from './queue/worker.js';
import { createPublisher, type RealtimePublisher } from './realtime/publisher.js';
import { referenceCaches } from './cache/reference-cache.js';

const log = childLog('context');

export interface AppContext {
  config: Config;
  /** Producer connection: fails fast when Redis is down, so webhooks answer 503 instead of hanging. */
  redis: Redis;
  queues: Queues;
  publisher: RealtimePublisher;
  adapters: AdapterRegistry;
  /** Counts a job that failed for good and tells the admins (src/ops/failure-report.ts). */
  reportFinalFailure: FinalFailureReport;
  close(): Promise<void>;
}

export function createContext(config: Config): AppContext {
  const redis = createRedis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  // Surfaced by /healthz and by failing enqueues, not as crashes; ioredis reconnects by itself.
  let redisDown = false;
  redis.on('error', (err: Error) => {
    if (!redisDown) log.warn({ err: err.message }, 'Redis unreachable; retrying in the background');
    redisDown = true;
  });
  redis.on('ready', () => {
    if (redisDown) log.info('Redis reachable again');
    redisDown = false;
  });
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  const publisher = createPublisher(redis, config.QUEUE_PREFIX);
  watchQuotas({ redis, config });
  // Admin edits of routing rules, agencies, accounts, SLA policies and calendars reach this process's caches.
  const stopCacheListener = referenceCaches.listen(config.REDIS_URL, config.QUEUE_PREFIX);
  return {
    config,
    redis,
    queues,
    publisher,
    adapters: createAdapters(config),
    reportFinalFailure: finalFailureReporter(publisher),
    close: async () => {
      await queues.close();
      await stopCacheListener();
      await closeRedis(redis);
    },
  };
}
