// socket.io for the live inbox. A socket authenticates like a REST call (bearer token, or the browser's cookie
// with its CSRF token), joins only rooms the REST API would show, and keeps only the rights its login still has:
// it is dropped when its session expires or ends, and re-checked periodically in case a revocation push was lost.
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Types } from 'mongoose';
import { Server, type Socket } from 'socket.io';
import { canSeeConversation, seesAllAgencies, type Actor } from '../auth/access.js';
import { credentialFrom, csrfMatches } from '../auth/credentials.js';
import { authenticate, type AuthenticatedSession } from '../auth/session.js';
import type { Config } from '../config.js';
import { closeRedis, createRedis, withoutUnobservedRejections } from '../queue/redis.js';
import { childLog } from '../log.js';
import { ConversationModel } from '../store/index.js';
import { CASE_PUSH, fanOutCase, type CasePush } from './case-fanout.js';
import { rooms, socketKey } from './rooms.js';

const log = childLog('realtime');

export type AuthedSocket = Socket & { data: { actor: Actor; sessionId: string; expiresAt: Date } };
/** Extra per-socket handlers (presence, typing) are registered by the capabilities that own them. */
export type SocketHandler = (io: Server, socket: AuthedSocket) => void;

/** How often a connected socket's login is checked again (a lost revocation push costs at most this long). */
export const RECHECK_MS = 60_000;

export async function canJoinConversation(actor: Actor, id: unknown): Promise<boolean> {
  if (typeof id !== 'string' || !Types.ObjectId.isValid(id)) return false;
  const conv = await ConversationModel.findById(id).select('agencyId').lean();
  return Boolean(conv && canSeeConversation(actor, conv));
}

/** API clients pass their bearer token in `auth.token`; the browser sends its cookie and `auth.csrf`. */
async function authenticateSocket(socket: Socket, secret: string): Promise<AuthenticatedSession | null> {
  const auth = (socket.handshake.auth ?? {}) as { token?: unknown; csrf?: unknown };
  if (typeof auth.token === 'string') return authenticate(auth.token, secret);
  const cookie = credentialFrom({ cookie: socket.handshake.headers.cookie });
  if (!cookie) return null;
  const session = await authenticate(cookie.token, secret);
  // A page of another site could open a socket with our cookie; only our page knows the CSRF token.
  return session && csrfMatches(auth.csrf, session.sessionId, secret) ? session : null;
}

export function createRealtimeServer(http: HttpServer, config: Config, handlers: SocketHandler[] = []) {
  const connection = createRedis(config.REDIS_URL);
  const subscriber = connection.duplicate();
  connection.on('error', () => {});
  subscriber.on('error', () => {});
  // While Redis is away, cross-process pushes are dropped (the inbox refetches on reconnect), never fatal.
  const dropped = (method: string, err: Error) =>
    log.warn({ method, err: err.message }, 'socket.io adapter call failed: Redis unreachable');
  const pub = withoutUnobservedRejections(connection, ['publish'], dropped);
  const sub = withoutUnobservedRejections(
    subscriber,
    ['subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe'],
    dropped,
  );
  const io = new Server(http, { serveClient: false, cors: { origin: false } });
  io.adapter(createAdapter(pub, sub, { key: socketKey(config.QUEUE_PREFIX) }));

  io.use(async (socket, next) => {
    const session = await authenticateSocket(socket, config.JWT_SECRET).catch(() => null);
    if (!session) return next(new Error('unauthorized'));
    socket.data.actor = session.actor;
    socket.data.sessionId = session.sessionId;
    socket.data.expiresAt = session.expiresAt;
    next();
  });

  io.on(CASE_PUSH, (push: CasePush) => fanOutCase(io, push));

  io.on('connection', (raw) => {
    const socket = raw as AuthedSocket;
    const { actor, sessionId } = socket.data;
    socket.join([
      rooms.agency(actor.agencyId),
      rooms.user(actor.id),
      rooms.session(sessionId),
      ...(seesAllAgencies(actor) ? [rooms.all] : []),
    ]);
    const timers = keepRightsTrue(socket, config.JWT_SECRET);
    socket.on('disconnect', () => timers.forEach(clearTimeout));
    socket.on('conversation:join', async (payload: { id?: string }, ack?: (r: object) => void) => {
      const ok = await canJoinConversation(actor, payload?.id).catch(() => false);
      if (ok) await socket.join(rooms.conversation(payload.id!));
      if (typeof ack === 'function') ack(ok ? { ok } : { ok, error: 'Percakapan tidak ditemukan.' });
    });
    socket.on('conversation:leave', (payload: { id?: string }, ack?: (r: object) => void) => {
      if (typeof payload?.id === 'string') socket.leave(rooms.conversation(payload.id));
      if (typeof ack === 'function') ack({ ok: true });
    });
    for (const handler of handlers) handler(io, socket);
  });

  return {
    io,
    close: async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.all([closeRedis(connection), closeRedis(subscriber)]);
    },
  };
}

/** Disconnect at the session's expiry, and whenever a periodic check finds the login ended or the user changed. */
function keepRightsTrue(socket: AuthedSocket, secret: string): NodeJS.Timeout[] {
  const { actor, sessionId, expiresAt } = socket.data;
  const credential: string | undefined =
    socket.handshake.auth?.token ?? credentialFrom({ cookie: socket.handshake.headers.cookie })?.token;
  const expiry = setTimeout(
    () => socket.disconnect(true),
    Math.max(0, Math.min(expiresAt.getTime() - Date.now(), 2 ** 31 - 1)),
  );
  const recheck = setInterval(async () => {
    const now = await authenticate(credential, secret).catch(() => undefined);
    if (now === undefined) return; // database away: keep the socket, check again next time
    const same =
      now &&
      now.sessionId === sessionId &&
      now.actor.role === actor.role &&
      now.actor.agencyId === actor.agencyId &&
      now.actor.agencyIsHumas === actor.agencyIsHumas;
    if (!same) socket.disconnect(true);
  }, RECHECK_MS);
  recheck.unref();
  expiry.unref();
  return [expiry, recheck];
}
