// Officer replies on Meta channels: API -> reply window -> outbound queue -> adapter -> fake Graph API,
// and what the officer then sees on the reply (sent, delivered/read, failed with the platform's reason).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { connectAccount, conversationsAs, waitForMessageByDedupeKey } from '../support/conversations.js';
import { graphError, startFakeGraph, type FakeGraph } from '../support/fake-graph.js';
import {
  IG_ID,
  PAGE_ID,
  WA_PHONE_NUMBER_ID,
  feedComment,
  feedDelivery,
  messagingDelivery,
  messagingEvent,
  millisAgo,
  postMetaWebhook,
  secondsAgo,
  waMessage,
  whatsappDelivery,
} from '../unit/adapters/meta/samples.js';

const TOKENS = { page: 'EAAG-page-token-test', ig: 'EAAG-ig-token-test', wa: 'EAAG-wa-system-user-token' };
let t: TestApp;
let graph: FakeGraph;
let conversations: ReturnType<typeof conversationsAs>;
let seq = 0;
const uid = (prefix: string) => `${prefix}_${Date.now()}_${++seq}`;

const post = (body: unknown) => postMetaWebhook(t.url, t.config.META_APP_SECRET!, body);
const storedInbound = (platform: string, accountId: string, externalId: string) =>
  waitForMessageByDedupeKey(`${platform}:${accountId}:${externalId}`);
const reply = (conversationId: unknown, body: { text: string; visibility?: 'public' | 'private' }) =>
  conversations.reply(conversationId, body);
const replyView = (conversationId: unknown, replyId: string, status: string) =>
  conversations.waitForReplyStatus(conversationId, replyId, status);
const connect = (platform: string, accountId: string, accessToken: string) =>
  connectAccount(t, { platform, accountId, credentials: { accessToken } });

beforeAll(async () => {
  graph = await startFakeGraph();
  t = await startTestApp({ META_GRAPH_URL: `${graph.url}/v21.0` });
  conversations = conversationsAs(t, await t.login(t.config.SEED_ADMIN_EMAIL));
  await connect('facebook', PAGE_ID, TOKENS.page);
  await connect('messenger', PAGE_ID, TOKENS.page);
  await connect('instagram', IG_ID, TOKENS.ig);
  await connect('whatsapp', WA_PHONE_NUMBER_ID, TOKENS.wa);
});
afterAll(async () => {
  await t?.stop();
  await graph?.close();
});
beforeEach(() => graph.reset());

async function citizenComment(hoursAgo = 1) {
  const commentId = uid('cmt');
  const postId = `${PAGE_ID}_${uid('post')}`;
  await post(
    feedDelivery([
      feedComment({
        comment_id: commentId,
        post_id: postId,
        parent_id: postId,
        created_time: secondsAgo(hoursAgo),
        from: { id: uid('psid'), name: 'Rudi' },
      }),
    ]),
  );
  return { commentId, message: await storedInbound('facebook', PAGE_ID, commentId) };
}

/** A Messenger DM from a new citizen, sent `hoursAgo`, once stored. */
async function citizenMessengerDm(text: string, hoursAgo: number) {
  const psid = uid('psid');
  const mid = uid('mid');
  await post(
    messagingDelivery('page', [
      { ...messagingEvent({ mid, text }), sender: { id: psid }, timestamp: millisAgo(hoursAgo) },
    ]),
  );
  return { psid, message: await storedInbound('messenger', PAGE_ID, mid) };
}

/** A WhatsApp text from a new number (`phonePrefix` keeps each test's citizen apart), once stored. */
async function citizenWhatsapp(phonePrefix: string, text: string, hoursAgo: number, profileName?: string) {
  const wamid = uid('wamid.IN');
  const phone = `${phonePrefix}${String(Date.now()).slice(-7)}`;
  await post(
    whatsappDelivery({
      ...(profileName ? { contacts: [{ profile: { name: profileName }, wa_id: phone }] } : {}),
      messages: [
        waMessage(
          'text',
          { body: text },
          { from: phone, id: wamid, timestamp: String(secondsAgo(hoursAgo)) },
        ),
      ],
    }),
  );
  return { wamid, phone, message: await storedInbound('whatsapp', WA_PHONE_NUMBER_ID, wamid) };
}

describe('Facebook comment replies', () => {
  it('a public reply is POSTed to the comment with the Page token and shows as sent with its id', async () => {
    const { commentId, message } = await citizenComment();
    graph.respond('POST', `/v21.0/${commentId}/comments`, { body: { id: `${commentId}_reply` } });
    const res = await reply(message.conversationId, {
      text: 'Terima kasih, sudah kami teruskan ke Dinas PUPR 🙏',
    });
    expect(res.status).toBe(202);
    const sent = await replyView(message.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe(`${commentId}_reply`);
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]).toMatchObject({
      method: 'POST',
      path: `/v21.0/${commentId}/comments`,
      query: {},
      body: { message: res.body.message.text },
    });
    // What we send is what the officer sees on the reply (the first reply also carries the ticket number).
    expect(res.body.message.text).toMatch(/^Terima kasih, sudah kami teruskan ke Dinas PUPR 🙏/);
    expect(graph.requests[0].headers.authorization).toBe(`Bearer ${TOKENS.page}`);
  });

  it('a private reply goes to the Page messages edge by comment id, once per comment', async () => {
    const { commentId, message } = await citizenComment();
    const before = (await conversations.detail(message.conversationId)).conversation.replyWindow;
    expect(before.public).toEqual({ open: true, closesAt: null, reason: null });
    expect(before.private.open).toBe(true);
    // Seven days from the comment: the composer knows when the private reply stops being possible.
    expect(Date.parse(before.private.closesAt) - new Date(message.createdAt).getTime()).toBe(
      7 * 24 * 3_600_000,
    );
    const first = await reply(message.conversationId, {
      text: 'Mohon kirim nomor tiket via pesan ini',
      visibility: 'private',
    });
    expect(first.status).toBe(202);
    await replyView(message.conversationId, first.body.message.id, 'sent');
    expect(graph.requests.map((r) => [r.path, r.body])).toEqual([
      [
        `/v21.0/${PAGE_ID}/messages`,
        { recipient: { comment_id: commentId }, message: { text: first.body.message.text } },
      ],
    ]);
    const after = (await conversations.detail(message.conversationId)).conversation.replyWindow;
    expect(after.private).toMatchObject({
      open: false,
      reason: expect.stringMatching(/satu balasan pribadi/),
    });
    expect(after.public.open).toBe(true);
    const second = await reply(message.conversationId, { text: 'Lagi', visibility: 'private' });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toBe(after.private.reason);
  });

  it('a private reply to a comment older than 7 days is refused with the reason', async () => {
    const { message } = await citizenComment(8 * 24);
    const res = await reply(message.conversationId, { text: 'Halo', visibility: 'private' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/hanya bisa dikirim dalam 7 hari/);
    expect(graph.requests).toEqual([]);
  });

  it('an expired token is stored on the reply and shown in the inbox, without retrying', async () => {
    const { commentId, message } = await citizenComment();
    graph.respond('POST', `/v21.0/${commentId}/comments`, {
      status: 400,
      body: graphError(190, 'Error validating access token: Session has expired'),
    });
    const res = await reply(message.conversationId, { text: 'Baik, kami cek' });
    const failed = await replyView(message.conversationId, res.body.message.id, 'failed');
    expect(failed.delivery.error).toBe(
      'Token akses Meta kedaluwarsa atau dicabut; hubungkan ulang akun ini di pengaturan kanal. (Meta kode 190: Error validating access token: Session has expired)',
    );
    expect(graph.requests).toHaveLength(1);
  });

  it('a 5xx is retried and the reply is sent on a later attempt', async () => {
    const { commentId, message } = await citizenComment();
    graph.respond(
      'POST',
      `/v21.0/${commentId}/comments`,
      { status: 503, body: graphError(2, 'Service temporarily unavailable') },
      { body: { id: 'after_retry' } },
    );
    const res = await reply(message.conversationId, { text: 'Sedang kami proses' });
    const sent = await replyView(message.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe('after_retry');
    expect(graph.requests).toHaveLength(2);
  });
});

describe('Messenger, Instagram and WhatsApp DM replies', () => {
  it('Messenger: RESPONSE to the PSID within 24 h; refused with a reason after', async () => {
    const { psid, message } = await citizenMessengerDm('Cara urus KK baru?', 1);
    const res = await reply(message.conversationId, { text: 'Silakan ke Disdukcapil dengan KTP' });
    const sent = await replyView(message.conversationId, res.body.message.id, 'sent');
    expect(graph.requests[0]).toMatchObject({
      path: `/v21.0/${PAGE_ID}/messages`,
      body: {
        recipient: { id: psid },
        messaging_type: 'RESPONSE',
        message: { text: res.body.message.text },
      },
    });
    // Messenger's delivery receipt names our reply's mid: the officer sees it delivered.
    await post(
      messagingDelivery('page', [
        { ...messagingEvent(null, { delivery: { mids: [sent.externalId] } }), sender: { id: psid } },
      ]),
    );
    await replyView(message.conversationId, res.body.message.id, 'delivered');

    const { message: old } = await citizenMessengerDm('Halo?', 30);
    const closed =
      'Jendela balas 24 jam Messenger sudah tertutup (pesan terakhir warga 30 jam lalu). Tunggu warga mengirim pesan lagi, atau hubungi warga lewat kanal lain.';
    // The composer is told before the officer types: no public option on a DM, the private window closed.
    expect((await conversations.detail(old.conversationId)).conversation.replyWindow).toMatchObject({
      public: null,
      private: { open: false, reason: closed },
    });
    const refused = await reply(old.conversationId, { text: 'Maaf terlambat' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(closed);
  });

  it('Instagram: a public reply goes under the top-level comment; a private reply to a 30 h old comment is allowed', async () => {
    const top = uid('igtop');
    const child = uid('igc');
    const igsid = uid('igsid');
    await post({
      object: 'instagram',
      entry: [
        {
          id: IG_ID,
          time: secondsAgo(30),
          changes: [
            {
              field: 'comments',
              value: {
                from: { id: igsid, username: 'warga' },
                media: { id: 'media_1' },
                id: child,
                parent_id: top,
                text: 'Kapan vaksin?',
              },
            },
          ],
        },
      ],
    });
    const message = await storedInbound('instagram', IG_ID, child);
    const pub = await reply(message.conversationId, { text: 'Jadwal ada di bio' });
    await replyView(message.conversationId, pub.body.message.id, 'sent');
    const priv = await reply(message.conversationId, {
      text: 'Detail kami kirim via DM',
      visibility: 'private',
    });
    expect(priv.status).toBe(202);
    await replyView(message.conversationId, priv.body.message.id, 'sent');
    expect(graph.requests.map((r) => [r.path, r.body, r.headers.authorization])).toEqual([
      [`/v21.0/${top}/replies`, { message: pub.body.message.text }, `Bearer ${TOKENS.ig}`],
      [
        `/v21.0/${IG_ID}/messages`,
        { recipient: { comment_id: child }, message: { text: priv.body.message.text } },
        `Bearer ${TOKENS.ig}`,
      ],
    ]);
  });

  it('WhatsApp: text reply quoting the citizen message, then delivered/read receipts show on the reply', async () => {
    const { wamid, phone, message } = await citizenWhatsapp('62812', 'Posyandu buka jam berapa?', 2, 'Wati');
    const outId = uid('wamid.OUT');
    graph.respond('POST', `/v21.0/${WA_PHONE_NUMBER_ID}/messages`, {
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: phone, wa_id: phone }],
        messages: [{ id: outId }],
      },
    });
    const res = await reply(message.conversationId, { text: 'Posyandu buka 08.00 WITA' });
    await replyView(message.conversationId, res.body.message.id, 'sent');
    expect(graph.requests[0].headers.authorization).toBe(`Bearer ${TOKENS.wa}`);
    expect(graph.requests[0].body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: phone,
      type: 'text',
      text: { body: res.body.message.text },
      context: { message_id: wamid },
    });

    const receipt = (status: string) => ({
      id: outId,
      status,
      timestamp: String(secondsAgo(0)),
      recipient_id: phone,
    });
    await post(whatsappDelivery({ statuses: [receipt('delivered')] }));
    await replyView(message.conversationId, res.body.message.id, 'delivered');
    await post(whatsappDelivery({ statuses: [receipt('read')] }));
    await replyView(message.conversationId, res.body.message.id, 'read');
  });

  it('WhatsApp: a failed receipt shows the reason on the reply', async () => {
    const { phone, message } = await citizenWhatsapp('62813', 'Halo', 1);
    const outId = uid('wamid.OUT');
    graph.respond('POST', `/v21.0/${WA_PHONE_NUMBER_ID}/messages`, {
      body: { messaging_product: 'whatsapp', messages: [{ id: outId }] },
    });
    const res = await reply(message.conversationId, { text: 'Halo juga' });
    await replyView(message.conversationId, res.body.message.id, 'sent');
    await post(
      whatsappDelivery({
        statuses: [
          {
            id: outId,
            status: 'failed',
            timestamp: String(secondsAgo(0)),
            recipient_id: phone,
            errors: [{ code: 131026, title: 'Message undeliverable' }],
          },
        ],
      }),
    );
    const failed = await replyView(message.conversationId, res.body.message.id, 'failed');
    expect(failed.delivery.error).toBe(
      'Pesan tidak terkirim ke nomor ini (warga mungkin memblokir, tidak memakai WhatsApp, atau aplikasinya usang). (WhatsApp kode 131026: Message undeliverable)',
    );
  });

  it('WhatsApp: outside the 24 h window the reply is refused before queueing', async () => {
    const { message } = await citizenWhatsapp('62814', 'Tolong dibantu', 26.5);
    const res = await reply(message.conversationId, { text: 'Baik' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      'Jendela balas 24 jam WhatsApp sudah tertutup (pesan terakhir warga 26 jam lalu). Gunakan pesan templat atau tunggu warga menghubungi lagi.',
    );
    expect(graph.requests).toEqual([]);
  });
});
