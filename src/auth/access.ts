// Who sees what. Every read and write of a conversation goes through these.
import type { Actor } from '../domain/actor.js';

export type { Actor } from '../domain/actor.js';

/** Admins and humas supervisors (leadership) see every agency; everyone else only their own. */
export function seesAllAgencies(actor: Actor): boolean {
  return actor.role === 'admin' || (actor.role === 'supervisor' && actor.agencyIsHumas);
}

/** A Mongo filter that limits conversations to what the actor may see. */
export function conversationScope(actor: Actor): Record<string, unknown> {
  return seesAllAgencies(actor) ? {} : { agencyId: actor.agencyId };
}

export function canSeeConversation(actor: Actor, conv: { agencyId: unknown }): boolean {
  return seesAllAgencies(actor) || String(conv.agencyId) === actor.agencyId;
}
