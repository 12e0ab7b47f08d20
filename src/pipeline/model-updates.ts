// "Model updated" over Redis pub/sub: whoever writes a new classifier version (nightly retrain, `aspirasi
// train`) publishes it; every process that classifies subscribes and reloads, so ingest workers pick up the
// new model without a restart and new messages carry its modelVersion.
// Faults: pub/sub does not keep messages, so on every (re)connect the subscriber also checks the models
// folder for a version newer than the loaded one (a message sent while Redis was down is not lost). A message
// that arrives twice reloads nothing the second time. A publish that fails is logged by the caller and the
// model stays on disk, to be picked up at the subscribers' next reconnect or start.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { reloadIfNewer } from '../classify/index.js';
import { closeRedis, createRedis } from '../queue/redis.js';

export const MODEL_UPDATED_CHANNEL = 'aspirasi:classifier:model-updated';

export async function publishModelUpdated(redis: Redis, version: string): Promise<number> {
  return redis.publish(MODEL_UPDATED_CHANNEL, JSON.stringify({ version }));
}

/** Publishes from a short-lived connection (the `train` CLI has no context); false when Redis is unreachable. */
export async function publishModelUpdatedTo(redisUrl: string, version: string): Promise<boolean> {
  const redis = createRedis(redisUrl, {
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
    lazyConnect: true,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await publishModelUpdated(redis, version);
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export interface ModelUpdates {
  close(): Promise<void>;
}

export function subscribeModelUpdates(redisUrl: string, log: Logger, modelsDir?: string): ModelUpdates {
  const sub = createRedis(redisUrl, { connectionName: `aspirasi-model-updates-${process.pid}` });
  let down = false;
  const check = (why: string) => {
    try {
      const version = reloadIfNewer(modelsDir);
      log.info({ version, why }, 'classifier model checked');
    } catch (err) {
      // A half-copied or corrupt file: keep classifying with the loaded model.
      log.error({ err: (err as Error).message, why }, 'classifier reload failed; keeping the loaded model');
    }
  };
  sub.on('error', (err: Error) => {
    if (!down) log.warn({ err: err.message }, 'model-update subscriber: Redis unreachable; retrying');
    down = true;
  });
  let connectedBefore = false;
  sub.on('ready', () => {
    if (connectedBefore) check('reconnected');
    connectedBefore = true;
    down = false;
  });
  sub.on('message', (channel) => {
    if (channel === MODEL_UPDATED_CHANNEL) check('model updated');
  });
  void sub.subscribe(MODEL_UPDATED_CHANNEL).catch((err: Error) => {
    log.warn({ err: err.message }, 'model-update subscribe failed; ioredis resubscribes on reconnect');
  });
  return { close: () => closeRedis(sub) };
}
