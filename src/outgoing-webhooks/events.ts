// The events Aspirasi announces to outside systems, and what a case looks like in them: status, labels and the
// agency, never the citizen's name, contact details or words.
import { cached } from '../cache/reference-data.js';
import { ConversationModel } from '../store/index.js';

export const WEBHOOK_EVENTS = ['case.created', 'case.updated', 'case.resolved', 'crisis.created'] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** Which case events are announced, and as what. */
export function webhookEventFor(type: string, data: Record<string, unknown>): WebhookEventName | null {
  if (type === 'created') return 'case.created';
  if (type === 'status_changed' && data.to === 'resolved') return 'case.resolved';
  if (['routed', 'transferred', 'rejected', 'accepted', 'status_changed', 'sla_breach'].includes(type)) {
    return 'case.updated';
  }
  if (type === 'replied' && data.first) return 'case.updated';
  return null;
}

export async function publicCase(conversationId: unknown) {
  const c = await ConversationModel.findById(conversationId)
    .select(
      'ticketNumber status topic urgency type platform agencyId createdAt updatedAt firstRespondedAt resolvedAt sla.firstResponseDueAt sla.resolutionDueAt',
    )
    .lean();
  if (!c) return null;
  const agency = await cached.agency(c.agencyId);
  return {
    id: String(c._id),
    ticketNumber: c.ticketNumber,
    status: c.status,
    topic: c.topic ?? null,
    urgency: c.urgency ?? null,
    type: c.type ?? null,
    channel: c.platform,
    agency: agency ? { id: String(agency._id), code: agency.code, shortName: agency.shortName } : null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    firstRespondedAt: c.firstRespondedAt ?? null,
    resolvedAt: c.resolvedAt ?? null,
    firstResponseDueAt: c.sla?.firstResponseDueAt ?? null,
    resolutionDueAt: c.sla?.resolutionDueAt ?? null,
  };
}
