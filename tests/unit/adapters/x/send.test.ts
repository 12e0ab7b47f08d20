import { describe, expect, it } from 'vitest';
import { planXCall, resetDelayMs, sendXReply } from '../../../../adapters/x/send.js';
import type { OutboundReply } from '../../../../adapters/types.js';
import { sendContextFor, stubFetch } from '../../../support/stub-fetch.js';

const reply = (fields: Partial<OutboundReply> = {}): OutboundReply => ({
  platform: 'x',
  accountId: '1234567890',
  visibility: 'public',
  text: 'Terima kasih, sudah kami teruskan ke Dinas PUPR.',
  inReplyTo: { externalId: '1904012345678901234', meta: { kind: 'tweet' } },
  recipient: { id: '987654321' },
  threadKey: 'tweet:1904012345678901234:user:987654321',
  ...fields,
});

const ctx = sendContextFor('http://x.test', { accessToken: 'x-user-token' });

describe('X send', () => {
  it('a public reply is a reply tweet; a private one a DM to the citizen', () => {
    expect(planXCall(reply())).toMatchObject({
      path: '/2/tweets',
      body: {
        text: 'Terima kasih, sudah kami teruskan ke Dinas PUPR.',
        reply: { in_reply_to_tweet_id: '1904012345678901234' },
      },
    });
    expect(planXCall(reply({ visibility: 'private' }))).toMatchObject({
      path: '/2/dm_conversations/with/987654321/messages',
      body: { text: 'Terima kasih, sudah kami teruskan ke Dinas PUPR.' },
    });
  });

  it('sends with the bearer token and returns the new tweet or DM event id', async () => {
    const tweetStub = stubFetch(201, { data: { id: '1904099999999999999', text: '…' } });
    expect(await sendXReply(reply(), ctx(tweetStub.fetch))).toEqual({
      ok: true,
      externalId: '1904099999999999999',
    });
    expect(tweetStub.calls[0].url).toBe('http://x.test/2/tweets');
    expect((tweetStub.calls[0].init.headers as Record<string, string>).authorization).toBe(
      'Bearer x-user-token',
    );
    const dmStub = stubFetch(201, {
      data: { dm_conversation_id: '987654321-1234567890', dm_event_id: '1904088888888888888' },
    });
    expect(await sendXReply(reply({ visibility: 'private' }), ctx(dmStub.fetch))).toEqual({
      ok: true,
      externalId: '1904088888888888888',
    });
  });

  it('429 is retryable until x-rate-limit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 120;
    const { fetch } = stubFetch(
      429,
      { title: 'Too Many Requests', detail: 'Too Many Requests' },
      {
        'x-rate-limit-reset': String(reset),
      },
    );
    const result = await sendXReply(reply(), ctx(fetch));
    expect(result).toMatchObject({
      ok: false,
      retryable: true,
      error: 'Batas laju X tercapai; balasan dicoba lagi otomatis. (X 429: Too Many Requests)',
    });
    const wait = (result as { retryAfterMs: number }).retryAfterMs;
    expect(wait).toBeGreaterThan(110_000);
    expect(wait).toBeLessThanOrEqual(120_000);
    expect(resetDelayMs(new Headers({ 'x-rate-limit-reset': '100' }), 200_000)).toBe(0);
  });

  it('403 (replies limited / DMs closed) and 401 are final with Indonesian reasons', async () => {
    const forbidden = await sendXReply(
      reply(),
      ctx(stubFetch(403, { detail: 'You are not allowed to create a Tweet with duplicate content.' }).fetch),
    );
    expect(forbidden).toMatchObject({ ok: false, retryable: false });
    expect((forbidden as { error: string }).error).toMatch(
      /^X tidak mengizinkan balasan ini .*\(X 403: You are not allowed/,
    );
    const unauthorized = await sendXReply(reply(), ctx(stubFetch(401, { title: 'Unauthorized' }).fetch));
    expect((unauthorized as { error: string }).error).toMatch(/^Token akses X tidak valid/);
  });

  it('5xx is retried; a missing token never calls X', async () => {
    expect(await sendXReply(reply(), ctx(stubFetch(503, {}).fetch))).toMatchObject({
      ok: false,
      retryable: true,
    });
    const { calls, fetch } = stubFetch(201, {});
    expect(await sendXReply(reply(), ctx(fetch, {}))).toMatchObject({ ok: false, retryable: false });
    expect(calls).toEqual([]);
  });
});
