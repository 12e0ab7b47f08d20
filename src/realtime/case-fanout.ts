// Case pushes are per user: what a user may do to a case depends on who they are (src/views/case-abilities.ts).
// So a changed case is not broadcast as is: every process publishes the shared view once, through Redis, to every
// API process, and each API process sends each of its own sockets that may see the case the view for its user.
// Sockets of an agency that just lost the case get only its id, never the case as it now stands elsewhere.
import type { Server } from 'socket.io';
import { canSeeConversation } from '../auth/access.js';
import { caseAbilities, offersOn } from '../views/case-abilities.js';
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

/**
 * Sends one process's sockets their own view of the case. Users who may do the same things get the same payload,
 * so sockets are grouped by it and each group's payload is built and encoded once (at most three groups: the
 * claim holder, the others who see the case, those who just lost it). Synchronous, so pushes keep their order.
 */
export function fanOutCase(io: Server, push: CasePush): void {
  const { conversation: view, previousAgencyId } = push;
  const namespace = io.of('/');
  const socketIds = new Set<string>();
  for (const room of casePushRooms(view, previousAgencyId))
    for (const id of namespace.adapter.rooms.get(room) ?? []) socketIds.add(id);
  const offers = offersOn(view);
  const groups = new Map<string, { event: string; payload: object; socketIds: string[] }>();
  for (const id of socketIds) {
    const actor = (namespace.sockets.get(id) as AuthedSocket | undefined)?.data.actor;
    if (!actor) continue;
    const visible = canSeeConversation(actor, view);
    const abilities = visible ? caseAbilities(actor, view, offers) : null;
    const key = abilities ? `${abilities.claimAction}:${abilities.replyNeedsTakeOver}` : 'removed';
    let group = groups.get(key);
    if (!group) {
      group = abilities
        ? { event: push.event, payload: { conversation: { ...view, ...abilities } }, socketIds: [] }
        : { event: CONVERSATION_REMOVED, payload: { id: view.id }, socketIds: [] };
      groups.set(key, group);
    }
    group.socketIds.push(id);
  }
  // Socket ids are rooms of their own; `local` keeps the emit in this process (each process serves its own).
  for (const group of groups.values()) namespace.local.to(group.socketIds).emit(group.event, group.payload);
}
