// One authorised call to the YouTube Data API: a fresh access token first (refreshed and stored when it expires
// within minutes), one forced refresh and retry on 401, and Google's error envelope read into a reason.
import { joinUrl } from '../http-send.js';
import { list, obj, parseJsonBody, str } from '../json.js';
import { accessToken, type OAuthClient } from '../oauth.js';

const TIMEOUT_MS = 15_000;

export interface YoutubeCaller {
  baseUrl: string;
  fetch: typeof fetch;
  now(): Date;
  oauth: OAuthClient;
  /** Current credentials; replaced (and saved) when a refresh happens. */
  credentials: Record<string, string>;
  saveCredentials(next: Record<string, string>): Promise<void>;
}

export type ApiOutcome =
  | { ok: true; body: Record<string, unknown> }
  /** reason: Google's `errors[0].reason` (quotaExceeded, commentTextTooLong ...) or ours (token, network). */
  | { ok: false; status: number; reason: string; message: string; retryable: boolean };

async function token(caller: YoutubeCaller, force: boolean): Promise<ApiOutcome | string> {
  const t = await accessToken(caller.credentials, caller.oauth, caller.fetch, caller.now(), force);
  if (!t.ok) return { ok: false, status: 401, reason: 'token', message: t.error, retryable: t.retryable };
  if (t.refreshed) {
    await caller.saveCredentials(t.refreshed);
    caller.credentials = t.refreshed;
  }
  return t.accessToken;
}

async function once(
  caller: YoutubeCaller,
  bearer: string,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
): Promise<ApiOutcome> {
  let res: Response;
  try {
    res = await caller.fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const why = (err as Error).name === 'TimeoutError' ? 'waktu habis' : 'jaringan';
    return {
      ok: false,
      status: 0,
      reason: 'network',
      message: `Gagal menghubungi YouTube (${why}).`,
      retryable: true,
    };
  }
  const parsed =
    obj(
      await res
        .text()
        .then((t) => (t ? parseJsonBody(t) : {}))
        .catch(() => ({})),
    ) ?? {};
  if (res.ok) return { ok: true, body: parsed };
  const error = obj(parsed.error);
  const reason = str(obj(list(error?.errors)[0])?.reason) ?? `http${res.status}`;
  const message = str(error?.message) ?? `HTTP ${res.status}`;
  const retryable = res.status >= 500 || res.status === 429 || reason === 'rateLimitExceeded';
  return { ok: false, status: res.status, reason, message, retryable };
}

export async function callYoutube(
  caller: YoutubeCaller,
  method: 'GET' | 'POST',
  path: string,
  query: Record<string, string>,
  body?: unknown,
): Promise<ApiOutcome> {
  const url = `${joinUrl(caller.baseUrl, path)}?${new URLSearchParams(query)}`;
  const first = await token(caller, false);
  if (typeof first !== 'string') return first;
  const outcome = await once(caller, first, method, url, body);
  if (outcome.ok || outcome.status !== 401) return outcome;
  // Revoked or expired early: one refresh, one retry.
  const second = await token(caller, true);
  if (typeof second !== 'string') return second;
  return once(caller, second, method, url, body);
}
