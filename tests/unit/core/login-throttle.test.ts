// The login throttle when Redis cannot be reached: each process keeps counting in memory, so guessing is still
// stopped rather than let through (src/auth/login-throttle.ts).
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createLoginThrottle, LOGIN_LIMITS } from '../../../src/auth/login-throttle.js';

// Nothing listens on port 1: every command fails at once, as with Redis down.
const unreachable = new Redis('redis://127.0.0.1:1', {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  retryStrategy: () => null,
});
unreachable.on('error', () => {});
afterAll(() => unreachable.disconnect());

describe('login throttle without Redis', () => {
  it('still locks an account after the allowed failures, counting in memory', async () => {
    const throttle = createLoginThrottle(unreachable, 'test-offline');
    const gates = [];
    for (let i = 0; i < LOGIN_LIMITS.accountFailures; i++) {
      expect(await throttle.check('warga@contoh.id', '10.0.0.1')).toEqual({ allowed: true });
      gates.push(await throttle.failed('warga@contoh.id', '10.0.0.1'));
    }
    expect(gates.slice(0, -1).every((g) => g.allowed)).toBe(true);
    expect(gates.at(-1)).toEqual({ allowed: false, retryAfterSeconds: LOGIN_LIMITS.firstLockSeconds });
    expect(await throttle.check('warga@contoh.id', '10.0.0.9')).toMatchObject({ allowed: false });
    // Another account is not affected.
    expect(await throttle.check('lain@contoh.id', '10.0.0.9')).toEqual({ allowed: true });
  });
});
