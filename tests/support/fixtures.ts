// Cases written straight into the database, for tests that need many of them in a given state (the authorization
// matrix, retention): the pipeline's own tests cover how cases come in; these only need cases to exist.
import { randomBytes } from 'node:crypto';
import { nextTicketNumber, localDay } from '../../src/store/ticket-number.js';
import { AgencyModel, ContactModel, ConversationModel, MessageModel } from '../../src/store/index.js';

export const agencyIdOf = async (code: string) =>
  String((await AgencyModel.findOne({ code }).select('_id').lean())!._id);

export interface InsertedCase {
  id: string;
  ticketNumber: string;
  contactId: string;
  agencyId: string;
}

export async function insertCase(opts: {
  agencyId: string;
  status?: string;
  text?: string;
  citizen?: { name: string; phone?: string };
  updatedAt?: Date;
}): Promise<InsertedCase> {
  const key = randomBytes(6).toString('hex');
  const at = opts.updatedAt ?? new Date();
  const text = opts.text ?? `Jalan berlubang di depan rumah saya (${key})`;
  const citizen = opts.citizen ?? { name: `Warga ${key}` };
  const contact = await ContactModel.create({
    identityKey: `generic:lapor-web:warga-${key}`,
    platform: 'generic',
    accountId: 'lapor-web',
    externalUserId: `warga-${key}`,
    name: citizen.name,
    phone: citizen.phone,
  });
  const conv = await ConversationModel.create({
    ticketNumber: await nextTicketNumber(at),
    threadRef: `generic:lapor-web:author:warga-${key}`,
    platform: 'generic',
    accountId: 'lapor-web',
    visibility: 'private',
    contactId: contact._id,
    status: opts.status ?? 'routed',
    topic: 'infrastruktur',
    urgency: 'normal',
    agencyId: opts.agencyId,
    preview: text.slice(0, 140),
    searchText: `${citizen.name} ${text}`.toLowerCase(),
    lastMessageAt: at,
    lastInboundAt: at,
    createdDay: localDay(at),
    messageCount: 1,
    ...(opts.status === 'resolved' || opts.status === 'closed' ? { resolvedAt: at } : {}),
  });
  await MessageModel.create({
    conversationId: conv._id,
    direction: 'inbound',
    platform: 'generic',
    accountId: 'lapor-web',
    dedupeKey: `generic:lapor-web:fx-${key}`,
    externalId: `fx-${key}`,
    visibility: 'private',
    author: { id: `warga-${key}`, name: citizen.name },
    text,
    createdAt: at,
  });
  if (opts.updatedAt) {
    // timestamps: true would stamp now; the retention tests need cases finished long ago.
    await ConversationModel.collection.updateOne({ _id: conv._id }, { $set: { updatedAt: opts.updatedAt } });
  }
  return {
    id: String(conv._id),
    ticketNumber: conv.ticketNumber,
    contactId: String(contact._id),
    agencyId: opts.agencyId,
  };
}

/** A citizen's Facebook message with attachments, added to a case (the attachment-link tests). */
export async function insertFacebookMessage(
  conversationId: string,
  text: string,
  attachments: { type: string; url: string; name?: string }[],
) {
  await MessageModel.create({
    conversationId,
    direction: 'inbound',
    platform: 'facebook',
    accountId: 'page',
    dedupeKey: `facebook:page:att-${randomBytes(6).toString('hex')}`,
    visibility: 'private',
    author: { id: 'fb-1', name: 'Rina' },
    text,
    createdAt: new Date(),
    attachments,
  });
}
