// X end to end: CRC over real HTTP, signed Account Activity deliveries -> conversations in the API, and
// officer replies -> reply tweets / DMs on a fake X API, with failures shown on the reply.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MessageModel } from '../../src/store/index.js';
import { TEST_SECRETS } from '../support/app.js';
import { useChannelApp } from '../support/channel-app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';
import { A6_TWEET, A7_DM, FOR_USER_ID, dmEvent, postX, tweet } from '../unit/adapters/x/samples.js';

const ACCESS_TOKEN = 'x-oauth2-user-token';
const SECRET = TEST_SECRETS.X_CONSUMER_SECRET;
const channel = useChannelApp({
  apiUrlVariable: 'X_API_URL',
  account: {
    platform: 'x',
    accountId: FOR_USER_ID,
    name: '@pemkot_contoh',
    credentials: { accessToken: ACCESS_TOKEN },
  },
  okResponse: { status: 201, body: { data: { id: '1904099999999999999' } } },
});
let seq = 0;
/** Distinct 19-digit ids per test (above 2^53, so any rounding would show). */
const bigId = () => `19040${String(Date.now()).slice(-9)}${String(++seq).padStart(5, '0')}`;

const post = (body: unknown, signature?: string) => postX(channel.t.url, SECRET, body, signature);
const stored = (externalId: string) => waitForMessageByDedupeKey(`x:${FOR_USER_ID}:${externalId}`);

function mention(text: string, userId = `9876${++seq}`) {
  const id = bigId();
  const body = {
    for_user_id: FOR_USER_ID,
    tweet_create_events: [
      tweet({
        id_str: id,
        text,
        user: { id_str: userId, name: 'Siti', screen_name: `siti${seq}` },
        timestamp_ms: String(Date.now()),
      }),
    ],
  };
  return { id, userId, body };
}
function dm(text: string, senderId = `5550${++seq}`) {
  const id = bigId();
  const body = {
    for_user_id: FOR_USER_ID,
    direct_message_events: [
      dmEvent({ id, created_timestamp: String(Date.now()) }, { sender_id: senderId, message_data: { text } }),
    ],
    users: { [senderId]: { id: senderId, name: 'Budi', screen_name: `budi${seq}` } },
  };
  return { id, senderId, body };
}

describe('X webhook', () => {
  it('answers the CRC challenge with the base64 HMAC of crc_token, and 400 without one', async () => {
    const res = await fetch(
      `${channel.t.url}/webhooks/x?crc_token=${encodeURIComponent('challenge+/=token')}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const expected = createHmac('sha256', SECRET).update('challenge+/=token').digest('base64');
    expect(await res.json()).toEqual({ response_token: `sha256=${expected}` });
    expect((await fetch(`${channel.t.url}/webhooks/x`)).status).toBe(400);
  });

  it('the A6 mention becomes a public conversation with its exact 19-digit id', async () => {
    expect((await post(A6_TWEET)).status).toBe(200);
    const m = await stored('1904012345678901234');
    const view = await channel.detail(m.conversationId);
    expect(view.conversation).toMatchObject({ platform: 'x', accountId: FOR_USER_ID, visibility: 'public' });
    expect(view.conversation.contact).toMatchObject({ name: 'Siti Aminah', handle: 'sitiaminah' });
    expect(view.messages[0]).toMatchObject({
      externalId: '1904012345678901234',
      text: '@pemkot_contoh lampu jalan di Jl. Merdeka mati sejak seminggu',
    });
  });

  it('the A7 DM becomes a private conversation; our own DM echo adds nothing', async () => {
    expect((await post(A7_DM)).status).toBe(200);
    const m = await stored('1904020000000000000');
    expect((await channel.detail(m.conversationId)).conversation.visibility).toBe('private');
    const echoId = bigId();
    const echo = {
      for_user_id: FOR_USER_ID,
      direct_message_events: [
        dmEvent({ id: echoId }, { sender_id: FOR_USER_ID, target: { recipient_id: '987654321' } }),
      ],
    };
    const res = await post(echo);
    expect(await res.json()).toEqual({ received: 0 });
    expect(await MessageModel.exists({ dedupeKey: `x:${FOR_USER_ID}:${echoId}` })).toBeNull();
  });

  it('a wrong or missing signature is refused with 401 and stores nothing', async () => {
    const { id, body } = mention('@pemkot_contoh banjir');
    const hex = 'sha256=' + createHmac('sha256', SECRET).update(JSON.stringify(body)).digest('hex');
    expect((await post(body, hex)).status).toBe(401);
    const missing = await fetch(`${channel.t.url}/webhooks/x`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.message).toMatch(/x-twitter-webhooks-signature/);
    await new Promise((r) => setTimeout(r, 200));
    expect(await MessageModel.exists({ dedupeKey: `x:${FOR_USER_ID}:${id}` })).toBeNull();
  });
});

describe('X replies', () => {
  it('a public reply is a reply tweet with the bearer token; the new tweet id is kept', async () => {
    const { id, body } = mention('@pemkot_contoh jembatan Mahakam macet total');
    await post(body);
    const m = await stored(id);
    channel.fake.respondWith(() => ({
      status: 201,
      body: { data: { id: '1904088888888888888', text: '…' } },
    }));
    const res = await channel.reply(m.conversationId, { text: 'Terima kasih, kami teruskan ke Dishub.' });
    expect(res.status).toBe(202);
    const sent = await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe('1904088888888888888');
    expect(channel.fake.requests).toHaveLength(1);
    expect(channel.fake.requests[0]).toMatchObject({ method: 'POST', path: '/2/tweets' });
    expect(channel.fake.requests[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(JSON.parse(channel.fake.requests[0].body)).toEqual({
      text: res.body.message.text,
      reply: { in_reply_to_tweet_id: id },
    });
  });

  it('a DM reply goes to the sender through dm_conversations/with/<id>/messages', async () => {
    const { id, senderId, body } = dm('Syarat akta kelahiran apa saja?');
    await post(body);
    const m = await stored(id);
    channel.fake.respondWith(() => ({
      status: 201,
      body: { data: { dm_conversation_id: 'c', dm_event_id: '1904077777777777777' } },
    }));
    const res = await channel.reply(m.conversationId, {
      text: 'Silakan bawa KK dan surat keterangan lahir.',
    });
    const sent = await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe('1904077777777777777');
    expect(channel.fake.requests[0].path).toBe(`/2/dm_conversations/with/${senderId}/messages`);
    expect(JSON.parse(channel.fake.requests[0].body)).toEqual({ text: res.body.message.text });
  });

  it('a 403 (citizen limits who can reply) fails without retrying and shows why', async () => {
    const { id, body } = mention('@pemkot_contoh parkir liar');
    await post(body);
    const m = await stored(id);
    channel.fake.respondWith(() => ({
      status: 403,
      body: {
        title: 'Forbidden',
        detail:
          'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author.',
      },
    }));
    const res = await channel.reply(m.conversationId, { text: 'Akan kami tindak' });
    const failed = await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'failed');
    expect(failed.delivery.error).toMatch(
      /^X tidak mengizinkan balasan ini .*\(X 403: Reply to this conversation is not allowed/,
    );
    expect(channel.fake.requests).toHaveLength(1);
  });

  it('a 429 is retried and sent on a later attempt', async () => {
    const { id, body } = mention('@pemkot_contoh sampah');
    await post(body);
    const m = await stored(id);
    let calls = 0;
    channel.fake.respondWith(() =>
      ++calls === 1
        ? { status: 429, body: { title: 'Too Many Requests' } }
        : { status: 201, body: { data: { id: '1904066666666666666' } } },
    );
    const res = await channel.reply(m.conversationId, { text: 'Diteruskan ke DLH' });
    expect((await channel.waitForReplyStatus(m.conversationId, res.body.message.id, 'sent')).externalId).toBe(
      '1904066666666666666',
    );
    expect(channel.fake.requests).toHaveLength(2);
  });
});
