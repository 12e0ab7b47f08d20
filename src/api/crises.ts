// GET /api/crises (alerts with their explanation and grouped conversations), GET /api/crises/:id and
// POST /api/crises/:id/holding-reply — for humas leadership and admins.
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import { seesAllAgencies } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { sendHoldingReply } from '../crisis/holding-reply.js';
import { crisisView } from '../crisis/view.js';
import { AgencyModel, CannedResponseModel, ConversationModel, CrisisModel } from '../store/index.js';
import { ApiError, parseOr400 } from './errors.js';

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
const holdingBody = z.object({
  cannedResponseId: z.string().refine((v) => Types.ObjectId.isValid(v), 'id tidak valid'),
});

async function crisisOr404(id: string) {
  const c = Types.ObjectId.isValid(id) ? await CrisisModel.findById(id).lean() : null;
  if (!c) throw new ApiError(404, 'not_found', 'Peringatan krisis tidak ditemukan.');
  return c;
}

export function crisesRouter(ctx: AppContext): Router {
  const router = Router();
  router.use('/crises', (req, _res, next) =>
    next(
      seesAllAgencies(req.actor!)
        ? undefined
        : new ApiError(403, 'forbidden', 'Hanya pimpinan humas dan admin.'),
    ),
  );

  router.get('/crises', async (req, res) => {
    const { limit } = parseOr400(listQuery, req.query);
    const [items, replies] = await Promise.all([
      CrisisModel.find().sort({ openedAt: -1 }).limit(limit).lean(),
      CannedResponseModel.find({ agencyId: null }).sort({ title: 1 }).lean(),
    ]);
    res.json({
      items: items.map((c) => crisisView(c)),
      holdingReplies: replies.map((r) => ({ id: String(r._id), title: r.title, body: r.body })),
    });
  });

  router.get('/crises/:id', async (req, res) => {
    const c = await crisisOr404(req.params.id);
    const cases = await ConversationModel.find({ _id: { $in: c.conversationIds } })
      .select('ticketNumber status platform agencyId urgency createdAt')
      .lean();
    const agencies = await AgencyModel.find({ _id: { $in: cases.map((x) => x.agencyId) } })
      .select('shortName')
      .lean();
    const agencyName = new Map(agencies.map((a) => [String(a._id), a.shortName]));
    res.json({
      crisis: crisisView(c),
      conversations: cases.map((x) => ({
        id: String(x._id),
        ticketNumber: x.ticketNumber,
        status: x.status,
        platform: x.platform,
        urgency: x.urgency,
        agency: agencyName.get(String(x.agencyId)) ?? null,
        createdAt: x.createdAt,
      })),
    });
  });

  router.post('/crises/:id/holding-reply', async (req, res) => {
    const { cannedResponseId } = parseOr400(holdingBody, req.body);
    await crisisOr404(req.params.id);
    res.status(202).json(await sendHoldingReply(ctx, req.actor!, req.params.id, cannedResponseId));
  });

  return router;
}
