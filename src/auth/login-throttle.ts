// Password guessing is stopped per account and per client address, with counters in Redis so every API process
// shares them. Account locks grow with each lock of the day (progressive lockout). If Redis is unreachable, each
// process falls back to counting in memory rather than letting guesses through unlimited.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterStoreOptions,
} from 'rate-limiter-flexible';

export const LOGIN_LIMITS = {
  /** Failures of one account (from any address) before it is locked. */
  accountFailures: 5,
  accountWindowSeconds: 15 * 60,
  /** The first lock of the day; each further one doubles, up to the cap. */
  firstLockSeconds: 5 * 60,
  maxLockSeconds: 60 * 60,
  /** Failures from one address (any accounts) before it is blocked. */
  addressFailures: 30,
  addressWindowSeconds: 60 * 60,
  addressBlockSeconds: 60 * 60,
} as const;

export type LoginGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface LoginThrottle {
  /** Before any password work: is this account or this address locked now? */
  check(email: string, ip: string): Promise<LoginGate>;
  /** After a wrong password: counts it, and says whether this failure locked the account or address. */
  failed(email: string, ip: string): Promise<LoginGate>;
  succeeded(email: string): Promise<void>;
}

/** Accounts are keyed by a hash of the e-mail: Redis holds no addresses of people. */
const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function createLoginThrottle(redis: Redis, prefix: string): LoginThrottle {
  const limiter = (name: string, opts: Omit<IRateLimiterStoreOptions, 'storeClient'>) =>
    new RateLimiterRedis({
      ...opts,
      storeClient: redis,
      keyPrefix: `${prefix}:login-${name}`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ ...opts, keyPrefix: `login-${name}` }),
    });
  const L = LOGIN_LIMITS;
  const accountFails = limiter('account', { points: L.accountFailures, duration: L.accountWindowSeconds });
  const accountLocks = limiter('account-locks', { points: 10_000, duration: 24 * 3600 });
  const addressFails = limiter('address', {
    points: L.addressFailures,
    duration: L.addressWindowSeconds,
    blockDuration: L.addressBlockSeconds,
  });

  const blockedFor = (res: RateLimiterRes | null, points: number) =>
    res && res.consumedPoints > points ? seconds(res.msBeforeNext) : 0;

  /** consume() rejects with the counter when the limit is passed, or with an Error if no store answered. */
  const consume = (l: RateLimiterRedis, key: string) =>
    l.consume(key).catch((r: unknown) => {
      if (r instanceof RateLimiterRes) return r;
      throw r;
    });

  return {
    async check(email, ip) {
      const [account, address] = await Promise.all([
        accountFails.get(accountKey(email)),
        addressFails.get(ip),
      ]);
      const wait = Math.max(blockedFor(account, L.accountFailures), blockedFor(address, L.addressFailures));
      return wait ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
    },
    async failed(email, ip) {
      const key = accountKey(email);
      const [account, address] = await Promise.all([consume(accountFails, key), consume(addressFails, ip)]);
      if (account.consumedPoints >= L.accountFailures) {
        const locks = await consume(accountLocks, key);
        const lockSeconds = Math.min(L.firstLockSeconds * 2 ** (locks.consumedPoints - 1), L.maxLockSeconds);
        await accountFails.block(key, lockSeconds);
        return { allowed: false, retryAfterSeconds: lockSeconds };
      }
      const wait = blockedFor(address, L.addressFailures);
      return wait ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
    },
    async succeeded(email) {
      await accountFails.delete(accountKey(email));
    },
  };
}
