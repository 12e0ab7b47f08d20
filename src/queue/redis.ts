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

/**
 * A view of `redis` whose fire-and-forget calls (the socket.io emitter and adapter never await `publish` or
 * `subscribe`) report a failure to `onError` instead of rejecting unobserved, which would end the process
 * while Redis is unreachable.
 */
export function withoutUnobservedRejections<T extends Redis>(
  redis: T,
  methods: readonly string[],
  onError: (method: string, err: Error) => void,
): T {
  return new Proxy(redis, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !methods.includes(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        return result instanceof Promise ? result.catch((err: Error) => onError(prop, err)) : result;
      };
    },
  });
}

/** Close gracefully (pending replies first) when connected; drop the socket otherwise, never throwing. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') return void redis.disconnect();
  await Promise.race([redis.quit().catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
  redis.disconnect();
}
