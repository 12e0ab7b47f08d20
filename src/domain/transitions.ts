// The case status machine, as a table: for each action, the statuses it may start from and where it leads.
import type { ConversationStatus } from './labels.js';
import type { CaseState, TransitionResult, WorkflowAction, WorkflowActionType } from './workflow-actions.js';
import { illegalTransitionReason, REASONS } from './workflow-wording.js';

type Target = ConversationStatus | ((current: CaseState) => ConversationStatus);

/** A closed case that comes back goes to its agency's queue, or to humas triage if it never left humas. */
const backToHolder = (c: CaseState): ConversationStatus =>
  c.agencyId && !c.agencyIsHumas ? 'routed' : 'new';

export const TRANSITIONS: Record<WorkflowActionType, Partial<Record<ConversationStatus, Target>>> = {
  route: { new: 'routed', rejected: 'routed' },
  accept: { routed: 'in_progress' },
  reject: { routed: 'rejected', in_progress: 'rejected' },
  transfer: { routed: 'routed', in_progress: 'routed', waiting: 'routed' },
  // Humas may answer a simple question itself, before or instead of a disposisi.
  first_reply: { new: 'in_progress', routed: 'in_progress', rejected: 'in_progress' },
  wait: { in_progress: 'waiting' },
  // A citizen writing again: resumes a waiting case, reopens a finished one, leaves the others as they are.
  citizen_message: {
    new: 'new',
    routed: 'routed',
    in_progress: 'in_progress',
    rejected: 'rejected',
    spam: 'spam',
    waiting: 'in_progress',
    resolved: 'in_progress',
    closed: backToHolder,
  },
  resolve: { in_progress: 'resolved', waiting: 'resolved' },
  // waiting -> closed: the citizen never answered. new/rejected -> closed: nothing to follow up (e.g. thanks).
  close: { resolved: 'closed', waiting: 'closed', new: 'closed', rejected: 'closed' },
  mark_spam: { new: 'spam', routed: 'spam', rejected: 'spam', in_progress: 'spam', waiting: 'spam' },
  reopen: { resolved: 'in_progress', closed: backToHolder, spam: 'new' },
};

/** Checks an action's own arguments against the case (who may reject, where a case may be sent). */
function argumentProblem(current: CaseState, action: WorkflowAction): string | null {
  switch (action.type) {
    case 'reject':
      if (current.agencyIsHumas) return REASONS.humasCannotReject;
      if (!action.reason?.trim()) return REASONS.rejectNeedsReason;
      return null;
    case 'route':
    case 'transfer':
      if (!action.agencyId?.trim()) return REASONS.targetMissing;
      if (action.agencyIsHumas) return REASONS.targetIsHumas;
      if (action.agencyId === current.agencyId) return REASONS.sameAgency;
      return null;
    default:
      return null;
  }
}

/** Applies an action to a case: the new status, or an Indonesian explanation of why it is not allowed. */
export function applyAction(current: CaseState, action: WorkflowAction): TransitionResult {
  const row = TRANSITIONS[action.type];
  const target = row[current.status];
  if (target === undefined) {
    const allowedFrom = Object.keys(row) as ConversationStatus[];
    return { ok: false, reason: illegalTransitionReason(action.type, current.status, allowedFrom) };
  }
  const problem = argumentProblem(current, action);
  if (problem) return { ok: false, reason: problem };
  const status = typeof target === 'function' ? target(current) : target;
  return { ok: true, status, changed: status !== current.status };
}

/** The actions an officer may try on a case in this status (to show only the buttons that work). */
export function availableActions(status: ConversationStatus): WorkflowActionType[] {
  return (Object.keys(TRANSITIONS) as WorkflowActionType[]).filter(
    (a) => TRANSITIONS[a][status] !== undefined,
  );
}

/** A claim means something only while the case is still being worked on. */
export const CLAIMABLE_STATUSES: readonly ConversationStatus[] = [
  'new',
  'routed',
  'in_progress',
  'waiting',
  'rejected',
];
