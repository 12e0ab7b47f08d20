// Which Graph call answers which inbound message, and the id Meta gives our reply.
import { notRetryable } from '../http-send.js';
import type { OutboundReply, SendContext, SendResult } from '../types.js';
import { graphPost } from './graph-client.js';
import { templateMessage } from './whatsapp-templates.js';
import { list, obj, str } from '../json.js';

export interface GraphCall {
  path: string;
  body: Record<string, unknown>;
  /** Where the new message/comment id sits in the response. */
  idOf: (response: unknown) => string | undefined;
  maxLength: number;
  label: string;
}

const idField = (r: unknown) => str(obj(r)?.id);
const messageIdField = (r: unknown) => str(obj(r)?.message_id);
const whatsappIdField = (r: unknown) => str(obj(list(obj(r)?.messages)[0])?.id);

function privateReplyToComment(reply: OutboundReply, label: string, sender: string): GraphCall {
  return {
    path: `/${sender}/messages`,
    body: { recipient: { comment_id: reply.inReplyTo.externalId }, message: { text: reply.text } },
    idOf: messageIdField,
    maxLength: 2000,
    label,
  };
}

function directMessage(reply: OutboundReply, label: string, maxLength: number, sender: string): GraphCall {
  return {
    path: `/${sender}/messages`,
    body: {
      recipient: { id: reply.recipient.id },
      messaging_type: 'RESPONSE',
      message: { text: reply.text },
    },
    idOf: messageIdField,
    maxLength,
    label,
  };
}

/**
 * Pure: the Graph request for a reply, or why there is none. Instagram DMs through the Messenger API (Facebook
 * Login) are sent from the linked Page: an Instagram account's credentials may name it as `pageId`.
 */
export function planGraphCall(
  reply: OutboundReply,
  credentials: Record<string, string> = {},
): GraphCall | { error: string } {
  const meta = reply.inReplyTo.meta ?? {};
  const sender = reply.platform === 'instagram' ? (credentials.pageId ?? reply.accountId) : reply.accountId;
  const target = meta.rootCommentId ?? reply.inReplyTo.externalId;
  const isComment = meta.kind === 'comment' || meta.kind === 'mention';
  switch (`${reply.platform}:${reply.visibility}`) {
    case 'facebook:public':
      return {
        path: `/${target}/comments`,
        body: { message: reply.text },
        idOf: idField,
        maxLength: 8000,
        label: 'komentar Facebook',
      };
    case 'facebook:private':
      return privateReplyToComment(reply, 'balasan pribadi Facebook', sender);
    case 'instagram:public':
      if (meta.kind === 'mention') {
        return {
          path: `/${reply.accountId}/mentions`,
          body: {
            media_id: meta.mediaId,
            ...(meta.commentId ? { comment_id: meta.commentId } : {}),
            message: reply.text,
          },
          idOf: idField,
          maxLength: 2200,
          label: 'balasan mention Instagram',
        };
      }
      return {
        path: `/${target}/replies`,
        body: { message: reply.text },
        idOf: idField,
        maxLength: 2200,
        label: 'komentar Instagram',
      };
    case 'instagram:private':
      return isComment
        ? privateReplyToComment(reply, 'balasan pribadi Instagram', sender)
        : directMessage(reply, 'DM Instagram', 1000, sender);
    case 'messenger:private':
      return directMessage(reply, 'pesan Messenger', 2000, sender);
    case 'whatsapp:private':
      if (reply.template) {
        return {
          path: `/${reply.accountId}/messages`,
          body: templateMessage(reply),
          idOf: whatsappIdField,
          maxLength: 32_768,
          label: 'templat WhatsApp',
        };
      }
      return {
        path: `/${reply.accountId}/messages`,
        body: {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: reply.recipient.phone ?? reply.recipient.id,
          type: 'text',
          text: { body: reply.text },
          context: { message_id: reply.inReplyTo.externalId },
        },
        idOf: whatsappIdField,
        maxLength: 4096,
        label: 'pesan WhatsApp',
      };
    default:
      return {
        error: `Balasan ${reply.visibility === 'public' ? 'publik' : 'pribadi'} tidak tersedia untuk ${reply.platform}.`,
      };
  }
}

export async function sendMetaReply(reply: OutboundReply, ctx: SendContext): Promise<SendResult> {
  const call = planGraphCall(reply, ctx.credentials);
  if ('error' in call) return notRetryable(call.error);
  if (!reply.text.trim()) return notRetryable('Balasan kosong tidak dapat dikirim.');
  if (reply.text.length > call.maxLength) {
    return notRetryable(
      `Balasan terlalu panjang untuk ${call.label} (${reply.text.length} karakter; batas ${call.maxLength}).`,
    );
  }
  const response = await graphPost(ctx, call.path, call.body);
  if (!response.ok) return response;
  const externalId = call.idOf(response.body);
  if (!externalId)
    return notRetryable(
      `Meta tidak mengembalikan id untuk ${call.label}; periksa di platform apakah terkirim.`,
    );
  return { ok: true, externalId };
}
