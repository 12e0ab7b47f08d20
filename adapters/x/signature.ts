// X Account Activity API security: the CRC answer on GET and the body signature on POST, both
// base64 HMAC-SHA256 with the app's consumer secret (base64 of the binary digest, not hex).
import { headerValue, hmacSha256, safeEqual } from '../signature.js';
import type { HandshakeResult, IncomingRequest, VerifyResult } from '../types.js';

export const SIGNATURE_HEADER = 'x-twitter-webhooks-signature';

export function signXPayload(consumerSecret: string, payload: Buffer | string): string {
  return `sha256=${hmacSha256(consumerSecret, payload, 'base64')}`;
}

const first = (v: unknown): string | undefined =>
  Array.isArray(v) ? first(v[0]) : typeof v === 'string' ? v : undefined;

/**
 * X's CRC tokens are short base64-like strings. The answer is an HMAC with the same key that signs POST bodies, so
 * anything else (JSON, long or odd text) is refused: the handshake must never sign a body of an attacker's choosing.
 */
const CRC_TOKEN = /^[A-Za-z0-9+/_=-]{8,128}$/;
export function isXCrcToken(token: string): boolean {
  if (!CRC_TOKEN.test(token)) return false;
  try {
    JSON.parse(token); // "12345678", "true": valid JSON, so never signed
    return false;
  } catch {
    return true;
  }
}

/** GET ?crc_token=… -> {"response_token":"sha256=<base64 HMAC(consumer secret, crc_token)>"}, within 3 s. */
export function xCrcHandshake(req: IncomingRequest, consumerSecret: string): HandshakeResult {
  const json = (status: number, body: unknown): HandshakeResult => ({
    status,
    body: JSON.stringify(body),
    contentType: 'application/json',
  });
  if (!consumerSecret) return json(503, { error: 'X_CONSUMER_SECRET belum diatur di server.' });
  const token = first(req.query.crc_token);
  if (!token) return json(400, { error: 'Parameter crc_token tidak ada.' });
  if (!isXCrcToken(token)) return json(400, { error: 'Parameter crc_token tidak berbentuk token CRC X.' });
  return json(200, { response_token: signXPayload(consumerSecret, token) });
}

export function verifyXSignature(req: IncomingRequest, consumerSecret: string): VerifyResult {
  if (!consumerSecret) return { ok: false, status: 503, reason: 'X_CONSUMER_SECRET belum diatur di server.' };
  const given = headerValue(req.headers, SIGNATURE_HEADER);
  if (!given) return { ok: false, status: 401, reason: 'Header x-twitter-webhooks-signature tidak ada.' };
  if (!safeEqual(given.trim(), signXPayload(consumerSecret, req.rawBody))) {
    return { ok: false, status: 401, reason: 'Tanda tangan x-twitter-webhooks-signature tidak cocok.' };
  }
  return { ok: true };
}
