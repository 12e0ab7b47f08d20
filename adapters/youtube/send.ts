// Replies as comments.insert under the thread's top-level comment (YouTube threads are one level deep), paid
// from the same daily quota as polling: 50 units, refused up front when the day's quota cannot cover it.
import { notRetryable } from '../http-send.js';
import type { OutboundReply, SendContext, SendResult } from '../types.js';
import { callYoutube } from './api.js';
import { COST, quotaCounterName, quotaDay, spend } from './quota.js';
import { budget, oauthClient, type YoutubeSettings } from './settings.js';

const REFUSALS: Record<string, string> = {
  commentTextTooLong: 'Balasan terlalu panjang untuk YouTube; persingkat lalu kirim ulang.',
  parentCommentIsPrivate: 'Komentar warga ini bersifat pribadi; YouTube tidak mengizinkan balasan.',
  operationNotSupported: 'YouTube tidak mengizinkan balasan pada komentar ini.',
  commentsDisabled: 'Komentar pada video ini dimatikan; balasan tidak dapat dikirim.',
  forbidden: 'Akun YouTube ini tidak berhak membalas komentar tersebut (izin youtube.force-ssl?).',
};

export async function sendYoutubeReply(
  reply: OutboundReply,
  ctx: SendContext,
  s: YoutubeSettings,
): Promise<SendResult> {
  if (reply.visibility === 'private')
    return notRetryable('YouTube tidak punya pesan pribadi; balas di komentar.');
  const parentId = reply.inReplyTo.meta?.threadId ?? reply.inReplyTo.externalId.split('.')[0];
  const now = new Date();
  if (!(await spend(ctx.counter(quotaCounterName(now)), COST.insert, budget(s), 'reply', now))) {
    return notRetryable(
      `Kuota harian YouTube habis; kirim ulang balasan setelah ${quotaDay(now).resetsAt.toISOString()}.`,
    );
  }
  const res = await callYoutube(
    {
      baseUrl: ctx.baseUrl,
      fetch: ctx.fetch,
      now: () => new Date(),
      oauth: oauthClient(s),
      credentials: ctx.credentials,
      saveCredentials: ctx.saveCredentials,
    },
    'POST',
    '/comments',
    { part: 'snippet' },
    { snippet: { parentId, textOriginal: reply.text } },
  );
  if (res.ok) {
    const id = typeof res.body.id === 'string' ? res.body.id : undefined;
    return id ? { ok: true, externalId: id } : notRetryable('YouTube tidak mengembalikan id balasan.');
  }
  const detail = ` (YouTube ${res.status} ${res.reason}: ${res.message})`;
  if (res.reason === 'token' || res.reason === 'network')
    return { ok: false, retryable: res.retryable, error: res.message };
  return {
    ok: false,
    retryable: res.retryable,
    error:
      (REFUSALS[res.reason] ??
        (res.retryable ? 'Layanan YouTube sedang bermasalah.' : 'YouTube menolak balasan.')) + detail,
  };
}
