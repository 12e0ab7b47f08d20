// The fetch handed to an adapter's send(): every call gets a deadline, and we learn whether a failed call may
// still have reached the platform. Refused or unresolvable connections never carried the request; a timeout or a
// connection that broke after connecting may have, and then the reply's outcome cannot be known.
export const SEND_TIMEOUT_MS = 20_000;

/** Failures that happen before a single byte of the request left this machine. */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.cause?.code ?? e?.code;
}

export function neverConnected(err: unknown): boolean {
  const code = errorCode(err);
  return code !== undefined && NEVER_CONNECTED.has(code);
}

export interface ObservedFetch {
  fetch: typeof fetch;
  /** True once a call failed in a way that may have delivered the request. */
  mayHaveDelivered(): boolean;
}

export function observedFetch(
  base: typeof fetch = globalThis.fetch,
  timeoutMs = SEND_TIMEOUT_MS,
): ObservedFetch {
  let maybe = false;
  const wrapped: typeof fetch = async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      return await base(input, { ...init, signal });
    } catch (err) {
      if (!neverConnected(err)) maybe = true;
      throw err;
    }
  };
  return { fetch: wrapped, mayHaveDelivered: () => maybe };
}
