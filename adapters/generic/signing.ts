// Signatures of the generic webhook, both ways. Every source gets two secrets derived from the master
// (GENERIC_WEBHOOK_SECRET): one it signs its deliveries with, one we sign our replies to it with. A signature covers
// a timestamp and the raw body, so an old delivery cannot be replayed and no signed reply is a valid delivery.
import { headerValue, hmacSha256, safeEqual } from '../signature.js';
import type { IncomingRequest, VerifyResult } from '../types.js';

export const SIGNATURE_HEADER = 'x-aspirasi-signature';
export const TIMESTAMP_HEADER = 'x-aspirasi-timestamp';
/** How far a delivery's timestamp may be from our clock (both ways: the sender's clock may run ahead). */
export const MAX_SKEW_SECONDS = 300;

export type Direction = 'inbound' | 'reply';

/** The source's secrets. `npx aspirasi generic-secret <source>` prints them for its operator. */
export function genericSourceSecrets(master: string, source: string): Record<Direction, string> {
  return {
    inbound: hmacSha256(master, `aspirasi:generic:inbound:${source}`),
    reply: hmacSha256(master, `aspirasi:generic:reply:${source}`),
  };
}

const signedPayload = (timestamp: string, rawBody: Buffer | string) =>
  Buffer.concat([Buffer.from(`${timestamp}.`), Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody)]);

export function signGenericBody(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return `sha256=${hmacSha256(secret, signedPayload(timestamp, rawBody))}`;
}

/** Headers of a signed delivery (a source sending to us) or of a signed reply (us answering a source). */
export function signedHeaders(
  master: string,
  source: string,
  direction: Direction,
  rawBody: Buffer | string,
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  const secret = genericSourceSecrets(master, source)[direction];
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signGenericBody(secret, timestamp, rawBody) };
}

export const genericDeliveryHeaders = (
  master: string,
  source: string,
  rawBody: Buffer | string,
  now?: number,
) => signedHeaders(master, source, 'inbound', rawBody, now);

const fail = (status: number, reason: string): VerifyResult => ({ ok: false, status, reason });

export function verifyGenericRequest(
  req: IncomingRequest,
  master: string,
  source: string,
  opts: { acceptLegacy: boolean; now?: number },
): VerifyResult {
  const given = headerValue(req.headers, SIGNATURE_HEADER);
  if (!given) return fail(401, 'Header X-Aspirasi-Signature tidak ada.');
  const timestamp = headerValue(req.headers, TIMESTAMP_HEADER);
  if (timestamp === undefined) {
    // The first version of the contract (body-only HMAC with the master) stays usable for local tools, never in production.
    if (opts.acceptLegacy && safeEqual(given, `sha256=${hmacSha256(master, req.rawBody)}`))
      return { ok: true };
    return fail(401, 'Header X-Aspirasi-Timestamp tidak ada.');
  }
  if (!/^\d{1,12}$/.test(timestamp)) return fail(401, 'Header X-Aspirasi-Timestamp harus detik Unix.');
  const skew = Math.abs((opts.now ?? Date.now()) / 1000 - Number(timestamp));
  if (skew > MAX_SKEW_SECONDS)
    return fail(401, 'Kiriman kedaluwarsa: X-Aspirasi-Timestamp lebih dari 5 menit dari waktu server.');
  const expected = signGenericBody(genericSourceSecrets(master, source).inbound, timestamp, req.rawBody);
  if (!safeEqual(given, expected)) return fail(401, 'Tanda tangan X-Aspirasi-Signature tidak cocok.');
  return { ok: true };
}
