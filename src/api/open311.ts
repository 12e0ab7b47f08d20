// Open311 GeoReport v2 (JSON) under /open311/v2: services.json, requests.json (GET list, POST with api_key),
// requests/{id}.json and tokens/{token}.json. Lists show only requests that came in through Open311; any
// ticket can be looked up by its number, like the public ticket status. No personal data in any answer.
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { LIMITS, rateLimit } from './rate-limits.js';
import type { AppContext } from '../context.js';
import { AgencyModel, ConversationModel } from '../store/index.js';
import { clientForKey, requestBody, submitRequest, ticketForToken } from '../open311/submit.js';
import { OPEN311_SOURCE_PREFIX, open311Error, serviceRequest, services } from '../open311/views.js';

const DAY = 86_400_000;
const MAX_RESULTS = 1000;
const WAIT_FOR_TICKET_MS = 3000;

const listQuery = z.object({
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(40).optional(),
  start_date: z.string().datetime({ offset: true }).optional(),
  end_date: z.string().datetime({ offset: true }).optional(),
  status: z.enum(['open', 'closed']).optional(),
});

function fail(res: Response, status: number, description: string) {
  res.status(status).json(open311Error(status, description));
}

function issues(err: z.ZodError) {
  return err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function withAgencies(cases: any[]) {
  const agencies = await AgencyModel.find({ _id: { $in: cases.map((c) => c.agencyId) } })
    .select('name')
    .lean();
  const names = new Map(agencies.map((a) => [String(a._id), a.name]));
  return cases.map((c) => serviceRequest(c, names.get(String(c.agencyId)) ?? null));
}

const REQUEST_FIELDS = 'ticketNumber status topic agencyId createdAt updatedAt sla.resolutionDueAt';

export function open311Router(ctx: AppContext): Router {
  const router = Router();
  router.get(
    ['/services.json', '/requests.json', '/requests/:id.json', '/tokens/:token.json'],
    rateLimit(ctx.redis, ctx.config.QUEUE_PREFIX, LIMITS.publicLookup),
  );

  router.get('/services.json', (_req, res) => void res.json(services()));

  router.get('/requests.json', async (req: Request, res: Response) => {
    const parsed = listQuery.safeParse(req.query);
    if (!parsed.success) return fail(res, 400, issues(parsed.error));
    const q = parsed.data;
    const filter: Record<string, unknown> = { status: { $ne: 'spam' } };
    if (q.service_request_id) {
      filter.ticketNumber = {
        $in: q.service_request_id
          .split(',')
          .map((s) => s.trim().toUpperCase())
          .slice(0, 100),
      };
    } else {
      const end = q.end_date ? new Date(q.end_date) : new Date();
      const start = q.start_date ? new Date(q.start_date) : new Date(end.getTime() - 90 * DAY);
      Object.assign(filter, {
        platform: 'generic',
        accountId: { $regex: `^${OPEN311_SOURCE_PREFIX}` },
        createdAt: { $gte: start, $lt: end },
      });
    }
    if (q.service_code) filter.topic = q.service_code;
    const cases = await ConversationModel.find(filter)
      .select(REQUEST_FIELDS)
      .sort({ createdAt: -1 })
      .limit(MAX_RESULTS)
      .lean();
    const views = await withAgencies(cases);
    res.json(q.status ? views.filter((v) => v.status === q.status) : views);
  });

  router.get('/requests/:id.json', async (req, res) => {
    const c = await ConversationModel.findOne({
      ticketNumber: String(req.params.id).toUpperCase(),
      status: { $ne: 'spam' },
    })
      .select(REQUEST_FIELDS)
      .lean();
    if (!c) return fail(res, 404, 'Permintaan tidak ditemukan.');
    res.json(await withAgencies([c]));
  });

  router.get('/tokens/:token.json', async (req, res) => {
    const ticket = await ticketForToken(null, String(req.params.token));
    res.json([{ service_request_id: ticket, token: req.params.token }]);
  });

  router.post(
    '/requests.json',
    express.urlencoded({ extended: false, limit: '64kb' }),
    express.json({ limit: '64kb' }),
    async (req, res) => {
      const parsed = requestBody.safeParse(req.body ?? {});
      if (!parsed.success) {
        const keyMissing = parsed.error.issues.some((i) => i.path[0] === 'api_key');
        return fail(res, keyMissing ? 403 : 400, keyMissing ? 'api_key wajib diisi.' : issues(parsed.error));
      }
      const client = await clientForKey(parsed.data.api_key);
      if (!client) return fail(res, 403, 'api_key tidak dikenal.');
      let token: string;
      try {
        token = await submitRequest(ctx.queues.inbound, client.code, parsed.data);
      } catch {
        return fail(res, 503, 'Antrean sedang tidak tersedia; kirim ulang nanti.');
      }
      const source = `${OPEN311_SOURCE_PREFIX}${client.code}`;
      const deadline = Date.now() + WAIT_FOR_TICKET_MS;
      let ticket: string | null = null;
      while (!ticket && Date.now() < deadline) {
        ticket = await ticketForToken(source, token);
        if (!ticket) await new Promise((r) => setTimeout(r, 100));
      }
      const notice = 'Laporan diterima dan diteruskan ke instansi yang berwenang.';
      res.status(201).json([
        ticket
          ? {
              service_request_id: ticket,
              service_notice: notice,
              account_id: parsed.data.account_id ?? null,
            }
          : { token, service_notice: notice },
      ]);
    },
  );

  router.use((_req, res) => fail(res, 404, 'Alamat Open311 tidak dikenal (hanya format .json).'));
  return router;
}
