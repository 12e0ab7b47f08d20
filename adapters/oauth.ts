// OAuth 2.0 refresh-token grant (RFC 6749 §6) shared by the adapters whose access tokens expire (YouTube: 1 h,
// TikTok: 24 h). Credentials carry { accessToken, refreshToken, accessTokenExpiresAt (ISO) }; a token is refreshed
// when it has less than REFRESH_MARGIN_MS left, and the caller stores the new credentials before using them.
import { parseJsonBody } from './json.js';

export const REFRESH_MARGIN_MS = 5 * 60_000;
const TIMEOUT_MS = 15_000;

export type RefreshAnswer =
  | { ok: true; fields: Record<string, unknown> }
  /** status 0: the platform was not reached. */
  | { ok: false; status: number; error?: string };

export interface OAuthClient {
  /** Names the platform in the officer's text. */
  platform: string;
  /** One refresh-token call; the platform's token fields ({access_token, expires_in, refresh_token?}). */
  refresh(refreshToken: string, fetch: typeof globalThis.fetch): Promise<RefreshAnswer>;
}

async function postForToken(
  fetch: typeof globalThis.fetch,
  url: string,
  init: { headers: Record<string, string>; body: string | URLSearchParams },
): Promise<{ status: number; body: Record<string, unknown> } | null> {
  try {
    const res = await fetch(url, { method: 'POST', ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = (await res
      .text()
      .then((t) => parseJsonBody(t))
      .catch(() => ({}))) as Record<string, unknown>;
    return { status: res.status, body: body ?? {} };
  } catch {
    return null;
  }
}

/** RFC 6749 §6 as Google does it: a form POST answered with the token fields. */
export function formRefresh(tokenUrl: string, clientFields: Record<string, string>): OAuthClient['refresh'] {
  return async (refreshToken, fetch) => {
    const res = await postForToken(fetch, tokenUrl, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...clientFields,
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      }),
    });
    if (!res) return { ok: false, status: 0 };
    if (res.status >= 200 && res.status < 300) return { ok: true, fields: res.body };
    return {
      ok: false,
      status: res.status,
      error: typeof res.body.error === 'string' ? res.body.error : undefined,
    };
  };
}

/** A JSON POST answered with an envelope {code, message, data} where code 0 is success (TikTok's Business API). */
export function envelopeRefresh(
  tokenUrl: string,
  clientFields: Record<string, string>,
): OAuthClient['refresh'] {
  return async (refreshToken, fetch) => {
    const res = await postForToken(fetch, tokenUrl, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...clientFields, grant_type: 'refresh_token', refresh_token: refreshToken }),
    });
    if (!res) return { ok: false, status: 0 };
    const data = res.body.data as Record<string, unknown> | undefined;
    if (res.status < 300 && res.body.code === 0 && data) return { ok: true, fields: data };
    const error = res.body.code !== undefined ? `kode ${String(res.body.code)}` : undefined;
    return { ok: false, status: res.status < 300 ? 400 : res.status, error };
  };
}

export type TokenOutcome =
  | { ok: true; accessToken: string; refreshed?: Record<string, string> }
  | { ok: false; retryable: boolean; error: string };

export function tokenIsFresh(credentials: Record<string, string>, now: Date): boolean {
  const expires = Date.parse(credentials.accessTokenExpiresAt ?? '');
  if (!credentials.accessToken) return false;
  // No expiry recorded: a token someone pasted in; used until the platform says otherwise.
  if (Number.isNaN(expires)) return !credentials.refreshToken;
  return expires - now.getTime() > REFRESH_MARGIN_MS;
}

/** The access token to use now, refreshing it first when it expires soon (or `force`, after a 401). */
export async function accessToken(
  credentials: Record<string, string>,
  client: OAuthClient,
  fetch: typeof globalThis.fetch,
  now: Date,
  force = false,
): Promise<TokenOutcome> {
  if (!force && tokenIsFresh(credentials, now)) return { ok: true, accessToken: credentials.accessToken };
  if (!credentials.refreshToken) {
    return credentials.accessToken && !force
      ? { ok: true, accessToken: credentials.accessToken }
      : {
          ok: false,
          retryable: false,
          error: `Token akses ${client.platform} kedaluwarsa dan tidak ada refresh token; hubungkan ulang akun ini.`,
        };
  }
  const answer = await client.refresh(credentials.refreshToken, fetch);
  if (!answer.ok && answer.status === 0) {
    return {
      ok: false,
      retryable: true,
      error: `Gagal menghubungi ${client.platform} untuk memperbarui token.`,
    };
  }
  const body = answer.ok ? answer.fields : {};
  const token = typeof body.access_token === 'string' ? body.access_token : '';
  if (!answer.ok || !token) {
    // 400 invalid_grant: the account revoked us or the refresh token expired — a person must act.
    const status = answer.ok ? 200 : answer.status;
    const why = !answer.ok && answer.error ? ` (${answer.error})` : ` (HTTP ${status})`;
    return {
      ok: false,
      retryable: status >= 500 || status === 429,
      error: `${client.platform} menolak memperbarui token akses${why}; hubungkan ulang akun ini bila berulang.`,
    };
  }
  const expiresIn = Number(body.expires_in);
  const refreshed: Record<string, string> = {
    ...credentials,
    accessToken: token,
    accessTokenExpiresAt: new Date(
      now.getTime() + (Number.isFinite(expiresIn) ? expiresIn : 3600) * 1000,
    ).toISOString(),
    // Some platforms rotate the refresh token with every use.
    ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
  };
  return { ok: true, accessToken: token, refreshed };
}
