// The one JSON POST every outbound adapter makes, and the HTTP-status triage Telegram, TikTok and X share.
// Platform-specific meaning (error codes, envelopes, ids) stays in each adapter; only the plumbing lives here.
import { parseJsonBody } from './json.js';
import type { SendContext, SendResult } from './types.js';

const TIMEOUT_MS = 15_000;

export type SendFailure = Extract<SendResult, { ok: false }>;

/** The platform answered: `ok` is the HTTP verdict, `body` undefined when empty or not JSON. */
export interface JsonReply {
  reached: true;
  ok: boolean;
  status: number;
  body: unknown;
  headers: Headers;
}

/** The platform never answered; the caller words the retryable failure. */
export interface Unreachable {
  reached: false;
  why: 'waktu habis' | 'jaringan';
}

export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

export async function postJson(
  fetch: SendContext['fetch'],
  url: string,
  request: { headers: Record<string, string>; body: unknown },
): Promise<JsonReply | Unreachable> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    return { reached: false, why: (err as Error).name === 'TimeoutError' ? 'waktu habis' : 'jaringan' };
  }
  const body = await response
    .text()
    .then((t) => (t ? parseJsonBody(t) : undefined))
    // An HTML error page from a proxy: judged by the HTTP status alone.
    .catch(() => undefined);
  return { reached: true, ok: response.ok, status: response.status, body, headers: response.headers };
}

/** A failure no retry can fix (missing token, text too long, no id back): an officer has to act. */
export function notRetryable(error: string): SendFailure {
  return { ok: false, retryable: false, error };
}

export function unreachableFailure(platform: string, why: Unreachable['why']): SendFailure {
  return {
    ok: false,
    retryable: true,
    error: `Gagal menghubungi ${platform} (${why}); dicoba lagi otomatis.`,
  };
}

export interface HttpFailureFacts {
  /** Names the service in the officer's text: 'Telegram', 'TikTok', 'X'. */
  platform: string;
  status: number;
  /** 429, or the platform's own throttle code inside an HTTP 200. */
  throttled: boolean;
  retryAfterMs?: number;
  /** The platform's own words, e.g. " (X 403: Forbidden)", kept so support can look the error up. */
  detail: string;
  /** Why a 4xx will not succeed on retry, in the officer's words. */
  refusal: string;
  /** Telegram calls its limit a sending limit; the others a rate limit. */
  limitNoun?: 'laju' | 'kirim';
}

/** Throttled and 5xx come back by themselves (retry); any other refusal needs a person (no retry). */
export function classifyHttpFailure(f: HttpFailureFacts): SendFailure {
  if (f.throttled) {
    return {
      ok: false,
      retryable: true,
      error: `Batas ${f.limitNoun ?? 'laju'} ${f.platform} tercapai; balasan dicoba lagi otomatis.${f.detail}`,
      retryAfterMs: f.retryAfterMs,
    };
  }
  if (f.status >= 500) {
    return { ok: false, retryable: true, error: `Layanan ${f.platform} sedang bermasalah.${f.detail}` };
  }
  return notRetryable(f.refusal + f.detail);
}
