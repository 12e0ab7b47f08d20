// Cases waiting for their rollups (src/rollups/pending.ts), on the real Redis: a drain forgets only the cases it
// brought up to date, never one whose new event marked it again while the drain was reading its log.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../src/queue/redis.js';
import { forgetDone, markRollupsPending, readPending } from '../../src/rollups/pending.js';

const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = `test-rp-${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  await redis.del(`${prefix}:rollups:pending`);
  redis.disconnect();
});

describe('cases waiting for their rollups', () => {
  it('keeps a case marked again during a drain for the next one, and forgets the others', async () => {
    await markRollupsPending(redis, prefix, 'case-a');
    await markRollupsPending(redis, prefix, 'case-b');
    await markRollupsPending(redis, prefix, 'case-b'); // two events of one case: one entry
    const read = await readPending(redis, prefix);
    expect(read.map((r) => r.id).sort()).toEqual(['case-a', 'case-b']);

    await markRollupsPending(redis, prefix, 'case-b'); // an event stored while the drain works
    await forgetDone(redis, prefix, read);
    expect((await readPending(redis, prefix)).map((r) => r.id)).toEqual(['case-b']);

    await forgetDone(redis, prefix, await readPending(redis, prefix));
    expect(await readPending(redis, prefix)).toEqual([]);
  });
});
