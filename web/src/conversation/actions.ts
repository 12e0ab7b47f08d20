// Workflow calls of docs/api.md (issue 5). Each returns the updated conversation.
import { api } from '../api/client';
import type { Conversation } from '../api/types';

export type WorkflowAction =
  'accept' | 'reject' | 'resolve' | 'transfer' | 'claim' | 'notes' | 'assign' | 'status';

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

/** Which buttons make sense for this case and this user right now. */
export function availableActions(c: Conversation, userId: string) {
  const open = ['new', 'routed', 'in_progress', 'waiting', 'rejected'].includes(c.status);
  const holder = c.claimedBy ?? c.assigneeId;
  return {
    accept: c.status === 'new' || c.status === 'routed',
    reject: open && c.status !== 'rejected',
    resolve: open,
    transfer: open,
    // The claim lock decides who answers; without one, an assignment to someone else counts the same way.
    claim: open && !holder,
    takeOver: open && !!holder && holder !== userId,
  };
}
