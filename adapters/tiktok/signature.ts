// TikTok webhook signature: Tiktok-Signature: t=<unix s>,s=<hex HMAC-SHA256(app secret, t + "." + rawBody)>.
import { headerValue, hmacSha256, safeEqual } from '../signature.js';
import type { IncomingRequest, VerifyResult } from '../types.js';

export const SIGNATURE_HEADER = 'tiktok-signature';

/**
 * How old a signed timestamp may be. Chatwoot uses 5 s, which drops genuine deliveries whenever our clock
 * and TikTok's differ by a few seconds or a request waits in a proxy queue. Five minutes (Stripe's default
 * for the same scheme) survives ordinary NTP skew and slow hops while still bounding replays of a captured
 * request; a replay inside the window is harmless because ingest is idempotent on message_id/comment_id.
 */
export const MAX_AGE_SECONDS = 300;

export function signTiktokBody(appSecret: string, rawBody: Buffer | string, t: number): string {
  const payload = Buffer.concat([Buffer.from(`${t}.`), Buffer.from(rawBody)]);
  return `t=${t},s=${hmacSha256(appSecret, payload)}`;
}

function parseHeader(value: string): { t?: string; s?: string } {
  const parts: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const i = pair.indexOf('=');
    if (i > 0) parts[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return { t: parts.t, s: parts.s };
}

export function verifyTiktokSignature(
  req: IncomingRequest,
  appSecret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): VerifyResult {
  if (!appSecret) return { ok: false, status: 503, reason: 'TIKTOK_APP_SECRET belum diatur di server.' };
  const header = headerValue(req.headers, SIGNATURE_HEADER);
  if (!header) return { ok: false, status: 401, reason: 'Header Tiktok-Signature tidak ada.' };
  const { t, s } = parseHeader(header);
  if (!t || !/^\d{1,12}$/.test(t) || !s) {
    return { ok: false, status: 401, reason: 'Header Tiktok-Signature harus berbentuk t=<detik>,s=<hex>.' };
  }
  const age = nowSeconds - Number(t);
  if (Math.abs(age) > MAX_AGE_SECONDS) {
    return {
      ok: false,
      status: 401,
      reason: `Cap waktu Tiktok-Signature (t=${t}) ${age > 0 ? 'lebih tua' : 'lebih maju'} dari batas 5 menit; kemungkinan kiriman ulang lama atau jam server tidak sinkron.`,
    };
  }
  const expected = signTiktokBody(appSecret, req.rawBody, Number(t));
  if (!safeEqual(`t=${t},s=${s.toLowerCase()}`, expected)) {
    return { ok: false, status: 401, reason: 'Tanda tangan Tiktok-Signature tidak cocok.' };
  }
  return { ok: true };
}
