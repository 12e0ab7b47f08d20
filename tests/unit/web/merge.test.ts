import { describe, expect, it } from 'vitest';
import type { Message } from '../../../web/src/api/types.js';
import { mergeMessage } from '../../../web/src/conversation/merge.js';

const reply = (status: string, updatedAt: string): Message => ({
  id: 'm1',
  conversationId: 'c1',
  direction: 'outbound',
  platform: 'generic',
  visibility: 'private',
  externalId: null,
  author: { id: 'u1', name: 'Andi', handle: null },
  text: 'Baik, kami cek',
  attachments: [],
  createdAt: '2026-11-27T08:00:00.000Z',
  edited: false,
  removed: false,
  hidden: false,
  delivery: { status, error: null, updatedAt },
  sentBy: 'u1',
});

describe('mergeMessage', () => {
  it('keeps "sent" when the slower HTTP answer still says "queued"', () => {
    const sent = [reply('sent', '2026-11-27T08:00:01.000Z')];
    const merged = mergeMessage(sent, reply('queued', '2026-11-27T08:00:00.000Z'));
    expect(merged).toHaveLength(1);
    expect(merged[0].delivery?.status).toBe('sent');
  });

  it('moves forward from queued to failed with the reason', () => {
    const failed = { ...reply('failed', '2026-11-27T08:00:05.000Z') };
    failed.delivery!.error = 'Sumber menolak balasan (HTTP 400).';
    const merged = mergeMessage([reply('queued', '2026-11-27T08:00:00.000Z')], failed);
    expect(merged[0].delivery).toEqual(failed.delivery);
  });
});
