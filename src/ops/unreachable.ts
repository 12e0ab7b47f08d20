// Errors that mean "the database (or Redis) is away right now" rather than "this request is wrong": the HTTP edge
// answers them with 503 (try again shortly) instead of 500, and logs a warning instead of an error.
const DRIVER_ERRORS = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoTopologyClosedError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
]);

export function isDatabaseUnreachable(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | null;
  if (!e) return false;
  if (e.name && DRIVER_ERRORS.has(e.name)) return true;
  // mongoose, while disconnected: "Operation `x.find()` buffering timed out after 10000ms"
  return typeof e.message === 'string' && /buffering timed out/.test(e.message);
}

/** ioredis with the offline queue off (src/context.ts) fails fast with these while Redis is away. */
const REDIS_AWAY = /Stream isn't writeable|Connection is closed|Reached the max retries per request/;

export function isRedisUnreachable(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | null;
  return Boolean(e && (e.name === 'MaxRetriesPerRequestError' || REDIS_AWAY.test(e.message ?? '')));
}
