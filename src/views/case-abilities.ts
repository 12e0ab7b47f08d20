// What THIS user may do to THIS case now, computed once on the server and sent with every view of the case (REST
// and live pushes), so the inbox shows exactly what the endpoints accept and keeps no rules of its own.
// Each offer is checked with the functions the endpoints use: visibility (src/auth/access.ts) and the status
// machine (src/workflow/transitions.ts), with the request the endpoint builds (src/workflow/case-actions.ts).
import { canSeeConversation, type Actor } from '../auth/access.js';
import type { ConversationStatus } from '../domain/labels.js';
import type { WorkflowAction } from '../domain/workflow-actions.js';
import { applyAction, CLAIMABLE_STATUSES } from '../domain/transitions.js';
import type { ConversationView } from './conversation-view.js';

export const CASE_ACTIONS = [
  'accept',
  'reject',
  'transfer',
  'resolve',
  'wait',
  'close',
  'mark_spam',
  'reopen',
] as const;
export type CaseActionName = (typeof CASE_ACTIONS)[number];

/** One button: `POST /api/conversations/:id/<endpoint>`, with `{status}` for the status endpoint. */
export interface CaseActionOffer {
  name: CaseActionName;
  endpoint: 'accept' | 'reject' | 'transfer' | 'resolve' | 'status';
  status?: ConversationStatus;
}

export interface CaseAbilities {
  /** Workflow actions this user may take now; each is accepted by its endpoint. */
  availableActions: CaseActionOffer[];
  /** The claim lock: take a free case, take over one another officer holds, or nothing (the user holds it). */
  claimAction: 'claim' | 'take_over' | null;
  /** Replying first takes the lock from the officer holding it (the platform's own window is checked apart). */
  replyNeedsTakeOver: boolean;
}

/** The case as one user sees it: the shared view plus what that user may do. */
export type UserConversationView = ConversationView & CaseAbilities;

/** Stands for the agency the officer will pick: any other active, non-humas agency. */
const ANOTHER_AGENCY = 'another-agency';

/** The machine action each offer's endpoint runs from `status` (the mapping of src/workflow/case-actions.ts). */
function machineAction(name: CaseActionName, status: ConversationStatus): WorkflowAction {
  const fromTriage = status === 'new' || status === 'rejected';
  switch (name) {
    case 'reject':
      return { type: 'reject', reason: 'alasan diisi petugas' };
    case 'transfer':
      return { type: fromTriage ? 'route' : 'transfer', agencyId: ANOTHER_AGENCY, agencyIsHumas: false };
    case 'mark_spam':
      return { type: 'mark_spam' };
    default:
      return { type: name };
  }
}

const STATUS_ENDPOINT: Partial<Record<CaseActionName, ConversationStatus | 'target'>> = {
  wait: 'waiting',
  close: 'closed',
  mark_spam: 'spam',
  // Reopening asks for the status the machine leads to (in progress, or back to the holder's queue).
  reopen: 'target',
};

function offerOf(view: ConversationView, name: CaseActionName): CaseActionOffer | null {
  const status = view.status as ConversationStatus;
  const state = { status, agencyId: view.agencyId, agencyIsHumas: Boolean(view.agency?.isHumas) };
  const result = applyAction(state, machineAction(name, status));
  if (!result.ok) return null;
  const viaStatus = STATUS_ENDPOINT[name];
  if (!viaStatus) return { name, endpoint: name as CaseActionOffer['endpoint'] };
  return { name, endpoint: 'status', status: viaStatus === 'target' ? result.status : viaStatus };
}

export function caseAbilities(actor: Actor, view: ConversationView): CaseAbilities {
  if (!canSeeConversation(actor, view))
    return { availableActions: [], claimAction: null, replyNeedsTakeOver: false };
  const holder = view.claimedBy;
  const heldByOther = Boolean(holder) && holder !== actor.id;
  const claimable = CLAIMABLE_STATUSES.includes(view.status as ConversationStatus);
  return {
    availableActions: CASE_ACTIONS.map((name) => offerOf(view, name)).filter(
      (o): o is CaseActionOffer => o !== null,
    ),
    claimAction: !claimable || holder === actor.id ? null : heldByOther ? 'take_over' : 'claim',
    replyNeedsTakeOver: heldByOther,
  };
}

export function forUser(view: ConversationView, actor: Actor): UserConversationView;
export function forUser(view: ConversationView | null, actor: Actor): UserConversationView | null;
export function forUser(view: ConversationView | null, actor: Actor): UserConversationView | null {
  return view && { ...view, ...caseAbilities(actor, view) };
}
