// Ingest's second stage: what a stored citizen message changes on its case, as one change keyed by the message
// (src/workflow/change-case.ts), so a retry after a crash at any point changes the case once. Messages of one
// thread may be processed out of order: only a newer message moves the latest-message fields, and a more urgent
// message raises the case's urgency (never lowers it).
import { URGENCIES, type Urgency } from '../domain/labels.js';
import type { CaseEventInput } from '../domain/case-events.js';
import type { ConversationDoc, MessageDoc } from '../store/index.js';
import { changeCase, type CaseChange, type CaseChangeDeps } from '../workflow/change-case.js';
import { preview, SEARCH_TEXT_LIMIT } from './store-message.js';

/** The change a later citizen message makes to its case as it stands (the opening message only counts). */
export function messageChange(conv: ConversationDoc, message: MessageDoc): CaseChange {
  const change: CaseChange = { inc: { messageCount: 1 }, events: [] };
  if (message.pipeline?.opened) return change;
  const at: Date = message.createdAt;
  const set: Record<string, unknown> = {};
  if (!conv.lastInboundAt || conv.lastInboundAt < at) set.lastInboundAt = at;
  if (!conv.lastMessageAt || conv.lastMessageAt <= at)
    Object.assign(set, { lastMessageAt: at, preview: preview(message) });
  const lower = String(message.text ?? '').toLowerCase();
  if (lower && !conv.searchText?.includes(lower))
    set.searchText = `${conv.searchText ?? ''} ${lower}`.slice(0, SEARCH_TEXT_LIMIT);
  const urgency = message.pipeline?.urgency as Urgency | undefined;
  const rank = urgency ? URGENCIES.indexOf(urgency) : -1;
  if (rank >= 0 && rank < conv.urgencyRank) {
    Object.assign(set, { urgency, urgencyRank: rank });
    const data = { by: 'system', field: 'urgency', from: conv.urgency as Urgency, to: urgency! } as const;
    change.events.push({ type: 'reclassified', actorId: null, data } satisfies CaseEventInput);
  }
  change.set = set;
  return change;
}

export async function applyToCase(deps: CaseChangeDeps, conv: ConversationDoc, message: MessageDoc) {
  return changeCase(deps, conv, `message:${String(message._id)}`, (fresh) => messageChange(fresh, message));
}
