// Replies through the X API v2: a public answer is a reply tweet, a private one a DM to the citizen.
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

export interface XCall {
  path: string;
  body: Record<string, unknown>;
  idOf: (data: Record<string, unknown> | undefined) => string | undefined;
}

/** Pure: which v2 endpoint answers this reply. */
export function planXCall(reply: OutboundReply): XCall {
  if (reply.visibility === 'public') {
    return {
      path: '/2/tweets',
      body: { text: reply.text, reply: { in_reply_to_tweet_id: reply.inReplyTo.externalId } },
      idOf: (d) => str(d?.id),
    };
  }
  return {
    path: `/2/dm_conversations/with/${encodeURIComponent(reply.recipient.id)}/messages`,
    body: { text: reply.text },
    idOf: (d) => str(d?.dm_event_id),
  };
}

/** v2 problem bodies: {title, detail} or {errors:[{message}]}. */
function describe(body: unknown): string | undefined {
  const b = obj(body);
  const first = obj(Array.isArray(b?.errors) ? b.errors[0] : undefined);
  return str(b?.detail) ?? str(first?.message) ?? str(b?.title);
}

/** x-rate-limit-reset is the epoch second when the window reopens. */
export function resetDelayMs(headers: Headers, now = Date.now()): number | undefined {
  const reset = num(headers.get('x-rate-limit-reset'));
  return reset === undefined ? undefined : Math.max(0, reset * 1000 - now);
}

export function xFailure(status: number, body: unknown, headers: Headers): SendFailure {
  const why = describe(body);
  return classifyHttpFailure({
    platform: 'X',
    status,
    throttled: status === 429,
    retryAfterMs: status === 429 ? resetDelayMs(headers) : undefined,
    detail: ` (X ${status}${why ? `: ${why}` : ''})`,
    refusal:
      status === 401
        ? 'Token akses X tidak valid atau kedaluwarsa; hubungkan ulang akun ini di pengaturan kanal.'
        : status === 403
          ? 'X tidak mengizinkan balasan ini (warga membatasi balasan atau menutup DM, atau paket API tidak mencakup DM).'
          : 'X menolak balasan (tweet yang dibalas mungkin sudah dihapus, atau teks terlalu panjang).',
  });
}

export async function sendXReply(reply: OutboundReply, ctx: SendContext): Promise<SendResult> {
  const token = ctx.credentials.accessToken;
  if (!token) return notRetryable('Token akses X belum diatur; hubungkan akun di pengaturan kanal.');
  const call = planXCall(reply);
  const response = await postJson(ctx.fetch, joinUrl(ctx.baseUrl, call.path), {
    headers: { authorization: `Bearer ${token}` },
    body: call.body,
  });
  if (!response.reached) return unreachableFailure('X', response.why);
  const { body } = response;
  if (!response.ok) return xFailure(response.status, body, response.headers);
  const id = call.idOf(obj(obj(body)?.data));
  if (!id) return notRetryable('X tidak mengembalikan id balasan.');
  return { ok: true, externalId: id };
}
