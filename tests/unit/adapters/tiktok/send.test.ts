import { describe, expect, it } from 'vitest';
import { planTiktokCall, sendTiktokReply } from '../../../../adapters/tiktok/send.js';
import type { OutboundReply } from '../../../../adapters/types.js';
import { sendContextFor, stubFetch } from '../../../support/stub-fetch.js';
import { BUSINESS_ID } from './samples.js';

const CONVERSATION = '0:1:7301242590496705810:7481234567890123456';
const dm = (fields: Partial<OutboundReply> = {}): OutboundReply => ({
  platform: 'tiktok',
  accountId: BUSINESS_ID,
  visibility: 'private',
  text: 'Jadwal samsat keliling ada di akun Bapenda.',
  inReplyTo: { externalId: '7481234567890123999', meta: { kind: 'dm', conversationId: CONVERSATION } },
  recipient: { id: '7481234567890123456' },
  threadKey: `conversation:${CONVERSATION}`,
  ...fields,
});
const comment = (meta: Record<string, string> = {}): OutboundReply =>
  dm({
    visibility: 'public',
    text: 'Terima kasih, sudah diteruskan ke Dishub.',
    inReplyTo: {
      externalId: '7485123456789012345',
      meta: { kind: 'comment', videoId: '7484123456789012345', ...meta },
    },
  });

const ctx = sendContextFor('http://tiktok.test', { accessToken: 'act.tiktok' });

describe('TikTok send plan', () => {
  it('a DM goes into the conversation; a comment reply under the comment on its video', () => {
    expect(planTiktokCall(dm())).toMatchObject({
      path: '/open_api/v1.3/business/message/send/',
      body: {
        business_id: BUSINESS_ID,
        recipient_type: 'CONVERSATION',
        recipient: CONVERSATION,
        message_type: 'TEXT',
        text: { body: 'Jadwal samsat keliling ada di akun Bapenda.' },
      },
    });
    expect(planTiktokCall(comment())).toMatchObject({
      path: '/open_api/v1.3/business/comment/reply/create/',
      body: {
        business_id: BUSINESS_ID,
        video_id: '7484123456789012345',
        comment_id: '7485123456789012345',
        text: 'Terima kasih, sudah diteruskan ke Dishub.',
      },
    });
  });

  it('answering a reply lands under its top-level comment', () => {
    expect(planTiktokCall(comment({ parentCommentId: '7485000000000000001' }))).toMatchObject({
      body: { comment_id: '7485000000000000001' },
    });
  });
});

describe('TikTok send', () => {
  it('sends with the Access-Token header and returns the new message id (exact, even as a bare number)', async () => {
    const { calls, fetch } = stubFetch(
      200,
      '{"code":0,"message":"OK","data":{"message":{"message_id":7481234567890199999}}}',
    );
    expect(await sendTiktokReply(dm(), ctx(fetch))).toEqual({ ok: true, externalId: '7481234567890199999' });
    expect(calls[0].url).toBe('http://tiktok.test/open_api/v1.3/business/message/send/');
    expect((calls[0].init.headers as Record<string, string>)['access-token']).toBe('act.tiktok');
  });

  it('returns the new comment id of a comment reply', async () => {
    const { fetch } = stubFetch(200, { code: 0, message: 'OK', data: { comment_id: '7485999999999999999' } });
    expect(await sendTiktokReply(comment(), ctx(fetch))).toEqual({
      ok: true,
      externalId: '7485999999999999999',
    });
  });

  it('code 40100 (throttled) is retryable even on HTTP 200', async () => {
    const { fetch } = stubFetch(200, { code: 40100, message: 'Too many requests', data: {} });
    expect(await sendTiktokReply(dm(), ctx(fetch))).toEqual({
      ok: false,
      retryable: true,
      error:
        'Batas laju TikTok tercapai; balasan dicoba lagi otomatis. (TikTok kode 40100: Too many requests)',
    });
  });

  it('any other non-zero code is final and shown; 5xx is retried', async () => {
    const denied = await sendTiktokReply(
      dm(),
      ctx(stubFetch(200, { code: 40002, message: 'No permission', data: {} }).fetch),
    );
    expect(denied).toEqual({
      ok: false,
      retryable: false,
      error: 'TikTok menolak balasan. (TikTok kode 40002: No permission)',
    });
    expect(await sendTiktokReply(dm(), ctx(stubFetch(502, '<html>bad gateway</html>').fetch))).toMatchObject({
      ok: false,
      retryable: true,
    });
  });

  it('refuses without a token, without a conversation id or above 1,200 characters on a comment', async () => {
    const { calls, fetch } = stubFetch(200, { code: 0 });
    expect(await sendTiktokReply(dm(), ctx(fetch, {}))).toMatchObject({ ok: false, retryable: false });
    expect(
      await sendTiktokReply(dm({ inReplyTo: { externalId: 'm', meta: { kind: 'dm' } } }), ctx(fetch)),
    ).toMatchObject({
      ok: false,
      error: 'Percakapan TikTok ini tidak menyimpan conversation_id.',
    });
    expect(await sendTiktokReply({ ...comment(), text: 'a'.repeat(1201) }, ctx(fetch))).toMatchObject({
      ok: false,
      error: 'Balasan TikTok ini maksimal 1200 karakter.',
    });
    expect(calls).toEqual([]);
  });
});
