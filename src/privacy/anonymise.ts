// Removing a citizen's personal data from cases (UU PDP) while the case itself (ticket, labels, agency, times)
// stays for statistics. "retention": identities removed and PII masked in texts; "erasure" (the citizen asked):
// texts removed too. Identifiers that embed a person (platform user ids, WhatsApp numbers in thread keys) are
// replaced, so a later message from the same person starts a new, unlinked case.
import type { Types } from 'mongoose';
import { maskPii } from '../classify/pii.js';
import { removeMediaOf } from '../media/store.js';
import { ContactModel, ConversationModel, EventModel, MessageModel } from '../store/index.js';

export type AnonymiseMode = 'retention' | 'erasure';
export const ERASED_TEXT = '[dihapus atas permintaan warga]';

type Id = Types.ObjectId | string;

/** Masks PII and every occurrence of the citizen's known names (replies often greet them by name). */
function scrub(text: string, names: string[], mode: AnonymiseMode): string {
  if (mode === 'erasure') return text ? ERASED_TEXT : text;
  let out = maskPii(text);
  for (const name of names.filter((n) => n.trim().length >= 3)) out = out.split(name).join('[NAMA]');
  return out;
}

async function anonymiseConversation(convId: Id, names: string[], mode: AnonymiseMode, now: Date) {
  const messages = await MessageModel.find({ conversationId: convId }).select('text dedupeKey').lean();
  if (messages.length) {
    await MessageModel.bulkWrite(
      messages.map((m) => ({
        updateOne: {
          filter: { _id: m._id },
          update: {
            $set: { text: scrub(m.text ?? '', names, mode) },
            $unset: { author: 1, meta: 1, attachments: 1 },
          },
        },
      })),
    );
    // Photos and attachments we keep ourselves (website form, e-mail) go with the attachments' links.
    await removeMediaOf(messages.map((m) => m.dedupeKey));
  }
  // Correction events carry the citizen's text for training; it goes the same way.
  const events = await EventModel.find({ conversationId: convId, 'data.text': { $exists: true } })
    .select('data')
    .lean();
  for (const e of events) {
    const data = e.data as { text?: string };
    await EventModel.updateOne(
      { _id: e._id },
      { $set: { 'data.text': mode === 'erasure' ? '' : scrub(data.text ?? '', names, mode) } },
    );
  }
  const conv = await ConversationModel.findById(convId).select('preview').lean();
  await ConversationModel.updateOne(
    { _id: convId },
    {
      $set: {
        preview: scrub(conv?.preview ?? '', names, mode),
        searchText: '',
        contactName: null,
        contactHandle: null,
        threadRef: `anon:${String(convId)}`,
        anonymisedAt: now,
      },
    },
  );
}

async function anonymiseContactRecord(contactId: Id, now: Date) {
  await ContactModel.updateOne(
    { _id: contactId },
    {
      $set: { identityKey: `anon:${String(contactId)}`, externalUserId: 'anon', anonymisedAt: now },
      $unset: { name: 1, handle: 1, phone: 1 },
    },
  );
}

const namesOf = (c: { name?: string | null; handle?: string | null } | null) =>
  [c?.name, c?.handle].filter((n): n is string => Boolean(n));

/** One citizen, every case of theirs (an erasure request, or a retention run that reached their last case). */
export async function anonymiseContact(contactId: Id, mode: AnonymiseMode, now = new Date()) {
  const contact = await ContactModel.findById(contactId).lean();
  if (!contact) return { conversations: 0 };
  const convs = await ConversationModel.find({ contactId }).select('_id').lean();
  for (const c of convs) await anonymiseConversation(c._id, namesOf(contact), mode, now);
  await anonymiseContactRecord(contactId, now);
  return { conversations: convs.length };
}

/** Case statuses after which nothing more is expected from the citizen. */
export const FINISHED_STATUSES = ['closed', 'resolved', 'spam'] as const;

/**
 * The retention sweep: cases finished and untouched for `retentionDays` lose their personal data; a contact is
 * anonymised once none of their cases still needs it. Bounded batches, so one run never holds the database long.
 */
export async function anonymiseExpired(retentionDays: number, now = new Date(), batch = 200) {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const due = await ConversationModel.find({
    status: { $in: FINISHED_STATUSES },
    updatedAt: { $lt: cutoff },
    anonymisedAt: null,
  })
    .select('contactId')
    .limit(batch)
    .lean();
  const contactIds = new Set<string>();
  for (const conv of due) {
    const contact = await ContactModel.findById(conv.contactId).select('name handle').lean();
    await anonymiseConversation(conv._id, namesOf(contact), 'retention', now);
    contactIds.add(String(conv.contactId));
  }
  let contacts = 0;
  for (const contactId of contactIds) {
    const stillNeeded = await ConversationModel.exists({ contactId, anonymisedAt: null });
    if (!stillNeeded) {
      await anonymiseContactRecord(contactId, now);
      contacts++;
    }
  }
  return { conversations: due.length, contacts, more: due.length === batch };
}
