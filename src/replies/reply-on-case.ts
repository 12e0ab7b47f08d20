// What a stored reply changes on its case, as one change (src/workflow/change-case.ts) keyed by the reply: first
// response (and the switch of SLA timelines), latest message, count, the replier holding an unassigned case, the
// first reply starting the follow-up (first_reply -> in_progress), and the `replied` event. The API runs it right
// after storing the reply; the send job runs it again if the reply's stage says the API died before finishing.
import { cached } from '../cache/reference-data.js';
import type { AppContext } from '../context.js';
import type { ConversationStatus } from '../domain/labels.js';
import type { CaseEventInput } from '../domain/case-events.js';
import { advanceStage, stageOf } from '../pipeline/stages.js';
import { UserModel, type ConversationDoc, type MessageDoc } from '../store/index.js';
import { changeCase, type CaseChange } from '../workflow/change-case.js';
import { applyAction } from '../domain/transitions.js';

export interface Replier {
  id: string;
  agencyId: string;
}

/** The first reply tells the citizen the number to quote, unless the officer already wrote it. */
export function withTicketNumber(text: string, ticketNumber: string): string {
  return text.includes(ticketNumber) ? text : `${text}\n\nNomor tiket Anda: ${ticketNumber}`;
}

async function replierOf(message: MessageDoc): Promise<Replier | null> {
  const user = await UserModel.findById(message.sentBy).select('agencyId').lean();
  return user ? { id: String(user._id), agencyId: String(user.agencyId) } : null;
}

/** The change a reply makes to its case as it stands now. */
export function replyChange(
  conv: ConversationDoc,
  message: MessageDoc,
  replier: Replier | null,
  holderIsHumas: boolean,
): CaseChange {
  const at: Date = message.createdAt;
  const first = !conv.firstRespondedAt;
  const messageId = String(message._id);
  const set: Record<string, unknown> = {};
  const events: CaseEventInput[] = [
    {
      type: 'replied',
      actorId: replier?.id ?? null,
      data: { messageId, visibility: message.visibility, first },
    },
  ];
  if (first) set.firstRespondedAt = at;
  // Replies may be recorded out of order: only a newer one moves the inbox preview.
  if (!conv.lastMessageAt || at >= conv.lastMessageAt)
    Object.assign(set, { lastMessageAt: at, preview: String(message.text).slice(0, 200) });
  if (replier && !conv.assigneeId && replier.agencyId === String(conv.agencyId)) {
    set.assigneeId = replier.id;
    events.push({ type: 'assigned', actorId: replier.id, data: { userId: replier.id, by: 'reply' } });
  }
  const current = conv.status as ConversationStatus;
  const moved = first
    ? applyAction({ status: current, agencyIsHumas: holderIsHumas }, { type: 'first_reply' })
    : null;
  if (moved?.ok && moved.changed) {
    set.status = moved.status;
    const data = { from: current, to: moved.status, action: 'first_reply' };
    events.push({ type: 'status_changed', actorId: replier?.id ?? null, data });
  }
  return { set, inc: { messageCount: 1 }, events, replanSla: first };
}

export async function recordReplyOnCase(ctx: AppContext, message: MessageDoc, replier?: Replier) {
  if (stageOf(message) === 'done') return;
  const who = replier ?? (await replierOf(message));
  await changeCase(ctx, String(message.conversationId), `reply:${String(message._id)}`, async (conv) => {
    const holder = await cached.agency(conv.agencyId);
    return replyChange(conv, message, who, Boolean(holder?.isHumas));
  });
  await advanceStage(message._id, 'stored', 'done');
}
