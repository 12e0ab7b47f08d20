// Who sees what. Every read and write of a conversation goes through these.
import type { Role } from '../domain/labels.js';

export interface Actor {
  id: string;
  name: string;
  role: Role;
  agencyId: string;
  agencyIsHumas: boolean;
  timezone: string;
}

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
