// A new case from a citizen on the generic `lapor-web` source, returned once routing has started its SLA clock.
import { expect } from 'vitest';
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

export async function newLaporWebCase(t: TestApp, body: ReturnType<typeof laporWebEvent>) {
  expect((await t.postGeneric('lapor-web', body)).status).toBe(200);
  const message = await waitForMessageByDedupeKey(`generic:lapor-web:${body.id}`);
  const id = String(message.conversationId);
  return waitFor(async () => {
    const c = await ConversationModel.findById(id).lean();
    return (c?.sla?.timerVersion ?? 0) >= 1 ? c : null;
  });
}
