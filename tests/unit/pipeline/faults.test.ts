// The pure parts of the fault handling: keys that make repeated writes idempotent, the stage of a message,
// which failed calls may have reached a platform, what /healthz calls degraded, Idempotency-Key rules.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { degradedFeatures } from '../../../src/api/health.js';
import { isDatabaseUnreachable, isRedisUnreachable } from '../../../src/ops/unreachable.js';
import { onceId } from '../../../src/events/record.js';
import { stageOf } from '../../../src/pipeline/stages.js';
import { assertSameReply, idempotencyKeyFrom, replyDedupeKey } from '../../../src/replies/idempotency.js';
import { neverConnected, observedFetch } from '../../../src/replies/observed-fetch.js';

describe('onceId', () => {
  it('is the same id for the same key and different ids for different keys', () => {
    expect(onceId('reply:1:replied').equals(onceId('reply:1:replied'))).toBe(true);
    expect(onceId('reply:1:replied').equals(onceId('reply:2:replied'))).toBe(false);
  });
});

describe('stageOf', () => {
  it('reads the recorded stage, and treats messages stored before stages existed as done', () => {
    expect(stageOf({ pipeline: { stage: 'stored' } })).toBe('stored');
    expect(stageOf({})).toBe('done');
  });
});

describe('observedFetch', () => {
  it('knows a refused connection never carried the request', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve)); // nothing listens there now
    const f = observedFetch();
    await expect(f.fetch(`http://127.0.0.1:${port}/x`, { method: 'POST' })).rejects.toThrow();
    expect(f.mayHaveDelivered()).toBe(false);
  });

  it('counts a call that timed out after connecting as possibly delivered', async () => {
    const silent = createServer(() => {}); // reads the request, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const f = observedFetch(globalThis.fetch, 200);
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    await expect(f.fetch(url, { method: 'POST', body: 'hi' })).rejects.toThrow();
    expect(f.mayHaveDelivered()).toBe(true);
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('tells connection failures from the rest by their code', () => {
    expect(
      neverConnected(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })),
    ).toBe(true);
    expect(
      neverConnected(Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_SOCKET' } })),
    ).toBe(false);
    expect(neverConnected(new DOMException('timeout', 'TimeoutError'))).toBe(false);
  });
});

describe('degradedFeatures', () => {
  it('names what stops working without Redis, and without the database', () => {
    expect(degradedFeatures('up', 'up')).toEqual([]);
    expect(degradedFeatures('up', 'down')).toEqual(['webhooks', 'realtime', 'replies', 'sla_timers']);
    expect(degradedFeatures('down', 'up')).toEqual(['api', 'ingest', 'replies']);
  });
});

describe('Idempotency-Key', () => {
  it('accepts 1-200 visible ASCII characters and refuses the rest in Indonesian', () => {
    expect(idempotencyKeyFrom(undefined)).toBeUndefined();
    expect(idempotencyKeyFrom('3f2a-uuid')).toBe('3f2a-uuid');
    expect(() => idempotencyKeyFrom('dua kata')).toThrow(/harus 1-200 karakter/);
    expect(() => idempotencyKeyFrom('x'.repeat(201))).toThrow(/harus 1-200 karakter/);
  });

  it('scopes the key to the case and the officer', () => {
    const key = replyDedupeKey('case1', 'officer1', 'k');
    expect(replyDedupeKey('case1', 'officer1', 'k')).toBe(key);
    expect(replyDedupeKey('case2', 'officer1', 'k')).not.toBe(key);
    expect(replyDedupeKey('case1', 'officer2', 'k')).not.toBe(key);
  });

  it('knows the stored reply of a key, ticket number appended or not, from a different reply', () => {
    expect(() => assertSameReply('Baik.\n\nNomor tiket Anda: ASP-2026-000001', 'Baik.')).not.toThrow();
    expect(() => assertSameReply('Baik.', 'Baik.')).not.toThrow();
    expect(() => assertSameReply('Baik.', 'Tidak.')).toThrow(/sudah dipakai untuk balasan lain/);
  });
});

describe('isDatabaseUnreachable and isRedisUnreachable', () => {
  it('recognises the driver and mongoose errors of a database that is away', () => {
    expect(
      isDatabaseUnreachable(Object.assign(new Error('connection 3 closed'), { name: 'MongoNetworkError' })),
    ).toBe(true);
    expect(
      isDatabaseUnreachable(new Error('Operation `messages.find()` buffering timed out after 10000ms')),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error('E11000 duplicate key'))).toBe(false);
  });

  it('recognises ioredis failing fast while Redis is away', () => {
    expect(
      isRedisUnreachable(new Error("Stream isn't writeable and enableOfflineQueue options is false")),
    ).toBe(true);
    expect(isRedisUnreachable(new Error('ERR wrong number of arguments'))).toBe(false);
  });
});
