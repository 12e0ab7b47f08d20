// One authenticated POST to the Graph API; every failure comes back as a SendResult the inbox can show.
import type { SendContext } from '../types.js';
import { graphFailure, type SendFailure } from './graph-errors.js';
import { parseJsonBody } from '../json.js';

const TIMEOUT_MS = 15_000;

export type GraphResponse = { ok: true; body: unknown } | SendFailure;

export function graphUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

function parseResponse(text: string): unknown {
  try {
    return text ? parseJsonBody(text) : undefined;
  } catch {
    return undefined; // an HTML error page from a proxy: judged by the HTTP status alone
  }
}

export async function graphPost(ctx: SendContext, path: string, body: unknown): Promise<GraphResponse> {
  const token = ctx.credentials.accessToken;
  if (!token) {
    return {
      ok: false,
      retryable: false,
      error: 'Token akses akun ini belum diatur; hubungkan akun di pengaturan kanal.',
    };
  }
  let response: Response;
  try {
    response = await ctx.fetch(graphUrl(ctx.baseUrl, path), {
      method: 'POST',
      // Bearer header rather than ?access_token= so the token never lands in URL logs.
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'waktu habis' : 'jaringan';
    return {
      ok: false,
      retryable: true,
      error: `Gagal menghubungi Meta (${reason}); balasan dicoba lagi otomatis.`,
    };
  }
  const text = await response.text().catch(() => '');
  const parsed = parseResponse(text);
  if (!response.ok || (parsed && typeof parsed === 'object' && 'error' in parsed)) {
    return graphFailure(response.status, parsed, response.headers);
  }
  return { ok: true, body: parsed };
}
