// OAuth 2.0 refresh-token grant (RFC 6749 §6) shared by the adapters whose access tokens expire (YouTube: 1 h,
// TikTok: 24 h). Credentials carry { accessToken, refreshToken, accessTokenExpiresAt (ISO) }; a token is refreshed
// when it has less than REFRESH_MARGIN_MS left, and the caller stores the new credentials before using them.
import { parseJsonBody } from './json.js';

export const REFRESH_MARGIN_MS = 5 * 60_000;
const TIMEOUT_MS = 15_000;

export interface OAuthClient {
  tokenUrl: string;
  /** The fields the platform wants in the form besides grant_type and refresh_token (client id and secret). */
  clientFields: Record<string, string>;
  /** How the platform names the refresh token in the form (TikTok's is the standard one too). */
  platform: string;
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
  let res: Response;
  try {
    res = await fetch(client.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...client.clientFields,
        grant_type: 'refresh_token',
        refresh_token: credentials.refreshToken,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return {
      ok: false,
      retryable: true,
      error: `Gagal menghubungi ${client.platform} untuk memperbarui token.`,
    };
  }
  const body = (await res
    .text()
    .then((t) => parseJsonBody(t))
    .catch(() => ({}))) as Record<string, unknown>;
  const token = typeof body.access_token === 'string' ? body.access_token : '';
  if (!res.ok || !token) {
    // 400 invalid_grant: the citizen-facing account revoked us or the refresh token expired — a person must act.
    const why = typeof body.error === 'string' ? ` (${body.error})` : ` (HTTP ${res.status})`;
    return {
      ok: false,
      retryable: res.status >= 500 || res.status === 429,
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
