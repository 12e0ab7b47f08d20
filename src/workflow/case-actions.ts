// Disposition and status changes on a stored case, enforced by the status machine (transitions.ts):
// an illegal move is a 409 with the Indonesian reason. Every change is an Event, moves the SLA clocks and is pushed live.
import { Types } from 'mongoose';
import type { Actor } from '../auth/access.js';
import { ApiError } from '../api/errors.js';
import type { ConversationStatus } from '../domain/labels.js';
import { humasAgencyId } from '../pipeline/route.js';
import { refreshSla } from '../sla/timers.js';
import { AgencyModel, ConversationModel } from '../store/index.js';
import type { WorkflowAction } from './actions.js';
import { autoAssign } from './assignment.js';
import { publishConversation, recordEvent, type WorkflowDeps } from './deps.js';
import { applyAction } from './transitions.js';

export type CaseRequest =
  | { kind: 'accept' }
  | { kind: 'reject'; reason: string }
  | { kind: 'resolve'; note?: string }
  | { kind: 'transfer'; agencyId: string; reason?: string }
  | { kind: 'status'; status: ConversationStatus };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConversationDoc = any;

const conflict = (reason: string) => new ApiError(409, 'illegal_transition', reason);

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
  if (!agency) throw new ApiError(400, 'invalid_agency', 'Instansi tujuan tidak ditemukan.');
  return agency;
}

export async function runCaseAction(
  deps: WorkflowDeps,
  actor: Actor,
  conv: ConversationDoc,
  req: CaseRequest,
) {
  const current = conv.status as ConversationStatus;
  const holder = await AgencyModel.findById(conv.agencyId).lean();
  const state = { status: current, agencyId: String(conv.agencyId), agencyIsHumas: Boolean(holder?.isHumas) };
  const set: Record<string, unknown> = {};
  let action: WorkflowAction | null;
  let eventType = 'status_changed';
  let eventData: Record<string, unknown> = {};

  switch (req.kind) {
    case 'accept':
      action = { type: 'accept' };
      eventType = 'accepted';
      if (!conv.assigneeId && actor.agencyId === state.agencyId) set.assigneeId = actor.id;
      break;
    case 'reject':
      action = { type: 'reject', reason: req.reason };
      eventType = 'rejected';
      eventData = { reason: req.reason.trim(), fromAgencyId: state.agencyId, fromAgency: holder?.shortName };
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
      eventType = fromTriage ? 'routed' : 'transferred';
      eventData = {
        by: 'officer',
        fromAgencyId: state.agencyId,
        fromAgency: holder?.shortName,
        toAgencyId: String(to._id),
        toAgency: to.shortName,
        reason: req.reason?.trim() || null,
      };
      Object.assign(set, { agencyId: to._id, assigneeId: null, claimedBy: null });
      if (fromTriage) set.rejectionReason = null;
      break;
    }
    case 'resolve':
      action = { type: 'resolve' };
      eventData = { note: req.note?.trim() || null };
      Object.assign(set, { resolvedAt: new Date(), claimedBy: null });
      break;
    case 'status':
      action = actionForStatus(current, req.status);
      if (!action)
        throw conflict(
          'Untuk mengembalikan kasus ke humas gunakan "tolak (bukan wewenang)" beserta alasannya.',
        );
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
  // Only if nobody changed the case meanwhile: two supervisors clicking at once get one change and one 409.
  const res = await ConversationModel.updateOne(
    { _id: conv._id, status: current, agencyId: conv.agencyId },
    { $set: set },
  );
  if (res.matchedCount === 0)
    throw new ApiError(409, 'conflict', 'Kasus baru saja diubah orang lain. Muat ulang lalu coba lagi.');

  const updated = { _id: conv._id, agencyId: set.agencyId ?? conv.agencyId };
  await recordEvent(updated, eventType, actor.id, {
    ...eventData,
    from: current,
    to: result.status,
    action: action.type,
  });
  const moved = set.agencyId !== undefined && String(set.agencyId) !== state.agencyId;
  if (moved) await autoAssign(deps, String(conv._id));
  await refreshSla(deps.queues.sla, String(conv._id));
  return publishConversation(deps, conv._id, moved ? state.agencyId : undefined);
}
