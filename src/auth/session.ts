// Logins as stored sessions: a token or cookie counts only while its session is open, unexpired and its user active.
import { cached } from '../cache/reference-data.js';
import { createHmac } from 'node:crypto';
import type { Types } from 'mongoose';
import { SessionModel, UserModel } from '../store/index.js';
import type { SessionEndReason } from '../store/session.js';
import type { Actor } from './access.js';
import { signToken, verifyToken } from './token.js';

export type SessionKind = 'bearer' | 'cookie';

export interface AuthenticatedSession {
  actor: Actor;
  sessionId: string;
  kind: SessionKind;
  expiresAt: Date;
}

interface UserLike {
  _id: Types.ObjectId | string;
  name: string;
  role: Actor['role'];
  agencyId: unknown;
  timezone?: string | null;
}

export async function actorOf(user: UserLike): Promise<Actor> {
  const agency = await cached.agency(user.agencyId);
  return {
    id: String(user._id),
    name: user.name,
    role: user.role,
    agencyId: String(user.agencyId),
    agencyIsHumas: Boolean(agency?.isHumas),
    timezone: user.timezone ?? 'Asia/Makassar',
  };
}

export async function openSession(
  userId: string,
  kind: SessionKind,
  meta: { ip?: string; userAgent?: string },
  opts: { secret: string; ttlHours: number },
) {
  const expiresAt = new Date(Date.now() + opts.ttlHours * 3600_000);
  const session = await SessionModel.create({
    userId,
    kind,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
  });
  const sessionId = String(session._id);
  return {
    sessionId,
    expiresAt,
    token: signToken({ sub: userId, sid: sessionId }, opts.secret, expiresAt),
    csrfToken: csrfTokenFor(sessionId, opts.secret),
  };
}

/** The actor behind a token, or null when the token is forged, expired, revoked or its user deactivated. */
export async function authenticate(
  token: string | undefined,
  secret: string,
): Promise<AuthenticatedSession | null> {
  const claims = token ? verifyToken(token, secret) : null;
  if (!claims) return null;
  const session = await SessionModel.findById(claims.sid).lean();
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  if (String(session.userId) !== claims.sub) return null;
  const user = await UserModel.findById(claims.sub).lean();
  if (!user || !user.active) return null;
  return {
    actor: await actorOf(user),
    sessionId: claims.sid,
    kind: session.kind as SessionKind,
    expiresAt: session.expiresAt,
  };
}

export async function endSession(sessionId: string, reason: SessionEndReason): Promise<void> {
  await SessionModel.updateOne(
    { _id: sessionId, revokedAt: null },
    { $set: { revokedAt: new Date(), revokedReason: reason } },
  );
}

/** Ends every open login of a user (password change, deactivation, role change). */
export async function endUserSessions(userId: string, reason: SessionEndReason): Promise<number> {
  const result = await SessionModel.updateMany(
    { userId, revokedAt: null },
    { $set: { revokedAt: new Date(), revokedReason: reason } },
  );
  return result.modifiedCount;
}

/**
 * The anti-CSRF token of a cookie session: derived from the session id, so it needs no storage; a page of another
 * site cannot read it, and a request that authenticates by cookie must echo it in X-CSRF-Token.
 */
export function csrfTokenFor(sessionId: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

/** Logins record an officer's address and browser: kept for inspection a while after they end, then dropped. */
export const ENDED_SESSION_DAYS = 90;

export async function deleteOldSessions(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ENDED_SESSION_DAYS * 86_400_000);
  return (await SessionModel.deleteMany({ expiresAt: { $lt: cutoff } })).deletedCount;
}
