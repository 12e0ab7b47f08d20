// Platform webhooks in express: handshakes (GET) and deliveries (POST, raw bodies). Deliveries normally take the
// fast path in front of express (src/api/webhook-fast-path.ts); both answer through receiveWebhook.
import express, { Router, type Request, type Response } from 'express';
import type { IncomingRequest } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { ApiError } from './errors.js';
import { webhookCounter } from '../metrics/metrics.js';
import { adapterOr404, receiveWebhook } from './webhook-receive.js';

const toIncoming = (req: Request): IncomingRequest => ({
  rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
  headers: req.headers,
  query: req.query as Record<string, unknown>,
  params: req.params as Record<string, string>,
});

export function webhookRouter(ctx: AppContext): Router {
  const router = Router();

  router.get(['/:channel', '/:channel/:source'], (req, res) => {
    const adapter = adapterOr404(ctx, String(req.params.channel));
    if (!adapter.handshake) throw new ApiError(405, 'method_not_allowed', 'Kanal ini tidak memakai GET.');
    const result = adapter.handshake(toIncoming(req));
    res.status(result.status).type(result.contentType).send(result.body);
  });

  const receive = async (req: Request, res: Response) => {
    res.status(200).json(await receiveWebhook(ctx, String(req.params.channel), toIncoming(req)));
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
