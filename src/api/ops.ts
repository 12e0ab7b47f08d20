// Operations: Prometheus metrics and the BullMQ dashboard (admins only; the dead-letter view of failed jobs).
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler } from 'express';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppContext } from '../context.js';
import { actorFromToken } from './auth.js';
import { ApiError } from './errors.js';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const webhookCounter = new Counter({
  name: 'aspirasi_webhooks_total',
  help: 'Webhook deliveries by channel and HTTP status',
  labelNames: ['channel', 'status'],
  registers: [registry],
});

const ADMIN_COOKIE = 'aspirasi_admin';

function tokenFrom(req: Parameters<RequestHandler>[0]): string | undefined {
  if (typeof req.query.token === 'string') return req.query.token;
  const cookie = req.headers.cookie?.split(';').find((c) => c.trim().startsWith(`${ADMIN_COOKIE}=`));
  return cookie?.split('=')[1];
}

export function opsRouter(ctx: AppContext): Router {
  const router = Router();
  const queueDepth = new Gauge({
    name: 'aspirasi_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const [name, queue] of Object.entries(ctx.queues).filter(([k]) => k !== 'close')) {
        const counts = await (queue as AppContext['queues']['inbound']).getJobCounts().catch(() => ({}));
        for (const [state, n] of Object.entries(counts)) this.set({ queue: name, state }, n as number);
      }
    },
  });
  void queueDepth;

  router.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  const board = new ExpressAdapter();
  board.setBasePath('/admin/queues');
  createBullBoard({
    queues: [ctx.queues.inbound, ctx.queues.outbound, ctx.queues.sla, ctx.queues.maintenance].map(
      (q) => new BullMQAdapter(q),
    ),
    serverAdapter: board,
  });
  const adminOnly: RequestHandler = async (req, res, next) => {
    const token = tokenFrom(req);
    const actor = await actorFromToken(token, ctx.config.JWT_SECRET);
    if (!actor || actor.role !== 'admin')
      return next(new ApiError(403, 'forbidden', 'Hanya admin yang boleh membuka dasbor antrean.'));
    if (typeof req.query.token === 'string') {
      res.cookie?.(ADMIN_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/admin/queues' });
    }
    next();
  };
  router.use('/admin/queues', adminOnly, board.getRouter());
  return router;
}
