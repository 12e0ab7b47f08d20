// Replies through the X API v2: a public answer is a reply tweet, a private one a DM to the citizen.
import { num, obj, parseJsonBody, str } from '../json.js';
import type { OutboundReply, SendContext, SendResult } from '../types.js';

const TIMEOUT_MS = 15_000;
type Failure = Extract<SendResult, { ok: false }>;

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

export function xFailure(status: number, body: unknown, headers: Headers): Failure {
  const detail = ` (X ${status}${describe(body) ? `: ${describe(body)}` : ''})`;
  if (status === 429) {
    return {
      ok: false,
      retryable: true,
      error: `Batas laju X tercapai; balasan dicoba lagi otomatis.${detail}`,
      retryAfterMs: resetDelayMs(headers),
    };
  }
  if (status >= 500) return { ok: false, retryable: true, error: `Layanan X sedang bermasalah.${detail}` };
  const explanation =
    status === 401
      ? 'Token akses X tidak valid atau kedaluwarsa; hubungkan ulang akun ini di pengaturan kanal.'
      : status === 403
        ? 'X tidak mengizinkan balasan ini (warga membatasi balasan atau menutup DM, atau paket API tidak mencakup DM).'
        : 'X menolak balasan (tweet yang dibalas mungkin sudah dihapus, atau teks terlalu panjang).';
  return { ok: false, retryable: false, error: explanation + detail };
}

export async function sendXReply(reply: OutboundReply, ctx: SendContext): Promise<SendResult> {
  const token = ctx.credentials.accessToken;
  if (!token) {
    return {
      ok: false,
      retryable: false,
      error: 'Token akses X belum diatur; hubungkan akun di pengaturan kanal.',
    };
  }
  const call = planXCall(reply);
  let response: Response;
  try {
    response = await ctx.fetch(ctx.baseUrl.replace(/\/+$/, '') + call.path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(call.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const why = (err as Error).name === 'TimeoutError' ? 'waktu habis' : 'jaringan';
    return { ok: false, retryable: true, error: `Gagal menghubungi X (${why}); dicoba lagi otomatis.` };
  }
  const body = await response
    .text()
    .then((t) => (t ? parseJsonBody(t) : undefined))
    .catch(() => undefined);
  if (!response.ok) return xFailure(response.status, body, response.headers);
  const id = call.idOf(obj(obj(body)?.data));
  if (!id) return { ok: false, retryable: false, error: 'X tidak mengembalikan id balasan.' };
  return { ok: true, externalId: id };
}
