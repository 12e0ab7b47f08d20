import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../adapters/types.js';
import { contactIdentityKey, inboundIdempotencyKey, threadRef } from '../../../src/pipeline/identity.js';
import { isStatusProgress } from '../../../src/pipeline/message-actions.js';

const msg = (over: Partial<InboundMessage>): InboundMessage => ({
  platform: 'facebook',
  accountId: '448242228374517',
  externalId: '1213590066982748',
  threadKey: 'post:1:user:7',
  visibility: 'public',
  author: { id: '6021234567890123' },
  text: 'x',
  attachments: [],
  createdAt: '2026-11-27T01:00:00.000Z',
  action: 'create',
  ...over,
});

describe('identity keys', () => {
  it('links a Facebook comment and a Messenger DM by the same person to one contact', () => {
    expect(contactIdentityKey(msg({ platform: 'facebook' }))).toBe(
      contactIdentityKey(msg({ platform: 'messenger' })),
    );
    expect(contactIdentityKey(msg({ platform: 'instagram' }))).not.toBe(contactIdentityKey(msg({})));
  });

  it('gives a retry the same idempotency key and a later edit a new one', () => {
    expect(inboundIdempotencyKey(msg({}))).toBe(inboundIdempotencyKey(msg({})));
    const edit1 = inboundIdempotencyKey(msg({ action: 'edit', createdAt: '2026-11-27T02:00:00Z' }));
    const edit2 = inboundIdempotencyKey(msg({ action: 'edit', createdAt: '2026-11-27T03:00:00Z' }));
    expect(edit1).not.toBe(edit2);
    expect(edit1).not.toBe(inboundIdempotencyKey(msg({})));
  });

  it('threads by platform, account and thread key', () => {
    expect(threadRef(msg({}))).toBe('facebook:448242228374517:post:1:user:7');
  });

  it('moves delivery status only forward, except failed', () => {
    expect(isStatusProgress('sent', 'delivered')).toBe(true);
    expect(isStatusProgress('read', 'delivered')).toBe(false);
    expect(isStatusProgress('read', 'failed')).toBe(true);
    expect(isStatusProgress('failed', 'failed')).toBe(false);
  });
});
