// A fetch that answers every call with one canned response and records what it was asked, for adapter send tests.
import type { SendContext } from '../../adapters/types.js';

/** Objects are sent as JSON; a string body is sent as is (an HTML error page, say). */
export function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

/** Builds send contexts against `baseUrl`, with `defaultCredentials` unless a test passes its own. */
export const sendContextFor =
  (baseUrl: string, defaultCredentials: Record<string, string>) =>
  (fetch: typeof globalThis.fetch, credentials = defaultCredentials): SendContext => ({
    baseUrl,
    credentials,
    fetch,
  });
