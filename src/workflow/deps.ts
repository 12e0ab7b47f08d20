// What the workflow needs from a running process: the realtime publisher and the SLA queue.
import type { Queue } from 'bullmq';
import { recordEventOnce } from '../pipeline/once.js';
import type { RealtimePublisher } from '../realtime/publisher.js';
import { recordCaseEvent } from '../case-events/recorded.js';
import { EventModel } from '../store/index.js';
import { conversationView, type ConversationView } from '../views/conversation-view.js';

export interface WorkflowDeps {
  publisher: RealtimePublisher;
  queues: { sla: Queue };
}

/** Append one audit-log entry of a conversation; with `onceKey`, at most one entry per key (retried jobs). */
export async function recordEvent(
  conv: { _id: unknown; agencyId: unknown },
  type: string,
  actorId: string | null,
  data: Record<string, unknown> = {},
  onceKey?: string,
) {
  const event = { conversationId: conv._id, type, actorId, agencyId: conv.agencyId, data };
  if (onceKey) return void (await recordEventOnce(onceKey, event));
  const created = await EventModel.create(event);
  await recordCaseEvent(created);
}

/** Push the fresh view to the agency rooms (and to the agency that just lost the case) and return it. */
export async function publishConversation(
  deps: Pick<WorkflowDeps, 'publisher'>,
  conversationId: unknown,
  previousAgencyId?: string,
): Promise<ConversationView> {
  const view = await conversationView(conversationId as string);
  if (!view) throw new Error(`conversation ${String(conversationId)} vanished`);
  deps.publisher.conversationUpdated(view, previousAgencyId);
  return view;
}
