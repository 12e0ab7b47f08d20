import { Router } from 'express';
import type { AppContext } from '../context.js';
import { databaseState } from '../store/index.js';

export function healthRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const mongo = await databaseState();
    const redis = await ctx.redis
      .ping()
      .then((r) => (r === 'PONG' ? 'up' : 'down'))
      .catch(() => 'down');
    const ok = mongo === 'up' && redis === 'up';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', mongo, redis });
  });
  return router;
}
