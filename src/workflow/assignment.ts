// Who holds a case inside its agency: auto-assignment on arrival, manual (re)assignment by supervisors.
import { cached } from '../cache/reference-data.js';
import type { Actor } from '../auth/access.js';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import { pickOfficer, type OfficerCandidate } from '../routing/assign.js';
import { ConversationModel, OPEN_STATUSES, UserModel, type ConversationDoc } from '../store/index.js';
import { changeCase, type CaseChange, type CaseChangeDeps, type CaseChangeOutcome } from './change-case.js';

/** Online officers of the agency with their open-case counts (one count query per online officer). */
export async function officerCandidates(agencyId: unknown): Promise<OfficerCandidate[]> {
  // An officer coming online announces it, and takes the agency's queued cases then (src/api/presence.ts).
  if (!(await cached.hasOfficerOnDuty(agencyId))) return [];
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
 * The least-loaded online officer of the case's agency taking it, or null (held already, closed, or all full).
 * `online`: the agency's candidates when the caller has just read them.
 */
export async function autoAssignChange(
  conv: ConversationDoc,
  online?: OfficerCandidate[],
): Promise<CaseChange | null> {
  if (conv.assigneeId || !(OPEN_STATUSES as readonly string[]).includes(conv.status)) return null;
  const picked = pickOfficer(online ?? (await officerCandidates(conv.agencyId)));
  if (!picked) return null;
  return {
    set: { assigneeId: picked },
    events: [{ type: 'assigned', actorId: null, data: { userId: picked, by: 'auto' } }],
  };
}

/** Notes when an officer last got a case, so ties in load go to whoever waited longest. */
export async function noteAssigned(done: CaseChangeOutcome) {
  const officer = done.changed && !done.repeated ? done.conversation.assigneeId : null;
  if (officer) await UserModel.updateOne({ _id: officer }, { $set: { lastAssignedAt: new Date() } });
}

/**
 * Give an unassigned open case to the least-loaded online officer of its agency; nobody online or everyone full
 * leaves it in the agency queue. Returns the change's outcome, or null when nobody took the case.
 */
export async function autoAssign(deps: CaseChangeDeps, conversationId: string, key: string) {
  const done = await changeCase(deps, conversationId, key, autoAssignChange);
  await noteAssigned(done);
  return done.changed ? done : null;
}

/**
 * Hand out an agency's queue (unassigned open cases, most urgent and earliest deadline first) to its online
 * officers, e.g. when one comes online. Each case goes through autoAssign, so load stays balanced.
 */
export async function assignQueued(deps: CaseChangeDeps, agencyId: unknown, limit = 50) {
  const queued = await ConversationModel.find({ agencyId, assigneeId: null, status: { $in: OPEN_STATUSES } })
    .sort({ urgencyRank: 1, 'sla.firstResponseDueAt': 1 })
    .limit(limit)
    .select('_id')
    .lean();
  let assigned = 0;
  for (const c of queued) {
    if (!(await autoAssign(deps, String(c._id), `queue:${String(c._id)}:${randomUUID()}`))) break; // all full
    assigned++;
  }
  return assigned;
}

/** Manual assignment: supervisors and admins assign anyone of the agency; officers only take or drop a case themselves. */
export async function assignConversation(
  deps: CaseChangeDeps,
  actor: Actor,
  conv: ConversationDoc,
  userId: string | null,
  key: string,
) {
  const isSelf = userId === actor.id || (userId === null && String(conv.assigneeId) === actor.id);
  if (actor.role === 'officer' && !isSelf) {
    throw new DomainError(
      'forbidden',
      'Petugas hanya dapat mengambil atau melepas kasus untuk dirinya sendiri.',
    );
  }
  if (userId) {
    const user = await UserModel.findOne({ _id: userId, active: true }).lean();
    if (!user || String(user.agencyId) !== String(conv.agencyId)) {
      throw new DomainError(
        'invalid_assignee',
        'Petugas tujuan tidak ditemukan di instansi yang memegang kasus ini.',
      );
    }
  }
  const done = await changeCase(deps, conv, key, (fresh) => {
    const set: Record<string, unknown> = { assigneeId: userId };
    if (fresh.claimedBy && String(fresh.claimedBy) !== userId) set.claimedBy = null;
    const previousUserId = fresh.assigneeId ? String(fresh.assigneeId) : null;
    return {
      set,
      events: [{ type: 'assigned', actorId: actor.id, data: { userId, previousUserId, by: 'manual' } }],
    };
  });
  if (userId) await UserModel.updateOne({ _id: userId }, { $set: { lastAssignedAt: new Date() } });
  return done.view;
}
