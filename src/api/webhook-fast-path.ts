// Webhook deliveries (POST /webhooks/:channel[/:source]) answered before express: a platform's burst is
// acknowledged near the machine's ceiling (bench/ack-rate.bench.ts) because a delivery costs the HMAC, the parse
// and the enqueue, not the routing, security headers and body parsers an inbox request needs. The answers are
// those of the express routes (src/api/webhooks.ts), which take whatever this path passes on.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { AppContext } from '../context.js';
import { childLog } from '../log.js';
import { webhookCounter } from '../metrics/metrics.js';
import { ApiError } from './errors.js';
import { receiveWebhook } from './webhook-receive.js';

const log = childLog('webhooks');
const PATH = /^\/webhooks\/([^/?#]+)(?:\/([^/?#]+))?\/?(?:\?(.*))?$/;
/** express.raw's limit on the express route: 1 MiB. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

function answer(res: ServerResponse, channel: string, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(json);
  webhookCounter.inc({ channel, status: String(status) });
}

/** Metric labels only for channels we know: a probe naming random channels must not grow the series. */
function label(ctx: AppContext, channel: string) {
  return ctx.adapters.byName(channel) ? channel : 'unknown';
}

const refusal = (status: number, code: string, message: string) => ({
  status,
  body: { error: { code, message } },
});

function decoded(part: string | undefined): string | undefined | null {
  if (part === undefined) return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The request's body, or null when it exceeds the limit (the rest is drained, the answer is 413). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= WEBHOOK_BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > WEBHOOK_BODY_LIMIT ? null : Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

async function handle(
  ctx: AppContext,
  req: IncomingMessage,
  res: ServerResponse,
  channel: string,
  metricChannel: string,
  source?: string,
  query = '',
) {
  const declared = Number(req.headers['content-length'] ?? 0);
  const body = declared > WEBHOOK_BODY_LIMIT ? null : await readBody(req);
  if (!body) {
    const { status, body: json } = refusal(413, 'payload_too_large', 'Isi permintaan melebihi 1 MiB.');
    res.setHeader('connection', 'close');
    return answer(res, metricChannel, status, json);
  }
  try {
    const params: Record<string, string> = source === undefined ? { channel } : { channel, source };
    const received = await receiveWebhook(ctx, channel, {
      rawBody: body,
      headers: req.headers,
      query: parseQuery(query),
      params,
    });
    answer(res, metricChannel, 200, received);
  } catch (err) {
    if (err instanceof ApiError)
      return answer(res, metricChannel, err.status, { error: { code: err.code, message: err.message } });
    log.error({ err, channel }, 'unhandled error');
    const { status, body: json } = refusal(
      500,
      'internal',
      'Terjadi kesalahan di server. Coba lagi sebentar.',
    );
    answer(res, metricChannel, status, json);
  }
}

/** Deliveries here, everything else (and anything unusual: compressed bodies, odd paths) to `next`. */
export function withWebhookFastPath(ctx: AppContext, next: RequestListener): RequestListener {
  return (req, res) => {
    const match = req.method === 'POST' && !req.headers['content-encoding'] ? PATH.exec(req.url ?? '') : null;
    const channel = decoded(match?.[1]);
    const source = decoded(match?.[2]);
    if (!match || !channel || source === null) return next(req, res);
    handle(ctx, req, res, channel, label(ctx, channel), source, match[3]).catch((err: Error) => {
      log.error({ err: err.message, channel }, 'webhook request failed');
      if (!res.headersSent)
        answer(res, label(ctx, channel), 400, {
          error: { code: 'bad_request', message: 'Permintaan tidak valid.' },
        });
    });
  };
}
