// Telegram Update -> InboundMessage. One update carries at most one message; an edit keeps its message_id.
import { flatMeta, isObject, obj, parseJsonBody, str, toIso, type JsonObject } from '../json.js';
import type { InboundMessage, IncomingRequest, ParsedDelivery } from '../types.js';
import { telegramAttachments } from './attachments.js';

/** One bot per route: POST /webhooks/telegram/:source names it; the bare route is the "default" bot. */
export function telegramAccountId(req: IncomingRequest): string {
  return req.params.source || 'default';
}

/** message_id is unique only inside a chat, so the chat is part of the message key. */
export const telegramMessageKey = (chatId: string, messageId: string) => `${chatId}:${messageId}`;

function authorOf(from: JsonObject) {
  const name = [str(from.first_name), str(from.last_name)].filter(Boolean).join(' ');
  return { id: str(from.id)!, name: name || undefined, handle: str(from.username) };
}

/** null = not a citizen's message (a bot, a channel post, an anonymous admin): skipped without complaint. */
export function toInbound(
  m: JsonObject,
  accountId: string,
  action: 'create' | 'edit',
): InboundMessage | null {
  const chat = obj(m.chat);
  const from = obj(m.from);
  const chatId = str(chat?.id);
  const messageId = str(m.message_id);
  if (!chat || !chatId || !messageId) throw new Error('pesan tanpa chat.id atau message_id');
  if (!from || from.is_bot === true || !str(from.id)) return null;
  const author = authorOf(from);
  const isPrivate = chat.type === 'private';
  const replyTo = str(obj(m.reply_to_message)?.message_id);
  const at = action === 'edit' ? (toIso(m.edit_date) ?? toIso(m.date)) : toIso(m.date);
  return {
    platform: 'telegram',
    accountId,
    externalId: telegramMessageKey(chatId, messageId),
    // A group is public: each member who writes there gets a case of their own.
    threadKey: isPrivate ? `chat:${chatId}` : `chat:${chatId}:user:${author.id}`,
    visibility: isPrivate ? 'private' : 'public',
    author,
    text: str(m.text) ?? str(m.caption) ?? '',
    attachments: telegramAttachments(m),
    createdAt: at ?? new Date().toISOString(),
    action,
    replyToExternalId: replyTo ? telegramMessageKey(chatId, replyTo) : undefined,
    meta: flatMeta({
      kind: isPrivate ? 'dm' : 'group',
      chatId,
      chatType: str(chat.type),
      chatTitle: str(chat.title),
      messageId,
      messageThreadId: str(m.message_thread_id),
    }),
  };
}

export function parseTelegramDelivery(req: IncomingRequest): ParsedDelivery {
  const out: ParsedDelivery = { messages: [], statuses: [], problems: [] };
  let update: unknown;
  try {
    update = parseJsonBody(req.rawBody);
  } catch {
    return { ...out, problems: ['Isi permintaan bukan JSON yang valid.'] };
  }
  if (!isObject(update)) return { ...out, problems: ['Update Telegram harus berupa objek JSON.'] };
  // channel_post, callback_query, my_chat_member ...: not citizen messages, acknowledged and dropped.
  const [message, action] = update.message
    ? [update.message, 'create' as const]
    : [update.edited_message, 'edit' as const];
  if (message === undefined) return out;
  try {
    if (!isObject(message)) throw new Error('message bukan objek');
    const inbound = toInbound(message, telegramAccountId(req), action);
    if (inbound) out.messages.push(inbound);
  } catch (err) {
    out.problems.push(`update ${str(update.update_id) ?? '?'}: ${(err as Error).message}`);
  }
  return out;
}
