// Operations: Prometheus metrics and the BullMQ dashboard (admins only; the dead-letter view of failed jobs).
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler } from 'express';
import { Gauge } from 'prom-client';
import type { AppContext } from '../context.js';
import { credentialFrom, isSafeMethod } from '../auth/credentials.js';
import { authenticate } from '../auth/session.js';
import { registry } from '../metrics/metrics.js';
import { ApiError } from './errors.js';
import { QUEUE_KEYS } from '../queue/queues.js';

const BOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
  "font-src 'self' https://fonts.gstatic.com",
  "img-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The Origin (or, without it, the Referer) of a state-changing request names this very server. */
function sameOrigin(req: Parameters<RequestHandler>[0]): boolean {
  const source = req.get('origin') ?? req.get('referer');
  if (!source) return false;
  try {
    return new URL(source).host === req.get('host');
  } catch {
    return false;
  }
}

export function opsRouter(ctx: AppContext): Router {
  const router = Router();
  const queueDepth = new Gauge({
    name: 'aspirasi_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const key of QUEUE_KEYS) {
        const counts = await ctx.queues[key].getJobCounts().catch(() => ({}));
        for (const [state, n] of Object.entries(counts)) this.set({ queue: key, state }, n as number);
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
    queues: QUEUE_KEYS.map((key) => new BullMQAdapter(ctx.queues[key])),
    serverAdapter: board,
  });
  // The same login as the inbox (its cookie, or an admin's bearer token): never a token in the address bar.
  // The board's own page needs inline styles and its web font, so it gets a CSP of its own.
  const adminOnly: RequestHandler = async (req, res, next) => {
    const credential = credentialFrom(req.headers);
    const auth = credential ? await authenticate(credential.token, ctx.config.JWT_SECRET) : null;
    if (!auth) return next(new ApiError(401, 'unauthorized', 'Silakan masuk terlebih dahulu.'));
    if (auth.actor.role !== 'admin')
      return next(new ApiError(403, 'forbidden', 'Hanya admin yang boleh membuka dasbor antrean.'));
    // The board's buttons post with the cookie but no CSRF header: only our own pages may send them.
    if (credential!.via === 'cookie' && !isSafeMethod(req.method) && !sameOrigin(req))
      return next(new ApiError(403, 'csrf', 'Permintaan dari luar Aspirasi ditolak.'));
    res.setHeader('Content-Security-Policy', BOARD_CSP);
    next();
  };
  router.use('/admin/queues', adminOnly, board.getRouter());
  return router;
}
