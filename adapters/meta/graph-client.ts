// One authenticated POST to the Graph API; every failure comes back as a SendResult the inbox can show.
import { joinUrl, notRetryable, postJson, type SendFailure } from '../http-send.js';
import type { SendContext } from '../types.js';
import { graphFailure } from './graph-errors.js';

export type GraphResponse = { ok: true; body: unknown } | SendFailure;

export async function graphPost(ctx: SendContext, path: string, body: unknown): Promise<GraphResponse> {
  const token = ctx.credentials.accessToken;
  if (!token) {
    return notRetryable('Token akses akun ini belum diatur; hubungkan akun di pengaturan kanal.');
  }
  const response = await postJson(ctx.fetch, joinUrl(ctx.baseUrl, path), {
    // Bearer header rather than ?access_token= so the token never lands in URL logs.
    headers: { authorization: `Bearer ${token}` },
    body,
  });
  if (!response.reached) {
    const error = `Gagal menghubungi Meta (${response.why}); balasan dicoba lagi otomatis.`;
    return { ok: false, retryable: true, error };
  }
  const parsed = response.body;
  if (!response.ok || (parsed && typeof parsed === 'object' && 'error' in parsed)) {
    return graphFailure(response.status, parsed, response.headers);
  }
  return { ok: true, body: parsed };
}
