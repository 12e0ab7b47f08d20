// One inbound message -> Contact + Conversation + Message + Events, classified, routed and pushed live.
// Idempotent: the unique dedupeKey on messages makes a second delivery of the same event a no-op.
import type { InboundMessage } from '../../adapters/types.js';
import { URGENCIES, type Classification } from '../domain/labels.js';
import { recordCaseEvent } from '../case-events/recorded.js';
import { ContactModel, ConversationModel, EventModel, MessageModel } from '../store/index.js';
import { conversationView } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';
import { contactIdentityKey, messageDedupeKey, threadRef } from './identity.js';
import { applyMessageAction } from './message-actions.js';
import type { IngestDeps } from './ports.js';
import { routeMessage } from './route.js';
import { localDay, nextTicketNumber } from './ticket.js';

export type IngestOutcome =
  | { kind: 'created' | 'appended'; conversationId: string; messageId: string }
  | { kind: 'duplicate' | 'updated' | 'ignored'; conversationId?: string };

const SEARCH_TEXT_LIMIT = 2000;
const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;
const preview = (m: InboundMessage) =>
  (m.text || m.attachments.map((a) => `[${a.type}]`).join(' ')).slice(0, 200);

async function upsertContact(m: InboundMessage) {
  return ContactModel.findOneAndUpdate(
    { identityKey: contactIdentityKey(m) },
    {
      $set: { name: m.author.name, handle: m.author.handle, phone: m.author.phone },
      $setOnInsert: { platform: m.platform, accountId: m.accountId, externalUserId: m.author.id },
    },
    { upsert: true, new: true },
  );
}

/** Create the case for a new thread; if another worker won the race, return theirs. */
async function createConversation(
  m: InboundMessage,
  contactId: unknown,
  c: Classification,
  deps: IngestDeps,
) {
  const route = await routeMessage(m, c, deps.minConfidence);
  const at = new Date(m.createdAt);
  try {
    const conv = await ConversationModel.create({
      ticketNumber: await nextTicketNumber(at),
      threadRef: threadRef(m),
      platform: m.platform,
      accountId: m.accountId,
      visibility: m.visibility,
      contactId,
      status: route.reason === 'spam' ? 'spam' : route.isHumas ? 'new' : 'routed',
      topic: c.topic,
      urgency: c.urgency,
      urgencyRank: URGENCIES.indexOf(c.urgency),
      type: c.type,
      region: c.region,
      confidence: c.confidence,
      modelVersion: c.modelVersion,
      agencyId: route.agencyId,
      assigneeId: route.officerId,
      routedByRuleId: route.ruleId,
      preview: preview(m),
      searchText: `${m.author.name ?? ''} ${m.text}`.toLowerCase().slice(0, SEARCH_TEXT_LIMIT),
      lastMessageAt: at,
      lastInboundAt: at,
      createdDay: localDay(at),
    });
    const events = await EventModel.insertMany([
      { conversationId: conv._id, type: 'created', agencyId: conv.agencyId, data: { platform: m.platform } },
      {
        conversationId: conv._id,
        type: 'classified',
        agencyId: conv.agencyId,
        data: { ...c, pii: undefined },
      },
      { conversationId: conv._id, type: 'routed', agencyId: conv.agencyId, data: route },
    ]);
    await recordCaseEvent(...events);
    return { conv, created: true };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const conv = await ConversationModel.findOne({ threadRef: threadRef(m) });
    if (!conv) throw err;
    return { conv, created: false };
  }
}

export async function ingestMessage(m: InboundMessage, deps: IngestDeps): Promise<IngestOutcome> {
  if (m.action !== 'create') {
    const updated = await applyMessageAction(m, deps);
    if (updated) return updated;
    if (m.action !== 'edit') return { kind: 'ignored' }; // remove/hide of a message we never stored
  }
  if (await MessageModel.exists({ dedupeKey: messageDedupeKey(m) })) return { kind: 'duplicate' };
  // Some platforms (TikTok comments) echo our own replies without marking them: never ingest those.
  const ourEcho = {
    platform: m.platform,
    accountId: m.accountId,
    externalId: m.externalId,
    direction: 'outbound',
  };
  if (await MessageModel.exists(ourEcho)) return { kind: 'ignored' };

  const classification = deps.classifier.classify(m.text);
  const contact = await upsertContact(m);
  const existing = await ConversationModel.findOne({ threadRef: threadRef(m) });
  const { conv, created } = existing
    ? { conv: existing, created: false }
    : await createConversation(m, contact._id, classification, deps);

  let message;
  try {
    message = await MessageModel.create({
      conversationId: conv._id,
      direction: 'inbound',
      platform: m.platform,
      accountId: m.accountId,
      dedupeKey: messageDedupeKey(m),
      externalId: m.externalId,
      visibility: m.visibility,
      author: m.author,
      text: m.text,
      attachments: m.attachments,
      replyToExternalId: m.replyToExternalId,
      meta: m.meta,
      modelVersion: classification.modelVersion,
      edited: m.action === 'edit',
      createdAt: new Date(m.createdAt),
    });
  } catch (err) {
    if (isDuplicateKey(err)) return { kind: 'duplicate', conversationId: String(conv._id) };
    throw err;
  }

  if (!created) await noteCitizenMessage(conv, m, classification);
  else await ConversationModel.updateOne({ _id: conv._id }, { $inc: { messageCount: 1 } });

  const view = await conversationView(conv._id);
  if (view) (created ? deps.publisher.conversationNew : deps.publisher.conversationUpdated)(view);
  deps.publisher.messageNew(messageView(message.toObject()));
  await deps.onInboundMessage?.({
    ...classification,
    messageId: String(message._id),
    conversationId: String(conv._id),
    platform: m.platform,
    at: message.createdAt,
    opensCase: created,
  });
  if (created) await deps.onRouted?.(String(conv._id));
  else await deps.onCitizenMessage?.(String(conv._id));
  return {
    kind: created ? 'created' : 'appended',
    conversationId: String(conv._id),
    messageId: String(message._id),
  };
}

/** A later message in an existing case: refresh the inbox fields; a more urgent message raises the urgency. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function noteCitizenMessage(conv: any, m: InboundMessage, c: Classification) {
  const at = new Date(m.createdAt);
  const set: Record<string, unknown> = {
    searchText: `${conv.searchText} ${m.text.toLowerCase()}`.slice(0, SEARCH_TEXT_LIMIT),
  };
  if (!conv.lastInboundAt || at > conv.lastInboundAt) set.lastInboundAt = at;
  const rank = URGENCIES.indexOf(c.urgency);
  if (rank < conv.urgencyRank) {
    Object.assign(set, { urgency: c.urgency, urgencyRank: rank });
    await EventModel.create({
      conversationId: conv._id,
      type: 'reclassified',
      agencyId: conv.agencyId,
      data: { by: 'system', field: 'urgency', from: conv.urgency, to: c.urgency },
    });
  }
  await ConversationModel.updateOne({ _id: conv._id }, { $set: set, $inc: { messageCount: 1 } });
  // Messages of one thread may be processed out of order: only a newer message moves the preview.
  await ConversationModel.updateOne(
    { _id: conv._id, lastMessageAt: { $lte: at } },
    { $set: { lastMessageAt: at, preview: preview(m) } },
  );
}
