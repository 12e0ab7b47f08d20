// User administration (admins): list, create, change role/agency/activity, set a password. Every change that
// narrows what a user may see ends their logins and drops their live sockets at once.
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../auth/password.js';
import { createUser, setPassword, updateUser } from '../auth/users.js';
import type { AppContext } from '../context.js';
import { ROLES } from '../domain/labels.js';
import { socketRightsFor } from '../realtime/rights.js';
import { UserModel } from '../store/index.js';
import { requireRole } from './auth.js';
import { auditContext } from './audit-context.js';
import { parseOr400 } from './errors.js';
import { userView } from '../views/user-view.js';

const objectId = z.string().refine((v) => Types.ObjectId.isValid(v), 'id tidak valid');
const password = z
  .string()
  .min(1, 'wajib diisi')
  .max(MAX_PASSWORD_LENGTH + 1);
const name = z.string().trim().min(1, 'wajib diisi').max(200);
const capacity = z.number().int().min(0).max(500);
const createBody = z.object({
  email: z.string().trim().max(254).email('email tidak valid'),
  name,
  role: z.enum(ROLES),
  agencyId: objectId,
  password,
  capacity: capacity.optional(),
});
const patchBody = z
  .object({
    name: name.optional(),
    role: z.enum(ROLES).optional(),
    agencyId: objectId.optional(),
    active: z.boolean().optional(),
    capacity: capacity.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'isi minimal satu kolom');
const listQuery = z.object({ agencyId: objectId.optional() });

export function usersRouter(ctx: AppContext): Router {
  const router = Router();
  const rights = socketRightsFor(ctx.redis, ctx.config.QUEUE_PREFIX);
  router.use('/users', requireRole('admin'));

  router.get('/users', async (req, res) => {
    const q = parseOr400(listQuery, req.query);
    const users = await UserModel.find(q.agencyId ? { agencyId: q.agencyId } : {})
      .sort({ name: 1 })
      .lean();
    res.json({
      items: await Promise.all(users.map(async (u) => ({ ...(await userView(u)), active: u.active }))),
    });
  });

  router.post('/users', async (req, res) => {
    const user = await createUser(parseOr400(createBody, req.body), auditContext(req));
    res.status(201).json({ user: await userView(user) });
  });

  router.patch('/users/:id', async (req, res) => {
    const patch = parseOr400(patchBody, req.body);
    const { user, sessionsEnded } = await updateUser(String(req.params.id), patch, auditContext(req));
    if (sessionsEnded) rights.disconnectUser(String(req.params.id));
    res.json({ user: { ...(await userView(user)), active: user.active } });
  });

  router.post('/users/:id/password', async (req, res) => {
    const body = parseOr400(z.object({ newPassword: password }), req.body);
    await setPassword(String(req.params.id), body.newPassword, auditContext(req));
    rights.disconnectUser(String(req.params.id));
    res.json({ message: 'Kata sandi diganti; sesi pengguna itu ditutup.' });
  });
  return router;
}
