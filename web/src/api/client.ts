// Thin fetch wrapper: the browser's session is an httpOnly cookie the script never sees; requests that change
// something carry the session's CSRF token (kept in memory only), and errors carry the server's Indonesian message.
let csrfToken: string | null = null;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly data: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

let onUnauthorized: () => void = () => {};
export function handleUnauthorized(fn: () => void): void {
  onUnauthorized = fn;
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Tidak dapat terhubung ke server.');
  }
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } }).error ?? {};
    if (res.status === 401 && path !== '/api/auth/session') onUnauthorized();
    throw new ApiError(
      res.status,
      err.code ?? `http_${res.status}`,
      err.message ?? defaultMessage(res.status),
      err,
    );
  }
  return body as T;
}

function defaultMessage(status: number): string {
  if (status === 404) return 'Tidak ditemukan, atau fitur ini belum tersedia di server.';
  if (status === 403) return 'Anda tidak berhak melakukan tindakan ini.';
  if (status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar.';
  return `Permintaan gagal (HTTP ${status}).`;
}

/** Downloads a CSV from an authenticated endpoint, named as the dashboard names it. */
export async function downloadCsv(path: string, filename: string): Promise<void> {
  const res = await fetch(path, { credentials: 'same-origin' });
  if (!res.ok) throw new ApiError(res.status, `http_${res.status}`, defaultMessage(res.status));
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
