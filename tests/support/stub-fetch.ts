// A fetch that answers every call with one canned response and records what it was asked, for adapter send tests.
import type { SendContext, SharedCounter } from '../../adapters/types.js';

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
    ...sendSideEffects(),
  });

/** Credentials saves and counters kept in memory, for adapter tests that do not go through the outbound worker. */
export function sendSideEffects() {
  const saved: Record<string, string>[] = [];
  const counters = new Map<string, number>();
  const counter = (name: string): SharedCounter => ({
    get: async () => counters.get(name) ?? 0,
    add: async (amount) => {
      counters.set(name, (counters.get(name) ?? 0) + amount);
      return counters.get(name)!;
    },
  });
  return {
    saved,
    counters,
    saveCredentials: async (next: Record<string, string>) => void saved.push(next),
    counter,
  };
}
