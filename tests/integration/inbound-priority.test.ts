// A viral post's comments must not hold up a flood report: with a backlog of ordinary jobs already queued, a
// message the crisis lexicon reads as kritis is stored and pushed to the inbox before the backlog is done
// (src/pipeline/inbound-priority.ts puts a possible emergency at the front of the inbound queue).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundWorker, ingestDeps } from '../../workers/inbound.js';
import { log } from '../../src/log.js';
import { startJobWorker } from '../../src/queue/jobs.js';
import type { AnyQueueWorker } from '../../src/queue/worker.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';

const BACKLOG = 30;
let t: TestApp;
let worker: AnyQueueWorker | undefined;

beforeAll(async () => {
  // An API process only: the backlog waits in Redis until the test starts a worker.
  t = await startTestApp({ ROLE: 'api' });
});
afterAll(async () => {
  await worker?.close();
  await t?.stop();
});

const comment = (i: number, text: string) => ({
  id: `viral-${Date.now()}-${i}`,
  author: { id: `warga-viral-${i}`, name: `Warga ${i}` },
  text,
  createdAt: new Date().toISOString(),
});

describe('inbound priority', () => {
  it('stores and pushes a kritis report before a backlog of ordinary comments queued ahead of it', async () => {
    for (let i = 0; i < BACKLOG; i++) {
      const res = await t.postGeneric(
        'lapor-web',
        comment(i, `Setuju pak, jalan di kampung ${i} juga rusak`),
      );
      expect(res.status).toBe(200);
    }
    const flood = comment(BACKLOG, 'Tolong banjir sudah masuk rumah, ada anak terjebak di atap');
    expect((await t.postGeneric('lapor-web', flood)).status).toBe(200);

    const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
    const socket = await t.socket(admin);
    const pushed: string[] = [];
    socket.on('conversation:new', (e: { conversation: { preview: string } }) =>
      pushed.push(e.conversation.preview),
    );

    // One job at a time, so the order the queue hands them out is the order they are stored.
    const env = { ...t.app.ctx, ingest: await ingestDeps(t.app.ctx) };
    worker = startJobWorker(env, { ...inboundWorker, concurrency: 1 }, log);
    await waitFor(async () => pushed.some((p) => p.includes('banjir')), 20_000);
    // One job may already be running when the flood arrives in the queue's order; never the whole backlog.
    expect(pushed.findIndex((p) => p.includes('banjir'))).toBeLessThanOrEqual(1);
    await waitFor(async () => pushed.length === BACKLOG + 1, 60_000);
  }, 90_000);
});
