// Replies through TikTok's Business API: a DM into the conversation, or a reply under a comment.
// Every response is an envelope {code, message, data}; code 0 is success even on HTTP 200.
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

const THROTTLED = 40100;

export interface TiktokCall {
  path: string;
  body: Record<string, unknown>;
  idOf: (data: Record<string, unknown> | undefined) => string | undefined;
  maxLength: number;
}

/** Pure: the Business API request for a reply, or why there is none. */
export function planTiktokCall(reply: OutboundReply): TiktokCall | { error: string } {
  const meta = reply.inReplyTo.meta ?? {};
  if (meta.kind === 'comment') {
    if (!meta.videoId) return { error: 'Komentar TikTok ini tidak menyimpan id video; tidak bisa dibalas.' };
    return {
      path: '/open_api/v1.3/business/comment/reply/create/',
      body: {
        business_id: reply.accountId,
        video_id: meta.videoId,
        // TikTok threads are two levels deep: answering a reply lands under its top-level comment.
        comment_id: meta.parentCommentId ?? reply.inReplyTo.externalId,
        text: reply.text,
      },
      idOf: (d) => str(d?.comment_id) ?? str(obj(d?.comment)?.comment_id),
      maxLength: 1200,
    };
  }
  if (!meta.conversationId) return { error: 'Percakapan TikTok ini tidak menyimpan conversation_id.' };
  return {
    path: '/open_api/v1.3/business/message/send/',
    body: {
      business_id: reply.accountId,
      recipient_type: 'CONVERSATION',
      recipient: meta.conversationId,
      message_type: 'TEXT',
      text: { body: reply.text },
    },
    idOf: (d) => str(obj(d?.message)?.message_id),
    maxLength: 6000,
  };
}

export function tiktokFailure(httpStatus: number, envelope: unknown): SendFailure {
  const e = obj(envelope);
  const code = num(e?.code);
  return classifyHttpFailure({
    platform: 'TikTok',
    status: httpStatus,
    throttled: code === THROTTLED || httpStatus === 429,
    detail: ` (TikTok ${code !== undefined ? `kode ${code}` : `HTTP ${httpStatus}`}${str(e?.message) ? `: ${str(e?.message)}` : ''})`,
    refusal:
      httpStatus === 401 || code === 40104 || code === 40105
        ? 'Token akses TikTok tidak valid atau kedaluwarsa (berlaku 24 jam); perbarui token di pengaturan kanal.'
        : 'TikTok menolak balasan.',
  });
}

export async function sendTiktokReply(reply: OutboundReply, ctx: SendContext): Promise<SendResult> {
  const token = ctx.credentials.accessToken;
  if (!token) return notRetryable('Token akses TikTok belum diatur; hubungkan akun di pengaturan kanal.');
  const call = planTiktokCall(reply);
  if ('error' in call) return notRetryable(call.error);
  if (reply.text.length > call.maxLength) {
    return notRetryable(`Balasan TikTok ini maksimal ${call.maxLength} karakter.`);
  }
  const response = await postJson(ctx.fetch, joinUrl(ctx.baseUrl, call.path), {
    headers: { 'access-token': token },
    body: call.body,
  });
  if (!response.reached) return unreachableFailure('TikTok', response.why);
  const envelope = response.body;
  if (!response.ok || num(obj(envelope)?.code) !== 0) return tiktokFailure(response.status, envelope);
  const id = call.idOf(obj(obj(envelope)?.data));
  if (!id) return notRetryable('TikTok tidak mengembalikan id balasan.');
  return { ok: true, externalId: id };
}
