// Ingest's second stage: what a stored citizen message changes on its case, as one change keyed by the message
// (src/workflow/change-case.ts), so a retry after a crash at any point changes the case once. Messages of one
// thread may be processed out of order: only a newer message moves the latest-message fields, and a more urgent
// message raises the case's urgency (never lowers it). The citizen writing again also resumes a waiting case and
// reopens a finished one, and re-plans the SLA when either that or the urgency moved the clocks.
import { URGENCIES, type ConversationStatus, type Urgency } from '../domain/labels.js';
import type { CaseEventInput } from '../domain/case-events.js';
import { applyAction } from '../domain/transitions.js';
import { cached } from '../cache/reference-data.js';
import type { ConversationDoc, MessageDoc } from '../store/index.js';
import { changeCase, type CaseChange, type CaseChangeDeps } from '../workflow/change-case.js';
import { preview, SEARCH_TEXT_LIMIT } from './store-message.js';

const FINISHED: readonly string[] = ['resolved', 'closed'];

/** The status a citizen's new message leads to, with its event; null when it leaves the status as it is. */
function statusChange(conv: ConversationDoc, holderIsHumas: boolean) {
  const current = conv.status as ConversationStatus;
  const state = { status: current, agencyId: String(conv.agencyId), agencyIsHumas: holderIsHumas };
  const result = applyAction(state, { type: 'citizen_message' });
  if (!result.ok || !result.changed) return null;
  const set: Record<string, unknown> = { status: result.status };
  if (FINISHED.includes(current)) set.resolvedAt = null;
  const data = { from: current, to: result.status, action: 'citizen_message' };
  return { set, event: { type: 'status_changed', actorId: null, data } satisfies CaseEventInput };
}

/**
 * The change a later citizen message makes to its case as it stands (pure; the holder's humas flag comes from the
 * cache). The opening message changes nothing: the case was opened with it counted
 * (src/pipeline/store-message.ts); only a message stored before that counts here.
 */
export function messageChange(
  conv: ConversationDoc,
  message: MessageDoc,
  holderIsHumas: boolean,
): CaseChange | null {
  if (message.pipeline?.opened) return conv.messageCount ? null : { inc: { messageCount: 1 }, events: [] };
  const change: CaseChange = { inc: { messageCount: 1 }, events: [] };
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
  const moved = statusChange(conv, holderIsHumas);
  if (moved) {
    Object.assign(set, moved.set);
    change.events.push(moved.event);
  }
  // A case whose clocks were never planned (its routed step still queued) is planned by that step.
  const planned = Boolean(conv.sla?.policyUrgency);
  change.replanSla = Boolean(moved) || (planned && (set.urgency ?? conv.urgency) !== conv.sla?.policyUrgency);
  change.set = set;
  return change;
}

export interface AppliedMessage {
  /** The case as this change left it, pushed live already (null when nothing new was written now). */
  written: Awaited<ReturnType<typeof changeCase>> | null;
  /** The change moved the status or the clocks of a case nobody holds: an officer should be found. */
  needsOfficer: boolean;
}

export async function applyToCase(
  deps: CaseChangeDeps,
  conv: ConversationDoc,
  message: MessageDoc,
): Promise<AppliedMessage> {
  let decided: CaseChange | null = null;
  const outcome = await changeCase(deps, conv, `message:${String(message._id)}`, async (fresh) => {
    decided = messageChange(fresh, message, Boolean((await cached.agency(fresh.agencyId))?.isHumas));
    return decided;
  });
  if (outcome.repeated) return { written: null, needsOfficer: !outcome.conversation.assigneeId };
  const moved = decided as CaseChange | null;
  const needsOfficer = Boolean(moved?.replanSla) && !outcome.conversation.assigneeId;
  return { written: outcome.changed ? outcome : null, needsOfficer };
}
