// Meta webhooks end to end: real HTTP endpoint, real X-Hub-Signature-256, queue, worker, MongoDB, API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactModel, ConversationModel, MessageModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';
import {
  A1_FEED_COMMENT,
  A2_MESSENGER_TEXT,
  A3_IG_COMMENT,
  A4_IG_DM,
  A5_WHATSAPP_TEXT,
  IG_ID,
  PAGE_ID,
  WA_PHONE_NUMBER_ID,
  feedComment,
  feedDelivery,
  messagingDelivery,
  messagingEvent,
  postMetaWebhook,
  waMessage,
  whatsappDelivery,
} from '../unit/adapters/meta/samples.js';

let t: TestApp;
let admin: string;
const post = (body: unknown, opts?: Parameters<typeof postMetaWebhook>[3]) =>
  postMetaWebhook(t.url, t.config.META_APP_SECRET!, body, opts);
const stored = (platform: string, accountId: string, externalId: string) =>
  waitForMessageByDedupeKey(`${platform}:${accountId}:${externalId}`);
const settle = () => new Promise((r) => setTimeout(r, 400)); // let any job that should not exist run

async function conversationDetail(messageExternal: {
  platform: string;
  accountId: string;
  externalId: string;
}) {
  const message = await stored(
    messageExternal.platform,
    messageExternal.accountId,
    messageExternal.externalId,
  );
  const res = await t.api(`/api/conversations/${message.conversationId}`, { token: admin });
  expect(res.status).toBe(200);
  return res.body;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
});
afterAll(() => t?.stop());

describe('GET /webhooks/meta handshake', () => {
  it('echoes hub.challenge for our verify token and answers 403 otherwise', async () => {
    const ok = await fetch(
      `${t.url}/webhooks/meta?hub.mode=subscribe&hub.verify_token=${t.config.META_VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(
      `${t.url}/webhooks/meta?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1`,
    );
    expect(wrong.status).toBe(403);
  });
});

describe('POST /webhooks/meta signature', () => {
  it('rejects missing, wrong and sha1-only signatures with 401 and stores nothing', async () => {
    const body = feedDelivery([feedComment({ comment_id: 'sig_test_1' })]);
    const missing = await post(body, { signature: null });
    const wrong = await post(body, { signature: 'sha256=' + 'a'.repeat(64) });
    const { createHmac } = await import('node:crypto');
    const sha1 =
      'sha1=' + createHmac('sha1', t.config.META_APP_SECRET!).update(JSON.stringify(body)).digest('hex');
    const legacy = await post(body, { signature: null, extraHeaders: { 'x-hub-signature': sha1 } });
    expect([missing.status, wrong.status, legacy.status]).toEqual([401, 401, 401]);
    expect((await legacy.json()).error.message).toMatch(/sha1/);
    await settle();
    expect(await MessageModel.exists({ externalId: 'sig_test_1' })).toBeNull();
  });
});

describe('appendix samples become the right conversations', () => {
  it('A1 Facebook comment: a public facebook case threaded per post and citizen', async () => {
    expect((await post(A1_FEED_COMMENT)).status).toBe(200);
    const detail = await conversationDetail({
      platform: 'facebook',
      accountId: PAGE_ID,
      externalId: '122131676912594941_1213590066982748',
    });
    expect(detail.conversation).toMatchObject({ platform: 'facebook', visibility: 'public' });
    expect(detail.conversation.contact.name).toBe('Budi Santoso');
    expect(detail.messages).toHaveLength(1);
    expect(detail.messages[0]).toMatchObject({
      direction: 'inbound',
      text: 'Jalan di depan kantor kelurahan rusak parah, mohon segera diperbaiki.',
      author: { id: '6021234567890123', name: 'Budi Santoso' },
    });
    const conv = await ConversationModel.findById(detail.conversation.id).lean();
    expect(conv!.threadRef).toBe(
      `facebook:${PAGE_ID}:post:448242228374517_122131676912594941:user:6021234567890123`,
    );
  });

  it('A2 Messenger, A4 Instagram DM and A5 WhatsApp become private cases; A3 a public Instagram case', async () => {
    for (const body of [A2_MESSENGER_TEXT, A3_IG_COMMENT, A4_IG_DM, A5_WHATSAPP_TEXT])
      expect((await post(body)).status).toBe(200);
    const messenger = await conversationDetail({
      platform: 'messenger',
      accountId: PAGE_ID,
      externalId: 'm_1457764197618:41d102a3e1ae206a38',
    });
    const igComment = await conversationDetail({
      platform: 'instagram',
      accountId: IG_ID,
      externalId: '17919697626119712',
    });
    const igDm = await conversationDetail({
      platform: 'instagram',
      accountId: IG_ID,
      externalId: 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx…',
    });
    const wa = await conversationDetail({
      platform: 'whatsapp',
      accountId: WA_PHONE_NUMBER_ID,
      externalId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
    });
    expect(messenger.conversation).toMatchObject({ platform: 'messenger', visibility: 'private' });
    expect(igComment.conversation).toMatchObject({ platform: 'instagram', visibility: 'public' });
    expect(igComment.conversation.contact.handle).toBe('warga_bandung');
    expect(igDm.conversation).toMatchObject({ platform: 'instagram', visibility: 'private' });
    expect(wa.conversation).toMatchObject({ platform: 'whatsapp', visibility: 'private' });
    expect(wa.conversation.contact.name).toBe('Dewi Lestari');
    expect(wa.messages[0].text).toBe('Apakah pelayanan Disdukcapil buka hari Sabtu?');
    const waContact = await ContactModel.findById(wa.conversation.contact.id).lean();
    expect(waContact!.phone).toBe('6281234567890');
  });
});

describe('threading and contacts', () => {
  it('a Page comment and a later Messenger DM from the same person are two cases of one contact', async () => {
    const psid = '6029990000000001';
    await post(
      feedDelivery([
        feedComment({
          from: { id: psid, name: 'Sari' },
          comment_id: 'thr_c1',
          message: 'Drainase mampet di Jl. Pramuka',
        }),
      ]),
    );
    await post(
      messagingDelivery('page', [
        { ...messagingEvent({ mid: 'thr_m1', text: 'Ini lanjutan soal drainase' }), sender: { id: psid } },
      ]),
    );
    const comment = await stored('facebook', PAGE_ID, 'thr_c1');
    const dm = await stored('messenger', PAGE_ID, 'thr_m1');
    expect(comment.conversationId).not.toEqual(dm.conversationId);
    const [c1, c2] = await Promise.all([
      ConversationModel.findById(comment.conversationId).lean(),
      ConversationModel.findById(dm.conversationId).lean(),
    ]);
    expect(String(c1!.contactId)).toBe(String(c2!.contactId));
    expect((await ContactModel.findById(c1!.contactId).lean())!.name).toBe('Sari'); // the nameless DM keeps the name
  });

  it('two comments by one citizen under one post are one case; under another post another case', async () => {
    const author = { id: '6029990000000002', name: 'Andi' };
    const postA = `${PAGE_ID}_700001`;
    const postB = `${PAGE_ID}_700002`;
    await post(
      feedDelivery([
        feedComment({ from: author, comment_id: 'thr_a1', post_id: postA, parent_id: postA }),
        feedComment({ from: author, comment_id: 'thr_a2', post_id: postA, parent_id: postA }),
        feedComment({ from: author, comment_id: 'thr_b1', post_id: postB, parent_id: postB }),
      ]),
    );
    const [a1, a2, b1] = await Promise.all(
      ['thr_a1', 'thr_a2', 'thr_b1'].map((id) => stored('facebook', PAGE_ID, id)),
    );
    expect(String(a1.conversationId)).toBe(String(a2.conversationId));
    expect(String(b1.conversationId)).not.toBe(String(a1.conversationId));
  });

  it('an Instagram comment and a later DM by the same IGSID share one contact', async () => {
    const igsid = '2105722729999999';
    await post({
      object: 'instagram',
      entry: [
        {
          id: IG_ID,
          time: 1755779280,
          changes: [
            {
              field: 'comments',
              value: {
                from: { id: igsid, username: 'warga_smd' },
                media: { id: '1817' },
                id: 'thr_ig_c',
                text: 'Info vaksin?',
              },
            },
          ],
        },
      ],
    });
    await post(
      messagingDelivery('instagram', [
        {
          ...messagingEvent({ mid: 'thr_ig_m', text: 'Saya DM ya min' }, {}, 'instagram'),
          sender: { id: igsid },
        },
      ]),
    );
    const [c, m] = await Promise.all([
      stored('instagram', IG_ID, 'thr_ig_c'),
      stored('instagram', IG_ID, 'thr_ig_m'),
    ]);
    const [cc, cm] = await Promise.all([
      ConversationModel.findById(c.conversationId).lean(),
      ConversationModel.findById(m.conversationId).lean(),
    ]);
    expect(String(cc!.contactId)).toBe(String(cm!.contactId));
  });
});

describe('delivery semantics', () => {
  it("Meta's retries never duplicate", async () => {
    const body = feedDelivery([feedComment({ comment_id: 'dup_1', message: 'Sampah belum diangkut' })]);
    const responses = await Promise.all([post(body), post(body), post(body)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    await stored('facebook', PAGE_ID, 'dup_1');
    await settle();
    expect(await MessageModel.countDocuments({ dedupeKey: `facebook:${PAGE_ID}:dup_1` })).toBe(1);
  });

  it('a batch with one bad entry stores the good ones and answers 200', async () => {
    const body = {
      object: 'page',
      entry: [
        {
          id: PAGE_ID,
          time: 1742667607,
          changes: [{ field: 'feed', value: feedComment({ comment_id: 'batch_1' }) }],
        },
        { time: 1742667607, changes: [{ field: 'feed', value: feedComment({ comment_id: 'batch_bad' }) }] },
        { id: PAGE_ID, time: 1742667700123, messaging: [messagingEvent({ mid: 'batch_m1', text: 'halo' })] },
      ],
    };
    expect((await post(body)).status).toBe(200);
    await stored('facebook', PAGE_ID, 'batch_1');
    await stored('messenger', PAGE_ID, 'batch_m1');
    expect(await MessageModel.exists({ externalId: 'batch_bad' })).toBeNull();
  });

  it('edits, hides and removes update the stored comment instead of adding messages', async () => {
    await post(feedDelivery([feedComment({ comment_id: 'edit_1', message: 'Jalan berlubang' })]));
    const original = await stored('facebook', PAGE_ID, 'edit_1');
    await post(
      feedDelivery(
        [feedComment({ comment_id: 'edit_1', verb: 'edited', message: 'Jalan berlubang besar, bahaya 🚧' })],
        1742670000,
      ),
    );
    await waitFor(async () => (await MessageModel.findById(original._id).lean())?.edited);
    await post(feedDelivery([feedComment({ comment_id: 'edit_1', verb: 'hide' })], 1742670100));
    await waitFor(async () => (await MessageModel.findById(original._id).lean())?.hidden);
    await post(feedDelivery([feedComment({ comment_id: 'edit_1', verb: 'remove' })], 1742670200));
    await waitFor(async () => (await MessageModel.findById(original._id).lean())?.removed);
    const detail = (await t.api(`/api/conversations/${original.conversationId}`, { token: admin })).body;
    const versions = detail.messages.filter((m: { externalId: string }) => m.externalId === 'edit_1');
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ edited: true, hidden: true, removed: true, text: '' });
    expect((await MessageModel.findById(original._id).lean())!.text).toBe('Jalan berlubang besar, bahaya 🚧');
  });

  it('our own echoes never become inbound messages', async () => {
    await post(feedDelivery([feedComment({ from: { id: PAGE_ID, name: 'Pemprov' }, comment_id: 'echo_c' })]));
    await post(
      messagingDelivery('page', [
        {
          sender: { id: PAGE_ID },
          recipient: { id: '7012345678901234' },
          timestamp: Date.now(),
          message: { mid: 'echo_m', text: 'balasan kita', is_echo: true },
        },
      ]),
    );
    await post(
      whatsappDelivery({
        messages: [waMessage('text', { body: 'balasan kita' }, { from: '6221555012345', id: 'wamid.ECHO' })],
      }),
    );
    await settle();
    expect(
      await MessageModel.countDocuments({ externalId: { $in: ['echo_c', 'echo_m', 'wamid.ECHO'] } }),
    ).toBe(0);
  });

  it('ids above 2^53 sent as bare numbers, and emoji, arrive intact', async () => {
    const raw = `{"object":"page","entry":[{"id":${PAGE_ID},"time":1742667700123,"messaging":[{"sender":{"id":90071992547409931},"recipient":{"id":${PAGE_ID}},"timestamp":1742667699876,"message":{"mid":"big_1","text":"Banjir \\ud83c\\udf0a setinggi lutut di Sempaja"}}]}]}`;
    expect((await post(raw)).status).toBe(200);
    const message = await stored('messenger', PAGE_ID, 'big_1');
    expect(message.author!.id).toBe('90071992547409931');
    expect(message.text).toBe('Banjir 🌊 setinggi lutut di Sempaja');
  });

  it('WhatsApp attachments are stored as structured attachments', async () => {
    await post(
      whatsappDelivery({
        messages: [
          waMessage(
            'image',
            { id: '1479537139650973', mime_type: 'image/jpeg', caption: 'Pohon tumbang' },
            { id: 'wamid.IMG' },
          ),
          waMessage(
            'location',
            { latitude: -0.5021, longitude: 117.1536, name: 'Simpang Lembuswana' },
            { id: 'wamid.LOC' },
          ),
        ],
      }),
    );
    const image = await stored('whatsapp', WA_PHONE_NUMBER_ID, 'wamid.IMG');
    const location = await stored('whatsapp', WA_PHONE_NUMBER_ID, 'wamid.LOC');
    expect(image.attachments[0]).toMatchObject({
      type: 'image',
      mediaId: '1479537139650973',
      caption: 'Pohon tumbang',
    });
    expect(location.attachments[0]).toMatchObject({
      type: 'location',
      location: { latitude: -0.5021, longitude: 117.1536 },
    });
    expect(String(image.conversationId)).toBe(String(location.conversationId));
  });
});
