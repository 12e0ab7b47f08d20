// Workers and API processes publish through Redis, so every API process's sockets receive the events.
// A push is best effort: while Redis is unreachable it is dropped with a warning (at most one log line a minute)
// and counted on /metrics; the inbox refetches what it missed when its socket reconnects.
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { childLog } from '../log.js';
import { realtimeDropped } from '../metrics/metrics.js';
import { withoutUnobservedRejections } from '../queue/redis.js';
import type { ConversationView } from '../views/conversation-view.js';
import type { MessageView } from '../views/message-view.js';
import { CASE_PUSH, type CasePush } from './case-fanout.js';
import { socketRightsFor } from './rights.js';
import { rooms, socketKey } from './rooms.js';

const log = childLog('realtime');
const WARN_EVERY_MS = 60_000;
/** Tells every open inbox to fetch again: pushes were dropped meanwhile. */
export const RESYNC_EVENT = 'resync';

export interface RealtimePublisher {
  conversationNew(view: ConversationView): void;
  conversationUpdated(view: ConversationView, previousAgencyId?: string): void;
  messageNew(view: MessageView): void;
  messageUpdated(view: MessageView): void;
  toUser(userId: string, event: string, payload: unknown): void;
}

/** Logs the first dropped push, then one line a minute with the count, so an outage does not flood the log. */
function dropWithWarning(onDrop: () => void) {
  let lastWarning = 0;
  let droppedSinceWarning = 0;
  return (_method: string, err: Error) => {
    onDrop();
    realtimeDropped.inc();
    droppedSinceWarning++;
    if (Date.now() - lastWarning < WARN_EVERY_MS) return;
    log.warn({ err: err.message, dropped: droppedSinceWarning }, 'Redis unreachable: live pushes dropped');
    lastWarning = Date.now();
    droppedSinceWarning = 0;
  };
}

export function createPublisher(redis: Redis, prefix: string): RealtimePublisher {
  let missed = false;
  // The emitter never awaits publish: a failure must not reject unobserved (src/queue/redis.ts).
  const guarded = withoutUnobservedRejections(
    redis,
    ['publish'],
    dropWithWarning(() => (missed = true)),
  );
  const emitter = new Emitter(guarded, { key: socketKey(prefix) });
  // Sockets stay connected while Redis is away, so nothing tells an open inbox it missed pushes: once Redis is
  // back, ask every inbox to fetch again.
  redis.on('ready', () => {
    if (!missed) return;
    missed = false;
    emitter.emit(RESYNC_EVENT, { reason: 'redis_recovered' });
  });
  const rights = socketRightsFor(redis, prefix);
  // Each API process gives each of its sockets the case as its user sees it (src/realtime/case-fanout.ts).
  const pushCase = (push: CasePush) => emitter.serverSideEmit(CASE_PUSH, push);
  return {
    conversationNew: (view) =>
      pushCase({ event: 'conversation:new', conversation: view, previousAgencyId: null }),
    conversationUpdated: (view, previousAgencyId) => {
      // A transfer also reaches the agency that lost the case, so it disappears from its inbox...
      pushCase({
        event: 'conversation:updated',
        conversation: view,
        previousAgencyId: previousAgencyId ?? null,
      });
      // ...and those who saw it only through that agency stop receiving its messages.
      if (previousAgencyId && previousAgencyId !== view.agencyId)
        rights.conversationMoved(view.id, view.agencyId);
    },
    messageNew: (view) =>
      emitter.to(rooms.conversation(view.conversationId)).emit('message:new', { message: view }),
    messageUpdated: (view) =>
      emitter.to(rooms.conversation(view.conversationId)).emit('message:updated', { message: view }),
    toUser: (userId, event, payload) => emitter.to(rooms.user(userId)).emit(event, payload),
  };
}
