// socket.io for the live inbox. Rooms are joined only after the same access checks as the REST API.
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Types } from 'mongoose';
import { Server, type Socket } from 'socket.io';
import { actorFromToken } from '../api/auth.js';
import { canSeeConversation, seesAllAgencies, type Actor } from '../auth/access.js';
import type { Config } from '../config.js';
import { closeRedis, createRedis, withoutUnobservedRejections } from '../queue/redis.js';
import { childLog } from '../log.js';
import { ConversationModel } from '../store/index.js';
import { rooms, socketKey } from './rooms.js';

const log = childLog('realtime');

export type AuthedSocket = Socket & { data: { actor: Actor } };
/** Extra per-socket handlers (presence, typing) are registered by the capabilities that own them. */
export type SocketHandler = (io: Server, socket: AuthedSocket) => void;

export async function canJoinConversation(actor: Actor, id: unknown): Promise<boolean> {
  if (typeof id !== 'string' || !Types.ObjectId.isValid(id)) return false;
  const conv = await ConversationModel.findById(id).select('agencyId').lean();
  return Boolean(conv && canSeeConversation(actor, conv));
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
    const actor = await actorFromToken(socket.handshake.auth?.token, config.JWT_SECRET).catch(() => null);
    if (!actor) return next(new Error('unauthorized'));
    socket.data.actor = actor;
    next();
  });

  io.on('connection', (raw) => {
    const socket = raw as AuthedSocket;
    const { actor } = socket.data;
    socket.join([
      rooms.agency(actor.agencyId),
      rooms.user(actor.id),
      ...(seesAllAgencies(actor) ? [rooms.all] : []),
    ]);
    socket.on('conversation:join', async (payload: { id?: string }, ack?: (r: object) => void) => {
      const ok = await canJoinConversation(actor, payload?.id);
      if (ok) await socket.join(rooms.conversation(payload.id!));
      ack?.(ok ? { ok } : { ok, error: 'Percakapan tidak ditemukan.' });
    });
    socket.on('conversation:leave', (payload: { id?: string }, ack?: (r: object) => void) => {
      if (typeof payload?.id === 'string') socket.leave(rooms.conversation(payload.id));
      ack?.({ ok: true });
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
