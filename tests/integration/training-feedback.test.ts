// An officer's label correction is stored as an Event and teaches the next model version.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClassifier } from '../../src/classify/index.js';
import { EventModel } from '../../src/store/index.js';
import { correctionsFromEvents } from '../../src/training/db-corrections.js';
import { runRetrain } from '../../workers/maintenance.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

// Retraining the whole model runs inside the test: seconds alone, much longer on a loaded machine.
describe('classification feedback', { timeout: 120_000 }, () => {
  it('stores the correction with its text and retrains into a new model version', async () => {
    const text = 'Min lampu taman kota di tepian mahakam padam semua, gelap banget';
    await t.postGeneric('lapor-web', {
      id: 'fb-1',
      author: { id: 'w1' },
      text,
      createdAt: new Date().toISOString(),
    });
    const msg = await waitForMessageByDedupeKey('generic:lapor-web:fb-1');
    expect(msg!.modelVersion).toBe(getClassifier().version);

    const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
    const id = String(msg!.conversationId);
    const res = await t.api(`/api/conversations/${id}/classification`, {
      token: admin,
      method: 'PATCH',
      body: { topic: 'infrastruktur', urgency: 'normal' },
    });
    expect(res.status).toBe(200);
    expect(res.body.conversation.topic).toBe('infrastruktur');
    expect(await EventModel.exists({ conversationId: id, type: 'reclassified' })).toBeTruthy();

    expect(await correctionsFromEvents()).toEqual([{ text, topic: 'infrastruktur', urgency: 'normal' }]);
    const dir = mkdtempSync(join(tmpdir(), 'aspirasi-models-'));
    const previous = getClassifier();
    const written = await runRetrain(dir);
    expect(written.corrections).toBe(1);
    expect(readdirSync(dir)).toEqual([`classifier-${written.version}.json`]);
    // The running classifier switched to the new file without a restart: the handle taken before (as ingest
    // took it at start-up) answers with the new version, and so does the next stored message.
    expect(previous.version).toBe(written.version);
    // Training held the event loop for seconds: let the server close its idle keep-alive sockets before the
    // next request, so the client does not write into one that is being closed (ECONNRESET).
    await new Promise((resolve) => setTimeout(resolve, 200));
    await t.postGeneric('lapor-web', {
      id: 'fb-after-retrain',
      author: { id: 'w1' },
      text: 'lampu jalan di gang kami mati lagi',
      createdAt: new Date().toISOString(),
    });
    const after = await waitForMessageByDedupeKey('generic:lapor-web:fb-after-retrain');
    expect(after!.modelVersion).toBe(written.version);
  });

  it('rejects an unknown label with 400 and keeps the stored one', async () => {
    const conv = await waitForMessageByDedupeKey('generic:lapor-web:fb-1');
    const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
    const id = String(conv!.conversationId);
    const res = await t.api(`/api/conversations/${id}/classification`, {
      token: admin,
      method: 'PATCH',
      body: { topic: 'cuaca' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/topic/);
    expect((await t.api(`/api/conversations/${id}`, { token: admin })).body.conversation.topic).toBe(
      'infrastruktur',
    );
  });
});
