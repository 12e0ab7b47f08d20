// Replies through TikTok's Business API: a DM into the conversation, or a reply under a comment.
// Every response is an envelope {code, message, data}; code 0 is success even on HTTP 200.
import { num, obj, parseJsonBody, str } from '../json.js';
import type { OutboundReply, SendContext, SendResult } from '../types.js';

const TIMEOUT_MS = 15_000;
const THROTTLED = 40100;
type Failure = Extract<SendResult, { ok: false }>;

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

export function tiktokFailure(httpStatus: number, envelope: unknown): Failure {
  const e = obj(envelope);
  const code = num(e?.code);
  const detail = ` (TikTok ${code !== undefined ? `kode ${code}` : `HTTP ${httpStatus}`}${str(e?.message) ? `: ${str(e?.message)}` : ''})`;
  if (code === THROTTLED || httpStatus === 429) {
    return {
      ok: false,
      retryable: true,
      error: `Batas laju TikTok tercapai; balasan dicoba lagi otomatis.${detail}`,
    };
  }
  if (httpStatus >= 500)
    return { ok: false, retryable: true, error: `Layanan TikTok sedang bermasalah.${detail}` };
  const explanation =
    httpStatus === 401 || code === 40104 || code === 40105
      ? 'Token akses TikTok tidak valid atau kedaluwarsa (berlaku 24 jam); perbarui token di pengaturan kanal.'
      : 'TikTok menolak balasan.';
  return { ok: false, retryable: false, error: explanation + detail };
}

export async function sendTiktokReply(reply: OutboundReply, ctx: SendContext): Promise<SendResult> {
  const token = ctx.credentials.accessToken;
  if (!token) {
    return {
      ok: false,
      retryable: false,
      error: 'Token akses TikTok belum diatur; hubungkan akun di pengaturan kanal.',
    };
  }
  const call = planTiktokCall(reply);
  if ('error' in call) return { ok: false, retryable: false, error: call.error };
  if (reply.text.length > call.maxLength) {
    return { ok: false, retryable: false, error: `Balasan TikTok ini maksimal ${call.maxLength} karakter.` };
  }
  let response: Response;
  try {
    response = await ctx.fetch(ctx.baseUrl.replace(/\/+$/, '') + call.path, {
      method: 'POST',
      headers: { 'access-token': token, 'content-type': 'application/json' },
      body: JSON.stringify(call.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const why = (err as Error).name === 'TimeoutError' ? 'waktu habis' : 'jaringan';
    return { ok: false, retryable: true, error: `Gagal menghubungi TikTok (${why}); dicoba lagi otomatis.` };
  }
  const envelope = await response
    .text()
    .then((t) => (t ? parseJsonBody(t) : undefined))
    .catch(() => undefined);
  if (!response.ok || num(obj(envelope)?.code) !== 0) return tiktokFailure(response.status, envelope);
  const id = call.idOf(obj(obj(envelope)?.data));
  if (!id) return { ok: false, retryable: false, error: 'TikTok tidak mengembalikan id balasan.' };
  return { ok: true, externalId: id };
}
