// Everything a process shares: config, Redis connections, queues, realtime publisher, adapters.
import type { Redis } from 'ioredis';
import { createAdapters, type AdapterRegistry } from '../adapters/index.js';
import type { Config } from './config.js';
import { createQueues, type Queues } from './queue/queues.js';
import { closeRedis, createRedis } from './queue/redis.js';
import { createPublisher, type RealtimePublisher } from './realtime/publisher.js';

export interface AppContext {
  config: Config;
  /** Producer connection: fails fast when Redis is down, so webhooks answer 503 instead of hanging. */
  redis: Redis;
  queues: Queues;
  publisher: RealtimePublisher;
  adapters: AdapterRegistry;
  close(): Promise<void>;
}

export function createContext(config: Config): AppContext {
  const redis = createRedis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => {}); // surfaced by /healthz and by failing enqueues, not as crashes
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  const publisher = createPublisher(redis, config.QUEUE_PREFIX);
  return {
    config,
    redis,
    queues,
    publisher,
    adapters: createAdapters(config),
    close: async () => {
      await queues.close();
      await closeRedis(redis);
    },
  };
}
