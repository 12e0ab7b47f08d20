// Disposition and status changes on a stored case, enforced by the status machine (transitions.ts): an illegal
// move is an illegal_transition with the Indonesian reason. Each runs through changeCase (change-case.ts).
import { cached } from '../cache/reference-data.js';
import { Types } from 'mongoose';
import type { Actor } from '../auth/access.js';
import { DomainError } from '../domain/errors.js';
import type { ConversationStatus } from '../domain/labels.js';
import { humasAgencyId } from '../routing/route.js';
import type { CaseEventInput } from '../domain/case-events.js';
import { AgencyModel, type ConversationDoc } from '../store/index.js';
import type { WorkflowAction } from '../domain/workflow-actions.js';
import { autoAssign } from './assignment.js';
import { changeCase, type CaseChange, type CaseChangeDeps as WorkflowDeps } from './change-case.js';
import { REASONS } from '../domain/workflow-wording.js';
import { applyAction } from '../domain/transitions.js';

export type CaseRequest =
  | { kind: 'accept' }
  | { kind: 'reject'; reason: string }
  | { kind: 'resolve'; note?: string }
  | { kind: 'transfer'; agencyId: string; reason?: string }
  | { kind: 'status'; status: ConversationStatus };

const conflict = (reason: string) => new DomainError('illegal_transition', reason);

/** The status endpoint names a target; the machine speaks in actions. */
function actionForStatus(current: ConversationStatus, target: ConversationStatus): WorkflowAction | null {
  switch (target) {
    case 'waiting':
      return { type: 'wait' };
    case 'resolved':
      return { type: 'resolve' };
    case 'closed':
      return { type: 'close' };
    case 'spam':
      return { type: 'mark_spam' };
    case 'in_progress':
      return current === 'routed' ? { type: 'accept' } : { type: 'reopen' };
    case 'new':
    case 'routed':
      return { type: 'reopen' };
    default:
      return null; // rejected needs a reason: POST .../reject
  }
}

async function targetAgency(agencyId: string) {
  const agency = Types.ObjectId.isValid(agencyId)
    ? await AgencyModel.findOne({ _id: agencyId, active: true }).lean()
    : null;
  if (!agency) throw new DomainError('invalid_agency', 'Instansi tujuan tidak ditemukan.');
  return agency;
}

/** The decision of one case action on the case as it stands: its fields, its event and whether it moved agencies. */
async function decideCaseAction(actor: Actor, conv: ConversationDoc, req: CaseRequest): Promise<CaseChange> {
  const current = conv.status as ConversationStatus;
  const holder = await cached.agency(conv.agencyId);
  const state = { status: current, agencyId: String(conv.agencyId), agencyIsHumas: Boolean(holder?.isHumas) };
  const set: Record<string, unknown> = {};
  let action: WorkflowAction | null;
  let event: { type: 'accepted' | 'rejected' | 'routed' | 'transferred' | 'status_changed'; data: object } = {
    type: 'status_changed',
    data: {},
  };

  switch (req.kind) {
    case 'accept':
      action = { type: 'accept' };
      event = { type: 'accepted', data: {} };
      if (!conv.assigneeId && actor.agencyId === state.agencyId) set.assigneeId = actor.id;
      break;
    case 'reject':
      action = { type: 'reject', reason: req.reason };
      event = {
        type: 'rejected',
        data: { reason: req.reason.trim(), fromAgencyId: state.agencyId, fromAgency: holder?.shortName },
      };
      // Bukan wewenang: back to the humas desk, with the reason visible on the case.
      Object.assign(set, {
        agencyId: await humasAgencyId(),
        rejectionReason: req.reason.trim(),
        assigneeId: null,
        claimedBy: null,
      });
      break;
    case 'transfer': {
      const to = await targetAgency(req.agencyId);
      // From the humas desk it is a disposisi (route); between agencies a transfer.
      const fromTriage = current === 'new' || current === 'rejected';
      action = {
        type: fromTriage ? 'route' : 'transfer',
        agencyId: String(to._id),
        agencyIsHumas: to.isHumas,
      };
      event = {
        type: fromTriage ? 'routed' : 'transferred',
        data: {
          by: 'officer',
          fromAgencyId: state.agencyId,
          fromAgency: holder?.shortName,
          toAgencyId: String(to._id),
          toAgency: to.shortName,
          reason: req.reason?.trim() || null,
        },
      };
      Object.assign(set, { agencyId: to._id, assigneeId: null, claimedBy: null });
      if (fromTriage) set.rejectionReason = null;
      break;
    }
    case 'resolve':
      action = { type: 'resolve' };
      event = { type: 'status_changed', data: { note: req.note?.trim() || null } };
      Object.assign(set, { resolvedAt: new Date(), claimedBy: null });
      break;
    case 'status':
      action = actionForStatus(current, req.status);
      if (!action) throw conflict(REASONS.rejectThroughEndpoint);
      if (req.status === 'resolved') set.resolvedAt = new Date();
      break;
  }

  if (!action) throw conflict('Aksi tidak dikenal.');
  const result = applyAction(state, action);
  if (!result.ok) throw conflict(result.reason);
  if (req.kind === 'status' && result.status !== req.status) {
    throw conflict(`Kasus ini tidak dapat langsung berstatus ${req.status}; hasilnya akan ${result.status}.`);
  }
  if (result.status === 'in_progress' && (current === 'resolved' || current === 'closed'))
    set.resolvedAt = null;
  set.status = result.status;
  const moved = set.agencyId !== undefined && String(set.agencyId) !== state.agencyId;
  return {
    set,
    events: [
      {
        type: event.type,
        actorId: actor.id,
        data: { ...event.data, from: current, to: result.status, action: action.type },
      } as CaseEventInput,
    ],
    replanSla: true,
    previousAgencyId: moved ? state.agencyId : undefined,
  };
}

/** Runs one case action as `key` (a retried request with the same key changes the case once). */
export async function runCaseAction(
  deps: WorkflowDeps,
  actor: Actor,
  conv: ConversationDoc,
  req: CaseRequest,
  key: string,
) {
  const done = await changeCase(deps, conv, key, (fresh) => decideCaseAction(actor, fresh, req));
  const arrived = String(done.conversation.agencyId) !== String(conv.agencyId);
  // A case that arrived in another agency goes to one of its online officers, if any.
  if (arrived) return (await autoAssign(deps, String(conv._id), `${key}:assign`))?.view ?? done.view;
  return done.view;
}
