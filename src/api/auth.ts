// Logging in and out. API clients get the contract's bearer token from POST /api/auth/login; the browser logs in
// with POST /api/auth/session and gets an httpOnly cookie instead (no token a script could read), plus a CSRF token
// it must echo on every request that changes something.
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { Actor } from '../auth/access.js';
import {
  CSRF_HEADER,
  SESSION_COOKIE,
  credentialFrom,
  csrfMatches,
  isSafeMethod,
} from '../auth/credentials.js';
import { createLoginThrottle } from '../auth/login-throttle.js';
import { MAX_PASSWORD_LENGTH } from '../auth/password.js';
import { authenticate, csrfTokenFor, endSession, openSession, type SessionKind } from '../auth/session.js';
import { logIn } from '../auth/login.js';
import { changeOwnPassword } from '../auth/users.js';
import { recordAudit } from '../audit/record.js';
import type { AppContext } from '../context.js';
import { socketRightsFor } from '../realtime/rights.js';
import { UserModel } from '../store/index.js';
import { auditContext } from './audit-context.js';
import { ApiError, parseOr400 } from './errors.js';
import { userView } from '../views/user-view.js';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    session?: { id: string; kind: SessionKind; via: 'bearer' | 'cookie'; expiresAt: Date };
  }
}

const unauthorized = () => new ApiError(401, 'unauthorized', 'Silakan masuk terlebih dahulu.');

/** Every route after this needs a live login; a cookie login must also prove it comes from our page (CSRF). */
export function requireAuth(secret: string): RequestHandler {
  return async (req, _res, next) => {
    const credential = credentialFrom(req.headers);
    const auth = credential ? await authenticate(credential.token, secret) : null;
    if (!auth || !credential) return next(unauthorized());
    if (credential.via === 'cookie' && !isSafeMethod(req.method)) {
      if (!csrfMatches(req.headers[CSRF_HEADER], auth.sessionId, secret))
        return next(new ApiError(403, 'csrf', 'Sesi tidak valid untuk permintaan ini. Muat ulang halaman.'));
    }
    req.actor = auth.actor;
    req.session = { id: auth.sessionId, kind: auth.kind, via: credential.via, expiresAt: auth.expiresAt };
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
  email: z.string().trim().max(254).email('email tidak valid'),
  password: z.string().min(1, 'wajib diisi').max(MAX_PASSWORD_LENGTH, 'terlalu panjang'),
});
const passwordBody = z.object({
  currentPassword: z.string().min(1, 'wajib diisi').max(MAX_PASSWORD_LENGTH),
  newPassword: z
    .string()
    .min(1, 'wajib diisi')
    .max(MAX_PASSWORD_LENGTH + 1),
});

/** Secure everywhere but plain-http development (browsers keep Secure cookies on localhost anyway). */
function cookieOptions(req: Request, production: boolean, expires?: Date) {
  const loopback = ['localhost', '127.0.0.1', '::1', '[::1]'].includes(req.hostname);
  return {
    httpOnly: true,
    secure: production || req.secure || loopback,
    sameSite: 'strict' as const,
    path: '/',
    ...(expires ? { expires } : {}),
  };
}

export function authRouter(ctx: AppContext): Router {
  const router = Router();
  const { config } = ctx;
  const secret = config.JWT_SECRET;
  const production = config.NODE_ENV === 'production';
  const throttle = createLoginThrottle(ctx.redis, config.QUEUE_PREFIX);
  const rights = socketRightsFor(ctx.redis, config.QUEUE_PREFIX);
  const auth = requireAuth(secret);

  const start = async (req: Request, kind: SessionKind) => {
    const { email, password } = parseOr400(loginBody, req.body);
    const user = await logIn(throttle, email, password, auditContext(req));
    const session = await openSession(
      String(user._id),
      kind,
      { ip: req.ip, userAgent: req.get('user-agent') },
      { secret, ttlHours: config.SESSION_TTL_HOURS },
    );
    return { user, session };
  };

  router.post('/auth/login', async (req, res) => {
    const { user, session } = await start(req, 'bearer');
    res.json({ token: session.token, expiresAt: session.expiresAt, user: await userView(user) });
  });

  router.post('/auth/session', async (req, res) => {
    const { user, session } = await start(req, 'cookie');
    res.cookie(SESSION_COOKIE, session.token, cookieOptions(req, production, session.expiresAt));
    res.json({ csrfToken: session.csrfToken, expiresAt: session.expiresAt, user: await userView(user) });
  });

  const endThisSession = async (req: Request, res: Response) => {
    await endSession(req.session!.id, 'logout');
    rights.disconnectSession(req.session!.id);
    await recordAudit(
      auditContext(req),
      'session.ended',
      { id: req.session!.id },
      { data: { reason: 'logout' } },
    );
    res.clearCookie(SESSION_COOKIE, cookieOptions(req, production));
  };

  router.post('/auth/logout', auth, async (req, res) => {
    await endThisSession(req, res);
    res.status(204).end();
  });

  router.get('/me', auth, async (req, res) => {
    const user = await UserModel.findById(req.actor!.id).lean();
    res.json({
      user: await userView(user!),
      session: { expiresAt: req.session!.expiresAt, kind: req.session!.kind },
      ...(req.session!.via === 'cookie' ? { csrfToken: csrfTokenFor(req.session!.id, secret) } : {}),
    });
  });

  router.post('/me/password', auth, async (req, res) => {
    const body = parseOr400(passwordBody, req.body);
    await changeOwnPassword(throttle, req.actor!, body, auditContext(req), req.ip ?? '');
    rights.disconnectUser(req.actor!.id);
    res.clearCookie(SESSION_COOKIE, cookieOptions(req, production));
    res.json({ message: 'Kata sandi diubah. Semua sesi ditutup; silakan masuk kembali.' });
  });
  return router;
}
