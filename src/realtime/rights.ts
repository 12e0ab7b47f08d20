// Socket rights follow the user's rights as they change, in every API process: a case moved to another agency
// leaves the rooms of those who may no longer see it; a deactivated user, a changed role or an ended login
// disconnects the sockets concerned (the client reconnects and is checked again). Sent through Redis like any push.
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { childLog } from '../log.js';
import { withoutUnobservedRejections } from '../queue/redis.js';
import { rooms, socketKey } from './rooms.js';

const log = childLog('realtime:rights');

export interface SocketRights {
  /** Everyone in the conversation's rooms who is neither all-seeing nor of its (new) agency leaves them. */
  conversationMoved(conversationId: string, agencyId: string): void;
  disconnectUser(userId: string): void;
  disconnectSession(sessionId: string): void;
}

export function createSocketRights(redis: Redis, prefix: string): SocketRights {
  // Redis being away is a warning, not a crash: sockets still lose rights they no longer have at their next
  // periodic check (src/realtime/server.ts).
  const guarded = withoutUnobservedRejections(redis, ['publish'], (_m, err) =>
    log.warn({ err: err.message }, 'socket rights change not sent (Redis unavailable)'),
  );
  const emitter = new Emitter(guarded, { key: socketKey(prefix) });
  return {
    conversationMoved: (conversationId, agencyId) =>
      emitter
        .in(rooms.conversation(conversationId))
        .except([rooms.all, rooms.agency(agencyId)])
        .socketsLeave([rooms.conversation(conversationId), rooms.viewers(conversationId)]),
    disconnectUser: (userId) => emitter.in(rooms.user(userId)).disconnectSockets(true),
    disconnectSession: (sessionId) => emitter.in(rooms.session(sessionId)).disconnectSockets(true),
  };
}

const cache = new WeakMap<Redis, SocketRights>();
/** One per Redis connection, so callers need not carry it around. */
export function socketRightsFor(redis: Redis, prefix: string): SocketRights {
  let rights = cache.get(redis);
  if (!rights) cache.set(redis, (rights = createSocketRights(redis, prefix)));
  return rights;
}
