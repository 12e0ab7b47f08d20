// Everything Aspirasi holds about one citizen, for a request under UU PDP (the right of access).
import type { Types } from 'mongoose';
import { ContactModel, ConversationModel, EventModel, MessageModel } from '../store/index.js';

export async function exportContactData(contactId: Types.ObjectId | string) {
  const contact = await ContactModel.findById(contactId).lean();
  if (!contact) return null;
  const conversations = await ConversationModel.find({ contactId }).sort({ createdAt: 1 }).lean();
  const ids = conversations.map((c) => c._id);
  const [messages, events] = await Promise.all([
    MessageModel.find({ conversationId: { $in: ids } })
      .sort({ createdAt: 1 })
      .lean(),
    EventModel.find({ conversationId: { $in: ids } })
      .sort({ createdAt: 1 })
      .lean(),
  ]);
  return {
    exportedAt: new Date(),
    contact: {
      id: String(contact._id),
      platform: contact.platform,
      accountId: contact.accountId,
      externalUserId: contact.externalUserId,
      name: contact.name ?? null,
      handle: contact.handle ?? null,
      phone: contact.phone ?? null,
      createdAt: contact.createdAt,
      anonymisedAt: contact.anonymisedAt ?? null,
    },
    cases: conversations.map((c) => ({
      id: String(c._id),
      ticketNumber: c.ticketNumber,
      platform: c.platform,
      status: c.status,
      topic: c.topic ?? null,
      createdAt: c.createdAt,
      resolvedAt: c.resolvedAt ?? null,
      messages: messages
        .filter((m) => String(m.conversationId) === String(c._id))
        .map((m) => ({
          direction: m.direction,
          visibility: m.visibility,
          text: m.text,
          attachments: m.attachments ?? [],
          createdAt: m.createdAt,
        })),
      // What happened to the case; internal notes and officers' identities are the government's, not the citizen's.
      history: events
        .filter((e) => String(e.conversationId) === String(c._id))
        .map((e) => ({ type: e.type, createdAt: e.createdAt })),
    })),
  };
}

/** Contacts matching what a citizen gives to identify themselves: a ticket number or a phone number. */
export async function findContacts(q: { ticket?: string; phone?: string }) {
  const ids = new Set<string>();
  if (q.ticket) {
    const conv = await ConversationModel.findOne({ ticketNumber: q.ticket.toUpperCase() })
      .select('contactId')
      .lean();
    if (conv) ids.add(String(conv.contactId));
  }
  if (q.phone) {
    const digits = q.phone.replace(/\D/g, '');
    const variants = [digits, digits.replace(/^0/, '62'), digits.replace(/^62/, '0')];
    const found = await ContactModel.find({
      $or: [{ phone: { $in: variants } }, { externalUserId: { $in: variants } }],
    })
      .select('_id')
      .limit(20)
      .lean();
    found.forEach((c) => ids.add(String(c._id)));
  }
  const contacts = await ContactModel.find({ _id: { $in: [...ids] } }).lean();
  return Promise.all(
    contacts.map(async (c) => ({
      id: String(c._id),
      platform: c.platform,
      name: c.name ?? null,
      handle: c.handle ?? null,
      anonymisedAt: c.anonymisedAt ?? null,
      tickets: (await ConversationModel.find({ contactId: c._id }).select('ticketNumber').lean()).map(
        (x) => x.ticketNumber,
      ),
    })),
  );
}
