// Telegram end to end: real HTTP webhook with the secret header -> queue -> conversation in the API, and an
// officer's reply -> outbound queue -> sendMessage on a fake Bot API server, with failures shown on the reply.
import { describe, expect, it } from 'vitest';
import { MessageModel } from '../../src/store/index.js';
import { TEST_SECRETS, waitFor } from '../support/app.js';
import { useChannelApp } from '../support/channel-app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';
import { GROUP_CHAT, postTelegram } from '../unit/adapters/telegram/samples.js';

const BOT = 'bot-humas';
const BOT_TOKEN = '7000000001:AAtest-token';
const channel = useChannelApp({
  apiUrlVariable: 'TELEGRAM_API_URL',
  account: {
    platform: 'telegram',
    accountId: BOT,
    name: 'Bot Humas',
    credentials: { botToken: BOT_TOKEN },
  },
  okResponse: { status: 200, body: { ok: true, result: { message_id: 9001, chat: { id: 1 } } } },
});
let seq = 0;
const nextId = () => 100_000 + ++seq;

/** A private chat of its own per test, so conversations never mix. */
function citizen() {
  const id = 5_100_000_000 + ++seq;
  return {
    from: { id, is_bot: false, first_name: 'Rina', last_name: 'W', username: `rina${seq}` },
    chat: { id, type: 'private' },
  };
}
const update = (message: Record<string, unknown>, kind: 'message' | 'edited_message' = 'message') => ({
  update_id: nextId(),
  [kind]: { date: Math.floor(Date.now() / 1000), ...message },
});
const post = (body: unknown) => postTelegram(channel.t.url, TEST_SECRETS.TELEGRAM_SECRET_TOKEN, body, BOT);
const stored = (chatId: number, messageId: number) =>
  waitForMessageByDedupeKey(`telegram:${BOT}:${chatId}:${messageId}`);

/** A new citizen's private message to the bot, once stored. */
async function privateMessageStored(text: string) {
  const c = citizen();
  const id = nextId();
  await post(update({ ...c, message_id: id, text }));
  return { c, id, inbound: await stored(c.chat.id, id) };
}

describe('Telegram webhook', () => {
  it('a private message becomes a private conversation of the bot; the next one joins it, an edit updates it', async () => {
    const c = citizen();
    const first = nextId();
    const res = await post(
      update({ ...c, message_id: first, text: 'Sampah menumpuk di RT 05 sudah seminggu 😷' }),
    );
    expect(res.status).toBe(200);
    const m1 = await stored(c.chat.id, first);
    const second = nextId();
    await post(update({ ...c, message_id: second, text: 'Mohon segera diangkut' }));
    const m2 = await stored(c.chat.id, second);
    expect(String(m2.conversationId)).toBe(String(m1.conversationId));

    await post(
      update(
        {
          ...c,
          message_id: first,
          text: 'Sampah menumpuk di RT 05 dan RT 06',
          edit_date: Math.floor(Date.now() / 1000),
        },
        'edited_message',
      ),
    );
    const view = await waitFor(async () => {
      const d = await channel.detail(m1.conversationId);
      return d.messages.find((m: { text: string }) => m.text === 'Sampah menumpuk di RT 05 dan RT 06')
        ? d
        : null;
    });
    expect(view.conversation).toMatchObject({ platform: 'telegram', accountId: BOT, visibility: 'private' });
    expect(view.messages.map((m: { text: string; edited: boolean }) => [m.text, m.edited])).toEqual([
      ['Sampah menumpuk di RT 05 dan RT 06', true],
      ['Mohon segera diangkut', false],
    ]);
  });

  it('group members each get a public conversation of their own; bots are ignored', async () => {
    const a = citizen();
    const b = citizen();
    const idA = nextId();
    const idB = nextId();
    await post(
      update({ from: a.from, chat: GROUP_CHAT, message_id: idA, text: 'Lampu jalan mati di Jl. Juanda' }),
    );
    await post(update({ from: b.from, chat: GROUP_CHAT, message_id: idB, text: 'Drainase tersumbat' }));
    const botId = nextId();
    await post(
      update({
        from: { id: 42, is_bot: true, first_name: 'Bot' },
        chat: GROUP_CHAT,
        message_id: botId,
        text: 'spam',
      }),
    );
    const [ma, mb] = [await stored(GROUP_CHAT.id, idA), await stored(GROUP_CHAT.id, idB)];
    expect(String(ma.conversationId)).not.toBe(String(mb.conversationId));
    expect((await channel.detail(ma.conversationId)).conversation.visibility).toBe('public');
    await new Promise((r) => setTimeout(r, 300));
    expect(await MessageModel.exists({ dedupeKey: `telegram:${BOT}:${GROUP_CHAT.id}:${botId}` })).toBeNull();
  });

  it('a wrong or missing secret token is refused with 401 and stores nothing', async () => {
    const c = citizen();
    const id = nextId();
    const body = update({ ...c, message_id: id, text: 'halo' });
    const wrong = await postTelegram(channel.t.url, 'not-the-secret', body, BOT);
    const missing = await postTelegram(channel.t.url, null, body, BOT);
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect((await missing.json()).error.message).toMatch(/X-Telegram-Bot-Api-Secret-Token/);
    await new Promise((r) => setTimeout(r, 200));
    expect(await MessageModel.exists({ dedupeKey: `telegram:${BOT}:${c.chat.id}:${id}` })).toBeNull();
  });
});

describe('Telegram replies', () => {
  it('POSTs sendMessage with the bot token, threaded under the citizen message, and shows it sent', async () => {
    const { c, id, inbound } = await privateMessageStored('Jalan berlubang di depan SDN 005');
    channel.fake.respondWith(() => ({
      status: 200,
      body: { ok: true, result: { message_id: 7777, chat: { id: c.chat.id } } },
    }));
    const res = await channel.reply(inbound.conversationId, {
      text: 'Terima kasih, laporan diteruskan ke Dinas PUPR 🙏',
    });
    expect(res.status).toBe(202);
    const sent = await channel.waitForReplyStatus(inbound.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe(`${c.chat.id}:7777`);
    expect(channel.fake.requests).toHaveLength(1);
    expect(channel.fake.requests[0]).toMatchObject({ method: 'POST', path: `/bot${BOT_TOKEN}/sendMessage` });
    expect(channel.fake.requests[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(channel.fake.requests[0].body)).toEqual({
      chat_id: String(c.chat.id),
      text: res.body.message.text,
      reply_parameters: { message_id: id, allow_sending_without_reply: true },
    });
  });

  it('a citizen who blocked the bot: the reply fails once, with the reason shown', async () => {
    const { inbound } = await privateMessageStored('Air PDAM keruh');
    channel.fake.respondWith(() => ({
      status: 403,
      body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
    }));
    const res = await channel.reply(inbound.conversationId, { text: 'Baik' });
    const failed = await channel.waitForReplyStatus(inbound.conversationId, res.body.message.id, 'failed');
    expect(failed.delivery.error).toBe(
      'Warga memblokir bot atau belum pernah memulai percakapan dengan bot; balasan tidak dapat dikirim. (Telegram 403: Forbidden: bot was blocked by the user)',
    );
    expect(channel.fake.requests).toHaveLength(1);
  });

  it('a 429 is retried and the reply goes out on a later attempt', async () => {
    const { c, inbound } = await privateMessageStored('Pohon tumbang di jalan');
    let calls = 0;
    channel.fake.respondWith(() =>
      ++calls === 1
        ? {
            status: 429,
            body: {
              ok: false,
              error_code: 429,
              description: 'Too Many Requests: retry after 1',
              parameters: { retry_after: 1 },
            },
          }
        : { status: 200, body: { ok: true, result: { message_id: 8888, chat: { id: c.chat.id } } } },
    );
    const res = await channel.reply(inbound.conversationId, { text: 'Segera' });
    const sent = await channel.waitForReplyStatus(inbound.conversationId, res.body.message.id, 'sent');
    expect(sent.externalId).toBe(`${c.chat.id}:8888`);
    expect(channel.fake.requests).toHaveLength(2);
  });
});

describe('Telegram files', () => {
  it('a photo and a document are fetched with getFile through the API: the photo inline, the document as a download', async () => {
    const c = citizen();
    const photoId = nextId();
    const docId = nextId();
    await post(
      update({
        ...c,
        message_id: photoId,
        caption: 'Jalan amblas',
        photo: [
          { file_id: 'AgAD-small', file_unique_id: 's', width: 90, height: 90 },
          { file_id: 'AgAD-large', file_unique_id: 'l', width: 1280, height: 960 },
        ],
      }),
    );
    await post(
      update({
        ...c,
        message_id: docId,
        document: {
          file_id: 'BQAD-doc',
          file_unique_id: 'd',
          file_name: 'surat <rt>.pdf',
          mime_type: 'application/pdf',
        },
      }),
    );
    const photoMessage = await stored(c.chat.id, photoId);
    await stored(c.chat.id, docId);
    const paths: Record<string, string> = {
      'AgAD-large': 'photos/file_7.jpg',
      'BQAD-doc': 'documents/file_8.pdf',
    };
    channel.fake.respondWith((req) => {
      const url = new URL(req.path, channel.fake.url);
      if (url.pathname === `/bot${BOT_TOKEN}/getFile`) {
        const path = paths[url.searchParams.get('file_id') ?? ''];
        return path
          ? { status: 200, body: { ok: true, result: { file_id: 'x', file_size: 9, file_path: path } } }
          : {
              status: 400,
              body: { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' },
            };
      }
      const raw = url.pathname.endsWith('.jpg') ? Buffer.from('JPEG-BYTES') : Buffer.from('%PDF-1.4 <html>');
      return { status: 200, body: null, raw };
    });
    const detail = await channel.detail(photoMessage.conversationId);
    type Shown = { type: string; mediaUrl?: string; mediaId?: string };
    const shown: Shown[] = detail.messages.map((m: { attachments: Shown[] }) => m.attachments[0]);
    const photo = shown.find((a) => a.type === 'image')!;
    const doc = shown.find((a) => a.type === 'document')!;
    // The file id (and the token it needs) stays on the server; the inbox gets our own path.
    expect(photo).toMatchObject({
      type: 'image',
      caption: 'Jalan amblas',
      mediaUrl: expect.stringMatching(/^\/api\/conversations\/.+\/attachments\/0$/),
    });
    expect(photo.mediaId).toBeUndefined();
    expect(doc.mediaId).toBeUndefined();

    const token = await channel.t.login(channel.t.config.SEED_ADMIN_EMAIL);
    const get = (path: string, auth = token) =>
      fetch(`${channel.t.url}${path}`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });
    const image = await get(photo.mediaUrl!);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('content-disposition')).toMatch(/^inline/);
    expect(await image.text()).toBe('JPEG-BYTES');
    const pdf = await get(doc.mediaUrl!);
    expect(pdf.headers.get('content-type')).toBe('application/octet-stream');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="surat _rt_.pdf"');
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pdf.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(await pdf.text()).toBe('%PDF-1.4 <html>');
    expect(channel.fake.requests.map((r) => r.path)).toEqual([
      `/bot${BOT_TOKEN}/getFile?file_id=AgAD-large`,
      `/file/bot${BOT_TOKEN}/photos/file_7.jpg`,
      `/bot${BOT_TOKEN}/getFile?file_id=BQAD-doc`,
      `/file/bot${BOT_TOKEN}/documents/file_8.pdf`,
    ]);
    expect((await get(photo.mediaUrl!, '')).status).toBe(401);
  });

  it('a file Telegram no longer gives out is a clear 404, and Telegram down a 502', async () => {
    const c = citizen();
    const id = nextId();
    await post(
      update({
        ...c,
        message_id: id,
        document: { file_id: 'BQAD-gone', file_unique_id: 'g', file_name: 'a.pdf' },
      }),
    );
    const m = await stored(c.chat.id, id);
    const [message] = (await channel.detail(m.conversationId)).messages;
    const token = await channel.t.login(channel.t.config.SEED_ADMIN_EMAIL);
    const get = () =>
      fetch(`${channel.t.url}${message.attachments[0].mediaUrl}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    channel.fake.respondWith(() => ({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' },
    }));
    const gone = await get();
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.message).toMatch(
      /^Telegram tidak memberikan berkas ini \(Bad Request: invalid file_id\)/,
    );
    channel.fake.respondWith(() => ({ status: 502, body: { ok: false, description: 'Bad Gateway' } }));
    expect((await get()).status).toBe(502);
  });
});
