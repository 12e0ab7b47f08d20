// GET /api/public/stats (JSON) and GET /transparansi (page): public, cached, embeddable.
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { parseOr400 } from './errors.js';
import { renderTransparencyPage } from '../transparency/page.js';
import { cachedPublicStats } from '../transparency/stats.js';

const CACHE_SECONDS = 600;
const MONTHS = 12;
const statsQuery = z.object({ months: z.coerce.number().int().min(1).max(24).default(MONTHS) });
const pageQuery = z.object({
  bulan: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'format YYYY-MM')
    .optional(),
  instansi: z.string().max(40).optional(),
  embed: z.enum(['0', '1']).optional(),
});

const made = new WeakMap<AppContext, { api: Router; page: Router }>();

/** The JSON API (mounted under /api) and the page (mounted at the root) share one cache per process. */
export function transparencyRouters(ctx: AppContext) {
  const existing = made.get(ctx);
  if (existing) return existing;
  const stats = cachedPublicStats(CACHE_SECONDS * 1000);
  const minCell = ctx.config.PUBLIC_MIN_CELL;
  const api = Router();
  api.get('/public/stats', async (req, res) => {
    const { months } = parseOr400(statsQuery, req.query);
    res.set('Cache-Control', `public, max-age=${CACHE_SECONDS}`).set('Access-Control-Allow-Origin', '*');
    res.json(await stats(months, minCell));
  });
  const page = Router();
  page.get('/transparansi', async (req, res) => {
    const q = parseOr400(pageQuery, req.query);
    const s = await stats(MONTHS, minCell);
    res.set('Cache-Control', `public, max-age=${CACHE_SECONDS}`);
    // Embeddable on any site (the government's own pages): the app-wide frame ban does not apply to this page,
    // which has no script, no form and nothing personal.
    res.removeHeader('X-Frame-Options');
    res.set('Content-Security-Policy', "frame-ancestors *; default-src 'none'; style-src 'unsafe-inline'");
    res.type('html').send(
      renderTransparencyPage(s, {
        month: q.bulan ?? s.months[s.months.length - 1],
        agencyCode: q.instansi,
        embed: q.embed === '1',
      }),
    );
  });
  made.set(ctx, { api, page });
  return { api, page };
}
