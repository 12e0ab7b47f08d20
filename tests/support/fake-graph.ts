// A local stand-in for the Graph API (Facebook, Instagram, WhatsApp Cloud). It records every request so
// tests assert exactly what we send, and answers with scripted responses per method + path.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** JSON or form body parsed; the raw text when neither. */
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Drop the connection without answering (a network failure). */
  destroy?: boolean;
}

export interface FakeGraph {
  url: string;
  requests: RecordedRequest[];
  /** Script answers for one method + path; used in order, the last one repeats. */
  respond(method: string, path: string, ...responses: FakeResponse[]): void;
  reset(): void;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

let counter = 0;

/** What Graph answers on success, by endpoint shape, when a test scripted nothing. */
function defaultAnswer(path: string, body: unknown): FakeResponse {
  counter += 1;
  if (path.endsWith('/messages')) {
    const b = body as { messaging_product?: string; to?: string; recipient?: { id?: string } } | undefined;
    if (b?.messaging_product === 'whatsapp') {
      return {
        body: {
          messaging_product: 'whatsapp',
          contacts: [{ input: b.to, wa_id: b.to }],
          messages: [{ id: `wamid.FAKE${counter}` }],
        },
      };
    }
    return { body: { recipient_id: b?.recipient?.id ?? 'fake-recipient', message_id: `m_fake${counter}` } };
  }
  return { body: { id: `fake_${counter}` } };
}

export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, FakeResponse[]>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake-graph.local');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        rawBody,
        body: parseBody(rawBody, req.headers['content-type']),
      };
      requests.push(recorded);
      const key = `${recorded.method} ${recorded.path}`;
      const queue = scripts.get(key);
      const answer =
        queue && queue.length > 0
          ? queue.length > 1
            ? queue.shift()!
            : queue[0]
          : defaultAnswer(recorded.path, recorded.body);
      if (answer.destroy) {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond(method, path, ...responses) {
      scripts.set(`${method.toUpperCase()} ${path}`, [...responses]);
    },
    reset() {
      requests.length = 0;
      scripts.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A Graph error body as Meta sends it. */
export function graphError(
  code: number,
  message: string,
  extra: Record<string, unknown> = {},
): { error: Record<string, unknown> } {
  return { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbCdEfGh', ...extra } };
}
