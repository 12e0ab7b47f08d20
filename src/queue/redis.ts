import { Redis, type RedisOptions } from 'ioredis';

/** BullMQ needs maxRetriesPerRequest null on the connections its workers block on. */
export function createRedis(url: string, opts: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false, ...opts });
}

/** A quick liveness probe with a short timeout, for /healthz and for start-up checks. */
export async function pingRedis(url: string, timeoutMs = 1500): Promise<boolean> {
  const probe = new Redis(url, {
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
    lazyConnect: true,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
