// Workers and API processes publish through Redis, so every API process's sockets receive the events.
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { childLog } from '../log.js';
import { withoutUnobservedRejections } from '../queue/redis.js';
import type { ConversationView } from '../views/conversation-view.js';
import type { MessageView } from '../views/message-view.js';
import { socketRightsFor } from './rights.js';
import { rooms, socketKey } from './rooms.js';

export interface RealtimePublisher {
  conversationNew(view: ConversationView): void;
  conversationUpdated(view: ConversationView, previousAgencyId?: string): void;
  messageNew(view: MessageView): void;
  messageUpdated(view: MessageView): void;
  toUser(userId: string, event: string, payload: unknown): void;
}

const log = childLog('realtime');

export function createPublisher(redis: Redis, prefix: string): RealtimePublisher {
  // A push that cannot reach Redis is dropped with a warning (the inbox refetches on reconnect).
  const guarded = withoutUnobservedRejections(redis, ['publish'], (_m, err) =>
    log.warn({ err: err.message }, 'realtime push dropped: Redis unreachable'),
  );
  const emitter = new Emitter(guarded, { key: socketKey(prefix) });
  const agencyRooms = (agencyId: string) => [rooms.agency(agencyId), rooms.all];
  const rights = socketRightsFor(redis, prefix);
  return {
    conversationNew: (view) =>
      emitter.to(agencyRooms(view.agencyId)).emit('conversation:new', { conversation: view }),
    conversationUpdated: (view, previousAgencyId) => {
      const targets = agencyRooms(view.agencyId);
      // A transfer must also reach the agency that lost the case, so it disappears from its inbox.
      if (previousAgencyId && previousAgencyId !== view.agencyId)
        targets.push(rooms.agency(previousAgencyId));
      emitter.to(targets).emit('conversation:updated', { conversation: view });
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
