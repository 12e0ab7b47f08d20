// Who holds a case inside its agency: auto-assignment on arrival, manual (re)assignment by supervisors.
import type { Actor } from '../auth/access.js';
import { ApiError } from '../api/errors.js';
import { pickOfficer, type OfficerCandidate } from '../routing/assign.js';
import { ConversationModel, OPEN_STATUSES, UserModel } from '../store/index.js';
import { withdrawEvent } from '../pipeline/once.js';
import { publishConversation, recordEvent, type WorkflowDeps } from './deps.js';

/** Online officers of the agency with their open-case counts (one count query per online officer). */
export async function officerCandidates(agencyId: unknown): Promise<OfficerCandidate[]> {
  const officers = await UserModel.find({
    agencyId,
    role: 'officer',
    presence: 'online',
    active: true,
  }).lean();
  return Promise.all(
    officers.map(async (o) => ({
      id: String(o._id),
      online: true,
      capacity: o.capacity ?? 15,
      lastAssignedAt: o.lastAssignedAt ?? null,
      openCount: await ConversationModel.countDocuments({
        assigneeId: o._id,
        status: { $in: OPEN_STATUSES },
      }),
    })),
  );
}

/**
 * Give an unassigned open case to the least-loaded online officer of its agency; nobody online or everyone
 * full leaves it in the agency queue. Returns the officer's id or null.
 * With `onceKey` (a retried job) the event is written first under that key, so a crash between the two writes
 * neither loses the event nor, on the retry, writes a second one.
 */
export async function autoAssign(
  deps: Pick<WorkflowDeps, 'publisher'>,
  conversationId: string,
  onceKey?: string,
): Promise<string | null> {
  const conv = await ConversationModel.findById(conversationId).lean();
  if (!conv || conv.assigneeId || !(OPEN_STATUSES as readonly string[]).includes(conv.status)) return null;
  const officerId = pickOfficer(await officerCandidates(conv.agencyId));
  if (!officerId) return null;
  const eventKey = onceKey && `${onceKey}:assigned`;
  const event = { userId: officerId, by: 'auto' };
  if (eventKey) await recordEvent(conv, 'assigned', null, event, eventKey);
  // Only if still unassigned: a supervisor may have assigned it meanwhile.
  const res = await ConversationModel.updateOne(
    { _id: conv._id, assigneeId: null },
    { $set: { assigneeId: officerId } },
  );
  if (res.modifiedCount === 0) {
    if (eventKey) await withdrawEvent(eventKey);
    return null;
  }
  await UserModel.updateOne({ _id: officerId }, { $set: { lastAssignedAt: new Date() } });
  if (!eventKey) await recordEvent(conv, 'assigned', null, event);
  await publishConversation(deps, conv._id);
  return officerId;
}

/**
 * Hand out an agency's queue (unassigned open cases, most urgent and earliest deadline first) to its online
 * officers, e.g. when one comes online. Each case goes through autoAssign, so load stays balanced.
 */
export async function assignQueued(deps: Pick<WorkflowDeps, 'publisher'>, agencyId: unknown, limit = 50) {
  const queued = await ConversationModel.find({ agencyId, assigneeId: null, status: { $in: OPEN_STATUSES } })
    .sort({ urgencyRank: 1, 'sla.firstResponseDueAt': 1 })
    .limit(limit)
    .select('_id')
    .lean();
  let assigned = 0;
  for (const c of queued) {
    if (!(await autoAssign(deps, String(c._id)))) break; // everyone is full
    assigned++;
  }
  return assigned;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConversationDoc = any;

/** Manual assignment: supervisors and admins assign anyone of the agency; officers only take or drop a case themselves. */
export async function assignConversation(
  deps: Pick<WorkflowDeps, 'publisher'>,
  actor: Actor,
  conv: ConversationDoc,
  userId: string | null,
) {
  const isSelf = userId === actor.id || (userId === null && String(conv.assigneeId) === actor.id);
  if (actor.role === 'officer' && !isSelf) {
    throw new ApiError(
      403,
      'forbidden',
      'Petugas hanya dapat mengambil atau melepas kasus untuk dirinya sendiri.',
    );
  }
  if (userId) {
    const user = await UserModel.findOne({ _id: userId, active: true }).lean();
    if (!user || String(user.agencyId) !== String(conv.agencyId)) {
      throw new ApiError(
        400,
        'invalid_assignee',
        'Petugas tujuan tidak ditemukan di instansi yang memegang kasus ini.',
      );
    }
  }
  const set: Record<string, unknown> = { assigneeId: userId };
  if (conv.claimedBy && String(conv.claimedBy) !== userId) set.claimedBy = null;
  await ConversationModel.updateOne({ _id: conv._id }, { $set: set });
  if (userId) await UserModel.updateOne({ _id: userId }, { $set: { lastAssignedAt: new Date() } });
  await recordEvent(conv, 'assigned', actor.id, {
    userId,
    previousUserId: conv.assigneeId ? String(conv.assigneeId) : null,
    by: 'manual',
  });
  return publishConversation(deps, conv._id);
}
