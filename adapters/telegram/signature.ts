// Telegram has no HMAC: every webhook POST carries the secret_token given to setWebhook, compared in constant time.
import { headerValue, safeEqual } from '../signature.js';
import type { IncomingRequest, VerifyResult } from '../types.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export function verifyTelegramSecret(req: IncomingRequest, secretToken: string): VerifyResult {
  if (!secretToken) {
    return { ok: false, status: 503, reason: 'TELEGRAM_SECRET_TOKEN belum diatur di server.' };
  }
  const given = headerValue(req.headers, SECRET_HEADER);
  if (!given) return { ok: false, status: 401, reason: 'Header X-Telegram-Bot-Api-Secret-Token tidak ada.' };
  if (!safeEqual(given, secretToken)) {
    return { ok: false, status: 401, reason: 'X-Telegram-Bot-Api-Secret-Token tidak cocok.' };
  }
  return { ok: true };
}
