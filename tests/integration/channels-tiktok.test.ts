// TikTok end to end: signed webhooks (DMs and comment.update) -> conversations in the API, comment removal and
// hiding on the stored message, and officer replies -> Business API on a fake server, with failures shown.
import { describe, expect, it } from 'vitest';
import { unseal } from '../../src/security/seal.js';
import { ChannelAccountModel, MessageModel } from '../../src/store/index.js';
import { TEST_SECRETS, waitFor } from '../support/app.js';
import { useChannelApp } from '../support/channel-app.js';
import { connectAccount, waitForMessageByDedupeKey } from '../support/conversations.js';
import {
  A10_COMMENT,
  A9_DM,
  BUSINESS_ID,
  commentContent,
  dmContent,
  envelope,
  postTiktok,
} from '../unit/adapters/tiktok/samples.js';

const ACCESS_TOKEN = 'act.tiktok-business-token';
const SECRET = TEST_SECRETS.TIKTOK_APP_SECRET;
const channel = useChannelApp({
  apiUrlVariable: 'TIKTOK_API_URL',
  account: {
    platform: 'tiktok',
    accountId: BUSINESS_ID,
    name: '@dishub_contoh',
    credentials: { accessToken: ACCESS_TOKEN },
  },
  okResponse: { status: 200, body: { code: 0, message: 'OK', data: { message: { message_id: '1' } } } },
  env: { TIKTOK_APP_ID: 'tiktok-app-id' },
});
let seq = 0;
const bigId = () => `74850${String(Date.now()).slice(-9)}${String(++seq).padStart(5, '0')}`;

const post = (body: unknown, at?: number) => postTiktok(channel.t.url, SECRET, body, at);
const stored = (externalId: string) => waitForMessageByDedupeKey(`tiktok:${BUSINESS_ID}:${externalId}`);

function citizenDm(text: string, hoursAgo = 0) {
  const messageId = bigId();
  const conversationId = `0:1:${bigId()}:7481234567890123456`;
  const content = dmContent({
    message_id: messageId,
    conversation_id: conversationId,
    text: { body: text },
    timestamp: Date.now() - hoursAgo * 3_600_000,
  });
  return { messageId, conversationId, body: envelope('im_receive_msg', content) };
}
function citizenComment(text: string, fields: Record<string, unknown> = {}) {
  const commentId = bigId();
  const content = commentContent({
    comment_id: commentId,
    text,
    unique_identifier: `warga${seq}`,
    timestamp: Math.floor(Date.now() / 1000),
    ...fields,
  });
  return { commentId, content, body: envelope('comment.update', content) };
}

describe('TikTok webhook', () => {
  it('the A9 DM becomes a private conversation; an im_send_msg echo adds nothing', async () => {
    expect((await post(A9_DM)).status).toBe(200);
    const m = await stored('7481234567890123999');
    const view = await channel.detail(m.conversationId);
    expect(view.conversation).toMatchObject({
      platform: 'tiktok',
      accountId: BUSINESS_ID,
      visibility: 'private',
    });
    expect(view.messages[0].text).toBe('Halo admin, mau tanya jadwal samsat keliling');
    const echo = await post(envelope('im_send_msg', dmContent({ message_id: bigId() })));
    expect(await echo.json()).toEqual({ received: 0 });
  });

  it('the A10 comment becomes a public conversation; delete and hide update the stored comment', async () => {
    expect((await post(A10_COMMENT)).status).toBe(200);
    const m = await stored('7485123456789012345');
    expect((await channel.detail(m.conversationId)).conversation.visibility).toBe('public');

    const { commentId, content, body } = citizenComment('Lampu merah mati di simpang Lembuswana');
    await post(body);
    const c = await stored(commentId);
    await post(
      envelope('comment.update', {
        ...content,
        comment_action: 'set_to_hidden',
        timestamp: content.timestamp + 1,
      }),
    );
    await waitFor(async () => (await MessageModel.findById(c._id).lean())?.hidden === true);
    await post(
      envelope('comment.update', { ...content, comment_action: 'delete', timestamp: content.timestamp + 2 }),
    );
    const removed = await waitFor(async () => {
      const msg = (await channel.detail(c.conversationId)).messages.find(
        (x: { id: string }) => x.id === String(c._id),
      );
      return msg?.removed ? msg : null;
    });
    expect(removed).toMatchObject({ removed: true, hidden: true, text: '' });
  });

  it('a stale or wrong signature is refused with 401 and the reason; nothing is stored', async () => {
    const { messageId, body } = citizenDm('halo');
    const stale = await post(body, Math.floor(Date.now() / 1000) - 600);
    expect(stale.status).toBe(401);
    expect((await stale.json()).error.message).toMatch(/lebih tua dari batas 5 menit/);
    const wrong = await fetch(`${channel.t.url}/webhooks/tiktok`, {
      method: 'POST',
      headers: { 'tiktok-signature': `t=${Math.floor(Date.now() / 1000)},s=${'ab'.repeat(32)}` },
      body: JSON.stringify(body),
    });
    expect(wrong.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(await MessageModel.exists({ dedupeKey: `tiktok:${BUSINESS_ID}:${messageId}` })).toBeNull();
  });
});

describe('TikTok replies', () => {
  it('a DM reply goes to message/send with the Access-Token header and the conversation as recipient', async () => {
    const { messageId, conversationId, body } = citizenDm('Jadwal samsat keliling minggu ini?');
    await post(body);
    const m = await stored(messageId);
    channel.fake.respondWith(() => ({
      status: 200,
      body: { code: 0, message: 'OK', data: { message: { message_id: '7481234567890188888' } } },
    }));
    const res = await channel.reply(m.conversationId, { text: 'Senin di Kantor Camat Sungai Kunjang.' });
    expect(res.status).toBe(202);
    const sent = await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe('7481234567890188888');
    expect(channel.fake.requests).toHaveLength(1);
    expect(channel.fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/open_api/v1.3/business/message/send/',
    });
    expect(channel.fake.requests[0].headers['access-token']).toBe(ACCESS_TOKEN);
    expect(JSON.parse(channel.fake.requests[0].body)).toEqual({
      business_id: BUSINESS_ID,
      recipient_type: 'CONVERSATION',
      recipient: conversationId,
      message_type: 'TEXT',
      text: { body: res.body.message.text },
    });
  });

  it('a comment reply goes to comment/reply/create under the comment on its video', async () => {
    const { commentId, content, body } = citizenComment('Kapan jalan Pramuka diaspal?');
    await post(body);
    const m = await stored(commentId);
    channel.fake.respondWith(() => ({
      status: 200,
      body: { code: 0, message: 'OK', data: { comment_id: '7485777777777777777' } },
    }));
    const res = await channel.reply(m.conversationId, { text: 'Dijadwalkan bulan depan oleh Dinas PUPR.' });
    const sent = await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe('7485777777777777777');
    expect(channel.fake.requests[0].path).toBe('/open_api/v1.3/business/comment/reply/create/');
    expect(JSON.parse(channel.fake.requests[0].body)).toEqual({
      business_id: BUSINESS_ID,
      video_id: content.video_id,
      comment_id: commentId,
      text: res.body.message.text,
    });
    const priv = await channel.reply(m.conversationId, { text: 'Lewat DM', visibility: 'private' });
    expect(priv.status).toBe(409);
    expect(priv.body.error.message).toMatch(/TikTok tidak menyediakan balasan pribadi untuk komentar/);
  });

  it("an error envelope (HTTP 200, code != 0) fails the reply with TikTok's reason", async () => {
    const { messageId, body } = citizenDm('Halo?');
    await post(body);
    const m = await stored(messageId);
    channel.fake.respondWith(() => ({
      status: 200,
      body: { code: 40002, message: 'No permission to operate this conversation', data: {} },
    }));
    const res = await channel.reply(m.conversationId, { text: 'Baik' });
    const failed = await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'failed');
    expect(failed.delivery.error).toBe(
      'TikTok menolak balasan. (TikTok kode 40002: No permission to operate this conversation)',
    );
    expect(channel.fake.requests).toHaveLength(1);
  });

  it('a DM older than 48 hours is refused before anything is queued', async () => {
    const { messageId, body } = citizenDm('Pesan lama', 50);
    await post(body);
    const m = await stored(messageId);
    const res = await channel.reply(m.conversationId, { text: 'Maaf terlambat' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'reply_window_closed' });
    expect(res.body.error.message).toMatch(
      /Jendela balas pesan TikTok \(48 jam\) sudah tertutup: pesan terakhir warga 2 hari lalu/,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(channel.fake.requests).toEqual([]);
  });

  it('an access token that expires within minutes is refreshed first, stored sealed, and used', async () => {
    const business = '-000refreshTestBusiness';
    await connectAccount(channel.t, {
      platform: 'tiktok',
      accountId: business,
      credentials: {
        accessToken: 'act.old',
        refreshToken: 'rft.1',
        accessTokenExpiresAt: new Date(Date.now() + 2 * 60_000).toISOString(),
      },
    });
    const messageId = bigId();
    const content = dmContent({ message_id: messageId, to_user: { id: business }, timestamp: Date.now() });
    await post(envelope('im_receive_msg', content, business));
    const m = await waitForMessageByDedupeKey(`tiktok:${business}:${messageId}`);
    channel.fake.respondWith((req) =>
      req.path.includes('/tt_user/oauth2/refresh_token/')
        ? {
            status: 200,
            body: {
              code: 0,
              message: 'OK',
              data: {
                access_token: 'act.new',
                expires_in: 86400,
                refresh_token: 'rft.2',
                refresh_token_expires_in: 31536000,
              },
            },
          }
        : {
            status: 200,
            body: { code: 0, message: 'OK', data: { message: { message_id: '7481234567890177777' } } },
          },
    );
    const res = await channel.reply(m.conversationId, { text: 'Sudah kami terima.' });
    await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'sent');
    const [refresh, send] = channel.fake.requests;
    expect(refresh.path).toBe('/open_api/v1.3/tt_user/oauth2/refresh_token/');
    expect(JSON.parse(refresh.body)).toEqual({
      client_id: 'tiktok-app-id',
      client_secret: SECRET,
      grant_type: 'refresh_token',
      refresh_token: 'rft.1',
    });
    expect(send.headers['access-token']).toBe('act.new');
    const account = await ChannelAccountModel.findOne({ platform: 'tiktok', accountId: business })
      .select('+credentialsSealed')
      .lean();
    // TikTok rotates the refresh token: the new one is kept for the next refresh.
    expect(unseal(account!.credentialsSealed!, channel.t.config.ENCRYPTION_KEY)).toMatchObject({
      accessToken: 'act.new',
      refreshToken: 'rft.2',
    });
  });
});
