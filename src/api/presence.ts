// Officer presence (online / away / offline) and the agency roster the assign menu and supervisors use.
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import { seesAllAgencies } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { assignQueued } from '../workflow/assignment.js';
import { ConversationModel, OPEN_STATUSES, UserModel } from '../store/index.js';
import { setPresence } from '../presence/presence.js';
import { parseOr400 } from './errors.js';
import { userView } from '../views/user-view.js';

const presenceBody = z.object({ presence: z.enum(['online', 'away', 'offline']) });
const rosterQuery = z.object({
  agencyId: z
    .string()
    .refine((v) => Types.ObjectId.isValid(v), 'id tidak valid')
    .optional(),
});

export function presenceRouter(ctx: AppContext): Router {
  const router = Router();
  router.patch('/me/presence', async (req, res) => {
    const { presence } = parseOr400(presenceBody, req.body);
    await setPresence(req.actor!.id, presence);
    // Coming online picks up what waited in the agency queue while nobody was there.
    if (presence === 'online') await assignQueued(ctx, req.actor!.agencyId);
    res.json({ user: await userView(await UserModel.findById(req.actor!.id).lean()) });
  });

  router.get('/officers', async (req, res) => {
    const q = parseOr400(rosterQuery, req.query);
    const agencyId = q.agencyId && seesAllAgencies(req.actor!) ? q.agencyId : req.actor!.agencyId;
    const users = await UserModel.find({ agencyId, active: true, role: { $in: ['officer', 'supervisor'] } })
      .sort({ name: 1 })
      .lean();
    const items = await Promise.all(
      users.map(async (u) => ({
        id: String(u._id),
        name: u.name,
        role: u.role,
        presence: u.presence,
        lastSeenAt: u.lastSeenAt ?? null,
        capacity: u.capacity,
        openCount: await ConversationModel.countDocuments({
          assigneeId: u._id,
          status: { $in: OPEN_STATUSES },
        }),
      })),
    );
    res.json({ items });
  });
  return router;
}
