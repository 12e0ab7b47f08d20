// A new case from a citizen on the generic `lapor-web` source, returned once its routed step has run.
import { expect } from 'vitest';
import { jobIdFor } from '../../src/queue/queues.js';
import { ConversationModel } from '../../src/store/index.js';
import { waitFor, type TestApp } from './app.js';
import { waitForMessageByDedupeKey } from './conversations.js';

let seq = 0;

/** A `lapor-web` event from a new citizen each call; `prefix` names the test file in ids and author ids. */
export function laporWebEvent(prefix: string, authorName: string, text: string) {
  const n = ++seq;
  return {
    id: `${prefix}-evt-${Date.now()}-${n}`,
    author: { id: `warga-${prefix}-${n}`, name: authorName },
    text,
    createdAt: new Date().toISOString(),
  };
}

/** The case once its routed step (auto-assignment; src/workflow/ingest-hooks.ts) has run. */
export function afterRoutedStep(t: TestApp, conversationId: string) {
  const routed = jobIdFor(`routed:${conversationId}`);
  return waitFor(async () => {
    const job = await t.app.ctx.queues.workflow.getJob(routed);
    if (!job || !(await job.isCompleted())) return null;
    return ConversationModel.findById(conversationId).lean();
  });
}

export async function newLaporWebCase(t: TestApp, body: ReturnType<typeof laporWebEvent>) {
  expect((await t.postGeneric('lapor-web', body)).status).toBe(200);
  const message = await waitForMessageByDedupeKey(`generic:lapor-web:${body.id}`);
  return afterRoutedStep(t, String(message.conversationId));
}
