// The reply window travels with every conversation view (lists of 50, live pushes per message): it must not cost a
// query per conversation. Counted with mongoose's own command hook on the test database.
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationModel, MessageModel } from '../../src/store/index.js';
import { localDay } from '../../src/store/ticket-number.js';
import { conversationViews } from '../../src/views/conversation-view.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { agencyIdOf } from '../support/fixtures.js';

let t: TestApp;
let agencyId: string;
let seq = 0;
beforeAll(async () => {
  // API only: no worker's periodic sweep may add a query to the count.
  t = await startTestApp({ ROLE: 'api' });
  agencyId = await agencyIdOf('PDAM');
});
afterAll(() => t?.stop());

async function conversation(platform: 'facebook' | 'whatsapp', hoursAgo: number) {
  const at = new Date(Date.now() - hoursAgo * 3_600_000);
  const visibility = platform === 'facebook' ? 'public' : 'private';
  return ConversationModel.create({
    ticketNumber: `RW-${Date.now()}-${++seq}`,
    threadRef: `${platform}:acc:thread-${seq}-${Date.now()}`,
    platform,
    accountId: 'acc',
    visibility,
    contactId: new mongoose.Types.ObjectId(),
    status: 'routed',
    agencyId,
    preview: 'x',
    lastMessageAt: at,
    lastInboundAt: at,
    createdDay: localDay(at),
    messageCount: 1,
  });
}

/** Reads of messages (where the reply window comes from) while building the views of `docs`. */
async function commandsFor(docs: unknown[]) {
  let commands = 0;
  mongoose.set('debug', (collection: string) => void (collection === 'messages' && commands++));
  try {
    return { views: await conversationViews(docs as never[]), commands };
  } finally {
    mongoose.set('debug', false);
  }
}

describe('reply window in conversation views', () => {
  it('costs no query for DMs and one query for a whole page of comments', async () => {
    const dms = await Promise.all([1, 2, 30, 40].map((h) => conversation('whatsapp', h)));
    const comments = await Promise.all([1, 2, 3, 200].map((h) => conversation('facebook', h)));
    await MessageModel.create({
      conversationId: comments[0]._id,
      direction: 'outbound',
      platform: 'facebook',
      accountId: 'acc',
      dedupeKey: `out:rw:${Date.now()}`,
      visibility: 'private',
      text: 'balasan pribadi',
      createdAt: new Date(),
    });
    expect((await commandsFor(dms.map((d) => d.toObject()))).commands).toBe(0);
    const { views, commands } = await commandsFor([...dms, ...comments].map((d) => d.toObject()));
    // One distinct for the three comments still within 7 days, however many conversations the page holds.
    expect(commands).toBe(1);
    expect(views.map((v) => v.replyWindow.private.open)).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
    expect(views[4].replyWindow.private.reason).toMatch(/satu balasan pribadi per komentar/);
    expect(views[7].replyWindow.private.reason).toMatch(/hanya bisa dikirim dalam 7 hari/);
    expect(views.slice(4).every((v) => v.replyWindow.public?.open)).toBe(true);
  });
});
