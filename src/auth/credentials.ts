// Where a request carries its login: an API client's bearer token, or the browser's session cookie.
import { timingSafeEqual } from 'node:crypto';
import { csrfTokenFor } from './session.js';

/** httpOnly, Secure, SameSite=Strict: scripts cannot read it and other sites cannot send it. */
export const SESSION_COOKIE = 'aspirasi_session';
export const CSRF_HEADER = 'x-csrf-token';

export type Credential = { token: string; via: 'bearer' | 'cookie' };

type Headers = Record<string, string | string[] | undefined>;

export function cookieValue(headers: Headers, name: string): string | undefined {
  const raw = headers.cookie;
  const header = Array.isArray(raw) ? raw.join('; ') : raw;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The bearer header wins over the cookie: an API client never depends on a cookie jar. */
export function credentialFrom(headers: Headers): Credential | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return { token: auth.slice(7), via: 'bearer' };
  const cookie = cookieValue(headers, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

export function csrfMatches(given: unknown, sessionId: string, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionId, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** GET, HEAD and OPTIONS change nothing, so they need no CSRF token. */
export const isSafeMethod = (method: string) => ['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
