// Shared HMAC helpers: every signed webhook compares in constant time over the raw bytes.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256(
  secret: string,
  payload: Buffer | string,
  encoding: 'hex' | 'base64' = 'hex',
): string {
  return createHmac('sha256', secret).update(payload).digest(encoding);
}

/** Constant-time string comparison that is false (not throwing) for different lengths. */
export function safeEqual(a: string | undefined, b: string): boolean {
  if (typeof a !== 'string') return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
