// X-Hub-Signature-256 check over the raw bytes (Page, Messenger, Instagram and WhatsApp share it).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingRequest, VerifyResult } from '../types.js';

function header(headers: IncomingRequest['headers'], name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function signBody(rawBody: Buffer | string, appSecret: string): string {
  return 'sha256=' + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

export function verifyMetaSignature(req: IncomingRequest, appSecret: string): VerifyResult {
  if (!appSecret) return { ok: false, status: 401, reason: 'META_APP_SECRET is not configured' };
  const given = header(req.headers, 'x-hub-signature-256');
  if (!given) {
    // A legacy sha1-only delivery is refused on purpose: sha1 is not accepted as proof.
    const legacy = header(req.headers, 'x-hub-signature');
    return {
      ok: false,
      status: 401,
      reason: legacy
        ? 'only legacy X-Hub-Signature (sha1) given; X-Hub-Signature-256 required'
        : 'missing X-Hub-Signature-256',
    };
  }
  const expected = Buffer.from(signBody(req.rawBody, appSecret));
  const actual = Buffer.from(given.trim().toLowerCase());
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, status: 401, reason: 'X-Hub-Signature-256 does not match the body' };
  }
  return { ok: true };
}
