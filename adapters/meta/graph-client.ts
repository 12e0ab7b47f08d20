// One authenticated call to the Graph API; every failure comes back as a SendResult the inbox can show.
import { joinUrl, notRetryable, postJson, type SendFailure } from '../http-send.js';
import { parseJsonBody } from '../json.js';
import type { MediaContext } from '../types.js';
import { graphFailure } from './graph-errors.js';

export type GraphResponse = { ok: true; body: unknown } | SendFailure;
type GraphContext = MediaContext;

const TIMEOUT_MS = 15_000;
const NO_TOKEN = 'Token akses akun ini belum diatur; hubungkan akun di pengaturan kanal.';

function judged(status: number, ok: boolean, parsed: unknown, headers: Headers): GraphResponse {
  if (!ok || (parsed && typeof parsed === 'object' && 'error' in parsed)) {
    return graphFailure(status, parsed, headers);
  }
  return { ok: true, body: parsed };
}

const unreachable = (why: string): SendFailure => ({
  ok: false,
  retryable: true,
  error: `Gagal menghubungi Meta (${why}); dicoba lagi otomatis.`,
});

export async function graphPost(ctx: GraphContext, path: string, body: unknown): Promise<GraphResponse> {
  const token = ctx.credentials.accessToken;
  if (!token) return notRetryable(NO_TOKEN);
  const response = await postJson(ctx.fetch, joinUrl(ctx.baseUrl, path), {
    // Bearer header rather than ?access_token= so the token never lands in URL logs.
    headers: { authorization: `Bearer ${token}` },
    body,
  });
  if (!response.reached) return unreachable(response.why);
  return judged(response.status, response.ok, response.body, response.headers);
}

export async function graphGet(
  ctx: GraphContext,
  path: string,
  query: Record<string, string>,
): Promise<GraphResponse> {
  const token = ctx.credentials.accessToken;
  if (!token) return notRetryable(NO_TOKEN);
  let res: Response;
  try {
    res = await ctx.fetch(`${joinUrl(ctx.baseUrl, path)}?${new URLSearchParams(query)}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    return unreachable((err as Error).name === 'TimeoutError' ? 'waktu habis' : 'jaringan');
  }
  const parsed = await res
    .text()
    .then((t) => (t ? parseJsonBody(t) : undefined))
    .catch(() => undefined);
  return judged(res.status, res.ok, parsed, res.headers);
}
