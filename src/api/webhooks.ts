// Platform webhooks: verify on raw bytes, parse, and answer 2xx only once every event is in Redis.
import express, { Router, type Request, type Response } from 'express';
import type { ChannelAdapter, IncomingRequest } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { childLog } from '../log.js';
import { enqueueDelivery } from '../pipeline/enqueue.js';
import { ApiError } from './errors.js';
import { webhookCounter } from '../metrics/metrics.js';

const log = childLog('webhooks');
const ENQUEUE_TIMEOUT_MS = 3000;

const toIncoming = (req: Request): IncomingRequest => ({
  rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
  headers: req.headers,
  query: req.query as Record<string, unknown>,
  params: req.params as Record<string, string>,
});

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

export function webhookRouter(ctx: AppContext): Router {
  const router = Router();
  const adapterOr404 = (name: string): ChannelAdapter => {
    const adapter = ctx.adapters.byName(name);
    if (!adapter) throw new ApiError(404, 'unknown_channel', `Kanal webhook "${name}" tidak dikenal.`);
    return adapter;
  };

  router.get(['/:channel', '/:channel/:source'], (req, res) => {
    const adapter = adapterOr404(String(req.params.channel));
    if (!adapter.handshake) throw new ApiError(405, 'method_not_allowed', 'Kanal ini tidak memakai GET.');
    const result = adapter.handshake(toIncoming(req));
    res.status(result.status).type(result.contentType).send(result.body);
  });

  const receive = async (req: Request, res: Response) => {
    const adapter = adapterOr404(String(req.params.channel));
    const incoming = toIncoming(req);
    const verdict = adapter.verify(incoming);
    if (!verdict.ok) throw new ApiError(verdict.status, 'signature_invalid', verdict.reason);
    const delivery = adapter.parse(incoming);
    for (const problem of delivery.problems)
      log.warn({ channel: adapter.name, problem }, 'unparseable webhook entry');
    if (delivery.messages.length + delivery.statuses.length === 0 && delivery.problems.length > 0) {
      throw new ApiError(400, 'invalid_payload', delivery.problems.join(' '));
    }
    try {
      const queued = await withTimeout(enqueueDelivery(ctx.queues.inbound, delivery), ENQUEUE_TIMEOUT_MS);
      res.status(200).json({ received: queued });
    } catch (err) {
      log.error(
        { err: (err as Error).message, channel: adapter.name },
        'enqueue failed; platform will retry',
      );
      throw new ApiError(503, 'queue_unavailable', 'Antrean sedang tidak tersedia; kirim ulang nanti.');
    }
  };
  // Count every delivery by channel and final status, for the operations dashboard.
  // The name is read now: Express clears req.params once the route is left, before 'finish'. Names no adapter
  // answers to share one series, so a caller cannot add series at will.
  const count: express.RequestHandler = (req, res, next) => {
    const name = String(req.params.channel);
    const channel = ctx.adapters.byName(name) ? name : 'unknown';
    res.on('finish', () => webhookCounter.inc({ channel, status: String(res.statusCode) }));
    next();
  };
  const raw = express.raw({ type: () => true, limit: '1mb' });
  router.post('/:channel', count, raw, receive);
  router.post('/:channel/:source', count, raw, receive);
  return router;
}
