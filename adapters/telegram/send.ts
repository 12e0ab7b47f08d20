// Replies through the Bot API's sendMessage, threaded under the citizen's message.
import {
  classifyHttpFailure,
  joinUrl,
  notRetryable,
  postJson,
  unreachableFailure,
  type SendFailure,
} from '../http-send.js';
import { num, obj, str } from '../json.js';
import type { OutboundReply, SendContext, SendResult } from '../types.js';
import { telegramMessageKey } from './parse.js';

const MAX_TEXT = 4096;

/** Pure: the sendMessage body. A private answer to a group message goes to the citizen's own chat with the bot. */
export function planSendMessage(reply: OutboundReply): Record<string, unknown> {
  const meta = reply.inReplyTo.meta ?? {};
  const inGroup = meta.kind === 'group';
  const toCitizenPrivately = inGroup && reply.visibility === 'private';
  const chatId = toCitizenPrivately ? reply.recipient.id : (meta.chatId ?? reply.recipient.id);
  const messageId = meta.messageId ?? reply.inReplyTo.externalId.split(':').pop();
  const body: Record<string, unknown> = { chat_id: chatId, text: reply.text };
  if (!toCitizenPrivately && messageId) {
    // Still deliver the answer if the citizen deleted the message it replies to.
    body.reply_parameters = { message_id: Number(messageId), allow_sending_without_reply: true };
    if (meta.messageThreadId) body.message_thread_id = Number(meta.messageThreadId);
  }
  return body;
}

/** Bot API errors: {ok:false, error_code, description, parameters:{retry_after}}. */
export function telegramFailure(status: number, body: unknown): SendFailure {
  const b = obj(body);
  const seconds = num(obj(b?.parameters)?.retry_after);
  return classifyHttpFailure({
    platform: 'Telegram',
    limitNoun: 'kirim',
    status,
    throttled: status === 429,
    retryAfterMs: seconds === undefined ? undefined : seconds * 1000,
    detail: ` (Telegram ${status}: ${str(b?.description) ?? `HTTP ${status}`})`,
    refusal:
      status === 401 || status === 404
        ? 'Token bot Telegram tidak valid; periksa pengaturan kanal.'
        : status === 403
          ? 'Warga memblokir bot atau belum pernah memulai percakapan dengan bot; balasan tidak dapat dikirim.'
          : 'Telegram menolak balasan (percakapan tidak ditemukan atau isi pesan tidak valid).',
  });
}

export async function sendTelegramReply(reply: OutboundReply, ctx: SendContext): Promise<SendResult> {
  const token = ctx.credentials.botToken;
  if (!token) return notRetryable('Token bot Telegram belum diatur; hubungkan bot di pengaturan kanal.');
  if (reply.text.length > MAX_TEXT) return notRetryable(`Balasan Telegram maksimal ${MAX_TEXT} karakter.`);
  // The token is part of the path by Bot API design: never log this URL.
  const url = joinUrl(ctx.baseUrl, `/bot${token}/sendMessage`);
  const response = await postJson(ctx.fetch, url, { headers: {}, body: planSendMessage(reply) });
  if (!response.reached) return unreachableFailure('Telegram', response.why);
  const { body } = response;
  if (!response.ok || obj(body)?.ok !== true) return telegramFailure(response.status, body);
  const result = obj(obj(body)?.result);
  const chatId = str(obj(result?.chat)?.id);
  const messageId = str(result?.message_id);
  if (!chatId || !messageId) return notRetryable('Telegram tidak mengembalikan id pesan balasan.');
  return { ok: true, externalId: telegramMessageKey(chatId, messageId) };
}
