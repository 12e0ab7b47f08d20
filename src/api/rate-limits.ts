// Request limits on the unauthenticated endpoints, per client address, counted in Redis so every API process
// shares them (an in-memory count per process takes over while Redis is away). Password failures have their own,
// stricter per-account counters (src/auth/login-throttle.ts).
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { childLog } from '../log.js';

const log = childLog('api:rate-limits');

export interface LimitSpec {
  name: string;
  points: number;
  durationSeconds: number;
  message: string;
}

export const LIMITS = {
  /** Each login costs ~50 ms of scrypt, found or not: enough for an office behind one address, too few to burn
   *  the CPU. Wrong passwords have their own, stricter counters (src/auth/login-throttle.ts). */
  login: {
    name: 'login-requests',
    points: 60,
    durationSeconds: 60,
    message: 'Terlalu banyak percobaan masuk. Coba lagi sebentar lagi.',
  },
  publicLookup: {
    name: 'public-lookup',
    points: 30,
    durationSeconds: 60,
    message: 'Terlalu banyak pencarian tiket. Coba lagi sebentar lagi.',
  },
  /** Website form (src/webform/): challenges are cheap to ask for, reports per address are few. */
  webformChallenge: {
    name: 'webform-challenge',
    points: 30,
    durationSeconds: 60,
    message: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
  },
  webformReport: {
    name: 'webform-report',
    points: 10,
    durationSeconds: 600,
    message: 'Terlalu banyak laporan dari alamat ini. Coba lagi dalam beberapa menit.',
  },
  webformReportDaily: {
    name: 'webform-report-day',
    points: 30,
    durationSeconds: 86_400,
    message: 'Batas laporan harian dari alamat ini sudah tercapai. Coba lagi besok.',
  },
  /** Platforms verify a webhook a few times a day; anything faster is someone probing. */
  handshake: {
    name: 'handshake',
    points: 20,
    durationSeconds: 60,
    message: 'Terlalu banyak permintaan verifikasi webhook.',
  },
} satisfies Record<string, LimitSpec>;

export function rateLimit(redis: Redis, prefix: string, spec: LimitSpec): RequestHandler {
  const opts = { points: spec.points, duration: spec.durationSeconds };
  const limiter = new RateLimiterRedis({
    ...opts,
    storeClient: redis,
    keyPrefix: `${prefix}:rl-${spec.name}`,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ ...opts, keyPrefix: `rl-${spec.name}` }),
  });
  return (req, res, next) => {
    limiter.consume(req.ip ?? 'unknown').then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) {
          log.warn({ err: String(rejection) }, 'rate limiter unavailable; request let through');
          return next();
        }
        res.setHeader('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
        res.status(429).json({ error: { code: 'too_many_requests', message: spec.message } });
      },
    );
  };
}
