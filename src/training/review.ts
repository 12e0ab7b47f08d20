// Officers' label corrections reach the nightly training only after a supervisor approved them: one careless or
// malicious officer must not be able to teach the classifier to send a topic elsewhere.
import { Types } from 'mongoose';
import type { Actor } from '../domain/actor.js';
import { seesAllAgencies } from '../auth/access.js';
import { recordAudit, type AuditContext } from '../audit/record.js';
import { DomainError } from '../domain/errors.js';
import { ConversationModel, EventModel, UserModel } from '../store/index.js';

export type ReviewStatus = 'pending' | 'approved' | 'rejected';
export interface Review {
  status: ReviewStatus;
  by?: string;
  at?: Date;
  note?: string;
}

/** A supervisor's or admin's own correction needs nobody else's approval. */
export const initialReview = (actor: Actor): Review =>
  actor.role === 'officer' ? { status: 'pending' } : { status: 'approved', by: actor.id, at: new Date() };

/** Supervisors review their agency's corrections; leadership and admins review all. */
const reviewScope = (actor: Actor) => (seesAllAgencies(actor) ? {} : { agencyId: actor.agencyId });

export async function listCorrections(actor: Actor, status: ReviewStatus, limit = 100) {
  const events = await EventModel.find({
    type: 'reclassified',
    'data.review.status': status,
    ...reviewScope(actor),
  })
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean();
  const [users, convs] = await Promise.all([
    UserModel.find({ _id: { $in: events.map((e) => e.actorId).filter(Boolean) } })
      .select('name')
      .lean(),
    ConversationModel.find({ _id: { $in: events.map((e) => e.conversationId) } })
      .select('ticketNumber')
      .lean(),
  ]);
  const name = new Map(users.map((u) => [String(u._id), u.name]));
  const ticket = new Map(convs.map((c) => [String(c._id), c.ticketNumber]));
  return events.map((e) => {
    const data = e.data as { before?: object; after?: object; text?: string; review?: Review };
    return {
      id: String(e._id),
      conversationId: String(e.conversationId),
      ticketNumber: ticket.get(String(e.conversationId)) ?? null,
      author: e.actorId ? { id: String(e.actorId), name: name.get(String(e.actorId)) ?? null } : null,
      before: data.before ?? {},
      after: data.after ?? {},
      text: data.text ?? '',
      review: data.review ?? { status: 'pending' },
      createdAt: e.createdAt,
    };
  });
}

export async function reviewCorrection(
  actor: Actor,
  id: string,
  decision: 'approved' | 'rejected',
  note: string | undefined,
  who: AuditContext,
) {
  const event = Types.ObjectId.isValid(id)
    ? await EventModel.findOne({ _id: id, type: 'reclassified', ...reviewScope(actor) }).lean()
    : null;
  if (!event) throw new DomainError('not_found', 'Koreksi label tidak ditemukan.');
  if (String(event.actorId) === actor.id)
    throw new DomainError('forbidden', 'Koreksi Anda sendiri ditinjau oleh supervisor lain.');
  const review: Review = { status: decision, by: actor.id, at: new Date(), ...(note ? { note } : {}) };
  await EventModel.updateOne({ _id: event._id }, { $set: { 'data.review': review } });
  await recordAudit(
    who,
    'correction.reviewed',
    { id },
    {
      agencyId: event.agencyId ? String(event.agencyId) : null,
      data: { decision, conversationId: String(event.conversationId) },
    },
  );
  return review;
}
