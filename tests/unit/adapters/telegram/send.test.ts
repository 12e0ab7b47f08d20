import { describe, expect, it } from 'vitest';
import { planSendMessage, sendTelegramReply } from '../../../../adapters/telegram/send.js';
import type { OutboundReply } from '../../../../adapters/types.js';
import { sendContextFor, stubFetch } from '../../../support/stub-fetch.js';

const dmReply = (fields: Partial<OutboundReply> = {}): OutboundReply => ({
  platform: 'telegram',
  accountId: 'default',
  visibility: 'private',
  text: 'Terima kasih, laporan diteruskan ke DLH.',
  inReplyTo: { externalId: '5123456789:1542', meta: { kind: 'dm', chatId: '5123456789', messageId: '1542' } },
  recipient: { id: '5123456789' },
  threadKey: 'chat:5123456789',
  ...fields,
});

const ctx = sendContextFor('http://tg.test/', { botToken: '123:ABC' });

describe('Telegram sendMessage plan', () => {
  it('answers in the chat, threaded under the citizen message', () => {
    expect(planSendMessage(dmReply())).toEqual({
      chat_id: '5123456789',
      text: 'Terima kasih, laporan diteruskan ke DLH.',
      reply_parameters: { message_id: 1542, allow_sending_without_reply: true },
    });
  });

  it('a public answer in a group goes to the group; a private one to the member directly', () => {
    const groupMeta = { kind: 'group', chatId: '-1001987654321', messageId: '88', messageThreadId: '5' };
    const inReplyTo = { externalId: '-1001987654321:88', meta: groupMeta };
    expect(planSendMessage(dmReply({ visibility: 'public', inReplyTo, recipient: { id: '42' } }))).toEqual({
      chat_id: '-1001987654321',
      text: 'Terima kasih, laporan diteruskan ke DLH.',
      reply_parameters: { message_id: 88, allow_sending_without_reply: true },
      message_thread_id: 5,
    });
    expect(planSendMessage(dmReply({ visibility: 'private', inReplyTo, recipient: { id: '42' } }))).toEqual({
      chat_id: '42',
      text: 'Terima kasih, laporan diteruskan ke DLH.',
    });
  });
});

describe('Telegram send', () => {
  it('POSTs to /bot<token>/sendMessage and returns chat:message as the reply id', async () => {
    const { calls, fetch } = stubFetch(200, {
      ok: true,
      result: { message_id: 1600, chat: { id: 5123456789 } },
    });
    expect(await sendTelegramReply(dmReply(), ctx(fetch))).toEqual({
      ok: true,
      externalId: '5123456789:1600',
    });
    expect(calls[0].url).toBe('http://tg.test/bot123:ABC/sendMessage');
    expect(calls[0].init.method).toBe('POST');
  });

  it('429 is retryable after retry_after seconds', async () => {
    const { fetch } = stubFetch(429, {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 17',
      parameters: { retry_after: 17 },
    });
    expect(await sendTelegramReply(dmReply(), ctx(fetch))).toEqual({
      ok: false,
      retryable: true,
      retryAfterMs: 17_000,
      error:
        'Batas kirim Telegram tercapai; balasan dicoba lagi otomatis. (Telegram 429: Too Many Requests: retry after 17)',
    });
  });

  it('403 (citizen blocked the bot) is final, explained in Indonesian', async () => {
    const { fetch } = stubFetch(403, {
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    expect(await sendTelegramReply(dmReply(), ctx(fetch))).toEqual({
      ok: false,
      retryable: false,
      error:
        'Warga memblokir bot atau belum pernah memulai percakapan dengan bot; balasan tidak dapat dikirim. (Telegram 403: Forbidden: bot was blocked by the user)',
    });
  });

  it('400 is final; 5xx and network errors are retried', async () => {
    const bad = await sendTelegramReply(
      dmReply(),
      ctx(stubFetch(400, { ok: false, description: 'Bad Request: chat not found' }).fetch),
    );
    expect(bad).toMatchObject({ ok: false, retryable: false });
    expect((bad as { error: string }).error).toMatch(/^Telegram menolak balasan/);
    expect(await sendTelegramReply(dmReply(), ctx(stubFetch(502, 'Bad Gateway').fetch))).toMatchObject({
      ok: false,
      retryable: true,
    });
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    expect(await sendTelegramReply(dmReply(), ctx(down))).toEqual({
      ok: false,
      retryable: true,
      error: 'Gagal menghubungi Telegram (jaringan); dicoba lagi otomatis.',
    });
  });

  it('refuses without a bot token or above 4096 characters, without calling Telegram', async () => {
    const { calls, fetch } = stubFetch(200, {});
    expect(await sendTelegramReply(dmReply(), ctx(fetch, {}))).toMatchObject({ ok: false, retryable: false });
    expect(await sendTelegramReply(dmReply({ text: 'a'.repeat(4097) }), ctx(fetch))).toMatchObject({
      ok: false,
      error: 'Balasan Telegram maksimal 4096 karakter.',
    });
    expect(calls).toEqual([]);
  });
});
