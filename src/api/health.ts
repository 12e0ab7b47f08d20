// GET /healthz: what works and what is degraded. 200 while this process can serve the inbox (the database
// answers), even with Redis away - reads keep working and webhooks answer 503 so platforms retry; 503 when the
// database is down, so a load balancer sends officers elsewhere.
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { databaseState } from '../store/index.js';

type State = 'up' | 'down';

/** What stops working when each dependency is away (machine-readable; `message` says it for people). */
export function degradedFeatures(mongo: State, redis: State): string[] {
  const out: string[] = [];
  if (mongo === 'down') out.push('api', 'ingest', 'replies');
  if (redis === 'down') out.push('webhooks', 'realtime', 'replies', 'sla_timers');
  return [...new Set(out)];
}

function describe(mongo: State, redis: State): string {
  if (mongo === 'up' && redis === 'up') return 'Semua layanan berjalan.';
  const parts = [];
  if (mongo === 'down') parts.push('Basis data tidak terjangkau: kotak masuk dan pemrosesan pesan tertunda.');
  if (redis === 'down')
    parts.push(
      'Redis tidak terjangkau: webhook dijawab 503 (platform mengirim ulang), pembaruan langsung dan ' +
        'pengiriman balasan tertunda; kotak masuk tetap bisa dibaca.',
    );
  return parts.join(' ');
}

async function failedJobs(ctx: AppContext): Promise<Record<string, number>> {
  const { inbound, outbound, sla, maintenance } = ctx.queues;
  const entries = await Promise.all(
    [inbound, outbound, sla, maintenance].map(async (q) => [q.name, await q.getFailedCount()] as const),
  );
  return Object.fromEntries(entries);
}

export function healthRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const mongo = await databaseState();
    const redis: State = await ctx.redis
      .ping()
      .then((r) => (r === 'PONG' ? ('up' as const) : ('down' as const)))
      .catch(() => 'down' as const);
    const degraded = degradedFeatures(mongo, redis);
    const body = {
      status: degraded.length ? 'degraded' : 'ok',
      mongo,
      redis,
      degraded,
      message: describe(mongo, redis),
      ...(redis === 'up' ? { failedJobs: await failedJobs(ctx).catch(() => undefined) } : {}),
    };
    res.status(mongo === 'up' ? 200 : 503).json(body);
  });
  return router;
}
