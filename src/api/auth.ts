import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { type Actor } from '../auth/access.js';
import { verifyPassword } from '../auth/password.js';
import { signToken, verifyToken } from '../auth/token.js';
import { AgencyModel, UserModel } from '../store/index.js';
import { ApiError, parseOr400 } from './errors.js';
import { userView } from './user-view.js';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

/** Resolve a bearer token to an active user; the same check serves REST and socket.io. */
export async function actorFromToken(token: string | undefined, secret: string): Promise<Actor | null> {
  const claims = token ? verifyToken(token, secret) : null;
  if (!claims) return null;
  const user = await UserModel.findById(claims.sub).lean();
  if (!user || !user.active) return null;
  const agency = await AgencyModel.findById(user.agencyId).lean();
  return {
    id: String(user._id),
    name: user.name,
    role: user.role,
    agencyId: String(user.agencyId),
    agencyIsHumas: Boolean(agency?.isHumas),
    timezone: user.timezone,
  };
}

export function requireAuth(secret: string): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : undefined;
    const actor = await actorFromToken(token, secret);
    if (!actor) return next(new ApiError(401, 'unauthorized', 'Silakan masuk terlebih dahulu.'));
    req.actor = actor;
    next();
  };
}

export function requireRole(...roles: Actor['role'][]): RequestHandler {
  return (req, _res, next) =>
    next(
      roles.includes(req.actor!.role)
        ? undefined
        : new ApiError(403, 'forbidden', 'Peran Anda tidak diizinkan.'),
    );
}

const loginBody = z.object({
  email: z.string().email('email tidak valid'),
  password: z.string().min(1, 'wajib diisi'),
});

export function authRouter(secret: string): Router {
  const router = Router();
  router.post('/auth/login', async (req, res) => {
    const { email, password } = parseOr400(loginBody, req.body);
    const user = await UserModel.findOne({ email: email.toLowerCase(), active: true }).select(
      '+passwordHash',
    );
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new ApiError(401, 'invalid_credentials', 'Email atau kata sandi salah.');
    }
    const token = signToken(
      { sub: String(user._id), role: user.role, agencyId: String(user.agencyId) },
      secret,
    );
    res.json({ token, user: await userView(user.toObject()) });
  });
  router.get('/me', requireAuth(secret), async (req, res) => {
    const user = await UserModel.findById(req.actor!.id).lean();
    res.json({ user: await userView(user!) });
  });
  return router;
}
