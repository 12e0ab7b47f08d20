// A local HTTP server standing in for a third-party endpoint: records requests, answers as told.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export async function startFakeEndpoint() {
  const requests: RecordedRequest[] = [];
  /** `raw` answers with those bytes and `contentType` instead of JSON (a file download). */
  let respond: (req: RecordedRequest) => {
    status: number;
    body: unknown;
    raw?: Buffer;
    contentType?: string;
  } = () => ({
    status: 200,
    body: { id: 'ok' },
  });
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      const out = respond(recorded);
      if (out.raw)
        res
          .writeHead(out.status, { 'content-type': out.contentType ?? 'application/octet-stream' })
          .end(out.raw);
      else res.writeHead(out.status, { 'content-type': 'application/json' }).end(JSON.stringify(out.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    respondWith: (fn: typeof respond) => void (respond = fn),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
