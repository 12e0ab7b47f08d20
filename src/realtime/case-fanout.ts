// Case pushes are per user: what a user may do to a case depends on who they are (src/views/case-abilities.ts).
// So a changed case is not broadcast as is: every process publishes the shared view once, through Redis, to every
// API process, and each API process sends each of its own sockets that may see the case the view for its user.
// Sockets of an agency that just lost the case get only its id, never the case as it now stands elsewhere.
import type { Server } from 'socket.io';
import { canSeeConversation } from '../auth/access.js';
import { forUser } from '../views/case-abilities.js';
import type { ConversationView } from '../views/conversation-view.js';
import { rooms } from './rooms.js';
import type { AuthedSocket } from './server.js';

/** The server-side event (socket.io serverSideEmit) that carries a case to every API process. */
export const CASE_PUSH = 'case:push';
/** Sent instead of the case to those who may no longer see it (a transfer away from their agency). */
export const CONVERSATION_REMOVED = 'conversation:removed';

export interface CasePush {
  event: 'conversation:new' | 'conversation:updated';
  conversation: ConversationView;
  previousAgencyId: string | null;
}

/** The rooms whose sockets hear about a case: its agency, the all-seeing, and the agency that just lost it. */
export function casePushRooms(view: Pick<ConversationView, 'agencyId'>, previousAgencyId: string | null) {
  const targets = [rooms.agency(view.agencyId), rooms.all];
  if (previousAgencyId && previousAgencyId !== view.agencyId) targets.push(rooms.agency(previousAgencyId));
  return targets;
}

/** Sends one process's sockets their own view of the case (synchronously, so pushes keep their order). */
export function fanOutCase(io: Server, push: CasePush): void {
  const { conversation: view, previousAgencyId } = push;
  const namespace = io.of('/');
  const socketIds = new Set<string>();
  for (const room of casePushRooms(view, previousAgencyId))
    for (const id of namespace.adapter.rooms.get(room) ?? []) socketIds.add(id);
  for (const id of socketIds) {
    const socket = namespace.sockets.get(id) as AuthedSocket | undefined;
    const actor = socket?.data.actor;
    if (!socket || !actor) continue;
    if (canSeeConversation(actor, view)) socket.emit(push.event, { conversation: forUser(view, actor) });
    else socket.emit(CONVERSATION_REMOVED, { id: view.id });
  }
}
