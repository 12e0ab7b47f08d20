// A new case from a citizen on the generic `lapor-web` source, returned once routing has started its SLA clock.
import { expect } from 'vitest';
import { ConversationModel } from '../../src/store/index.js';
import { waitFor, type TestApp } from './app.js';
import { waitForMessageByDedupeKey } from './conversations.js';

export async function newLaporWebCase(
  t: TestApp,
  body: { id: string; author: { id: string; name: string }; text: string; createdAt: string },
) {
  expect((await t.postGeneric('lapor-web', body)).status).toBe(200);
  const message = await waitForMessageByDedupeKey(`generic:lapor-web:${body.id}`);
  const id = String(message.conversationId);
  return waitFor(async () => {
    const c = await ConversationModel.findById(id).lean();
    return (c?.sla?.timerVersion ?? 0) >= 1 ? c : null;
  });
}
