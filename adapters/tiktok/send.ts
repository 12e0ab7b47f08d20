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
import { accessToken, type OAuthClient } from '../oauth.js';
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

/** The token to send with: refreshed first when it expires soon and the account has a refresh token. */
async function tokenFor(ctx: SendContext, oauth: OAuthClient | undefined, force: boolean) {
  if (!oauth)
    return ctx.credentials.accessToken ? { ok: true as const, token: ctx.credentials.accessToken } : null;
  const t = await accessToken(ctx.credentials, oauth, ctx.fetch, new Date(), force);
  if (!t.ok) return t;
  if (t.refreshed) {
    await ctx.saveCredentials(t.refreshed);
    ctx.credentials = t.refreshed;
  }
  return { ok: true as const, token: t.accessToken };
}

const INVALID_TOKEN = new Set([40104, 40105]);

export async function sendTiktokReply(
  reply: OutboundReply,
  ctx: SendContext,
  oauth?: OAuthClient,
): Promise<SendResult> {
  if (!ctx.credentials.accessToken && !ctx.credentials.refreshToken)
    return notRetryable('Token akses TikTok belum diatur; hubungkan akun di pengaturan kanal.');
  const call = planTiktokCall(reply);
  if ('error' in call) return notRetryable(call.error);
  if (reply.text.length > call.maxLength) {
    return notRetryable(`Balasan TikTok ini maksimal ${call.maxLength} karakter.`);
  }
  for (let attempt = 0; ; attempt++) {
    const token = await tokenFor(ctx, oauth, attempt > 0);
    if (!token) return notRetryable('Token akses TikTok belum diatur; hubungkan akun di pengaturan kanal.');
    if (!token.ok) return { ok: false, retryable: token.retryable, error: token.error };
    const response = await postJson(ctx.fetch, joinUrl(ctx.baseUrl, call.path), {
      headers: { 'access-token': token.token },
      body: call.body,
    });
    if (!response.reached) return unreachableFailure('TikTok', response.why);
    const envelope = response.body;
    const code = num(obj(envelope)?.code);
    if (response.ok && code === 0) {
      const id = call.idOf(obj(obj(envelope)?.data));
      return id ? { ok: true, externalId: id } : notRetryable('TikTok tidak mengembalikan id balasan.');
    }
    // Revoked or expired early: one refresh and one retry, when there is a refresh token to do it with.
    const expired = response.status === 401 || INVALID_TOKEN.has(code ?? -1);
    if (!expired || attempt > 0 || !oauth || !ctx.credentials.refreshToken)
      return tiktokFailure(response.status, envelope);
  }
}
