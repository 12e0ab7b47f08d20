// Workflow calls of docs/api.md. Which of them this user may make on a case comes from the server with the case
// (`availableActions`, `claimAction`; src/views/case-abilities.ts): the web keeps no rules of its own.
import { api } from '../api/client';
import type { CaseActionOffer, Conversation } from '../api/types';

export type WorkflowAction = CaseActionOffer['endpoint'] | 'claim' | 'notes' | 'assign';

export async function runAction(
  id: string,
  action: WorkflowAction,
  body: unknown = {},
): Promise<Conversation> {
  const res = await api<{ conversation: Conversation }>(
    `/api/conversations/${encodeURIComponent(id)}/${action}`,
    { method: 'POST', body },
  );
  return res.conversation;
}

/** Runs one offered action, with what the officer filled in (reason, target agency, note). */
export function runOffer(id: string, offer: CaseActionOffer, fields: Record<string, unknown> = {}) {
  return runAction(id, offer.endpoint, offer.status ? { ...fields, status: offer.status } : fields);
}

/** The offer of this name, if the server made it. */
export const offered = (c: Conversation, name: CaseActionOffer['name']) =>
  c.availableActions.find((o) => o.name === name);
