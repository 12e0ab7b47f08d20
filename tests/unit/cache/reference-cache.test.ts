// When a process reuses its copy of reference data and when it reloads (src/cache/reference-cache.ts).
import { describe, expect, it } from 'vitest';
import { FALLBACK_TTL_MS, ReferenceCaches } from '../../../src/cache/reference-cache.js';

function clocked() {
  let now = 1_000_000;
  const caches = new ReferenceCaches(() => now);
  let loads = 0;
  const read = () => caches.get('routing-rules', async () => ++loads);
  return { caches, read, advance: (ms: number) => (now += ms), loads: () => loads };
}

describe('reference caches without a live subscription', () => {
  it('reuse a copy for up to a second, then read the database again', async () => {
    const c = clocked();
    expect(await c.read()).toBe(1);
    c.advance(FALLBACK_TTL_MS - 1);
    expect(await c.read()).toBe(1);
    c.advance(1);
    expect(await c.read()).toBe(2);
  });

  it('share one load among concurrent readers', async () => {
    const c = clocked();
    const values = await Promise.all([c.read(), c.read(), c.read()]);
    expect(values).toEqual([1, 1, 1]);
    expect(c.loads()).toBe(1);
  });

  it('do not keep a failed load: the next read tries again', async () => {
    const caches = new ReferenceCaches(() => 0);
    const failing = caches.get('agencies', async () => {
      throw new Error('database away');
    });
    await expect(failing).rejects.toThrow('database away');
    expect(await caches.get('agencies', async () => 'fresh')).toBe('fresh');
  });

  it('drop a set and the sets built from it when told', async () => {
    const caches = new ReferenceCaches(() => 0);
    await caches.get('agencies', async () => 'a1');
    await caches.get('calendars', async () => 'c1');
    await caches.get('routing-rules', async () => 'r1');
    caches.drop(['agencies']);
    expect(await caches.get('agencies', async () => 'a2')).toBe('a2');
    expect(await caches.get('calendars', async () => 'c2')).toBe('c2'); // a calendar takes its agency's zone
    expect(await caches.get('routing-rules', async () => 'r2')).toBe('r1');
  });

  it('announce without any subscription only drops the local copy, and never throws', async () => {
    const caches = new ReferenceCaches(() => 0);
    await caches.get('sla-policies', async () => 'old');
    await expect(caches.announce('sla-policies')).resolves.toBeUndefined();
    expect(await caches.get('sla-policies', async () => 'new')).toBe('new');
  });
});
