// Ingest's first stage: the citizen's contact, the case of the thread (opened if new, with its creation events)
// and the message itself. The message insert comes last: its unique dedupeKey is the gate that makes every later
// delivery of the same event resume instead of starting over (src/pipeline/stages.ts).
import type { InboundMessage } from '../../adapters/types.js';
import { URGENCIES, type Classification } from '../domain/labels.js';
import {
  ContactModel,
  ConversationModel,
  MessageModel,
  type ConversationDoc,
  type MessageDoc,
} from '../store/index.js';
import { crashPoint } from '../ops/crash-point.js';
import { contactIdentityKey, messageDedupeKey, threadRef } from './identity.js';
import { recordCaseEvents } from '../events/record.js';
import type { IngestDeps } from './ports.js';
import { routeMessage, type RouteResult } from '../routing/route.js';
import { localDay, nextTicketNumber } from '../store/ticket-number.js';

export const SEARCH_TEXT_LIMIT = 2000;
export const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;
/** The case list's one line: the text, or the kinds of what was attached. */
export const preview = (m: { text?: string | null; attachments?: { type: string }[] | null }) =>
  (m.text || (m.attachments ?? []).map((a) => `[${a.type}]`).join(' ')).slice(0, 200);

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

/** Open the case of a new thread; if another worker won the race, return theirs. */
async function openConversation(
  m: InboundMessage,
  contactId: unknown,
  c: Classification,
  route: RouteResult,
): Promise<ConversationDoc> {
  const at = new Date(m.createdAt);
  try {
    const created = await ConversationModel.create({
      ticketNumber: m.reservedTicketNumber ?? (await nextTicketNumber(at)),
      threadRef: threadRef(m),
      openedBy: messageDedupeKey(m),
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
      // The opening message is counted here, once (the create is unique per thread): it has nothing to apply.
      messageCount: 1,
      searchText: `${m.author.name ?? ''} ${m.text}`.toLowerCase().slice(0, SEARCH_TEXT_LIMIT),
      lastMessageAt: at,
      lastInboundAt: at,
      createdDay: localDay(at),
    });
    return created.toObject() as ConversationDoc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const conv = await ConversationModel.findOne({ threadRef: threadRef(m) }).lean();
    if (!conv) throw err;
    return conv;
  }
}

/** created / classified / routed, once per case whichever delivery of the opening message writes them. */
async function recordCreation(
  conv: { _id: unknown; agencyId: unknown },
  m: InboundMessage,
  c: Classification,
  route: RouteResult,
) {
  const { pii: _pii, ...classified } = c;
  await recordCaseEvents(
    conv,
    [
      { type: 'created', data: { platform: m.platform } },
      { type: 'classified', data: classified },
      { type: 'routed', data: { ...route } },
    ],
    { onceKey: `${String(conv._id)}:opened` },
  );
}

/** The stored message (stage `stored`, or further if a concurrent delivery got there first) and its case. */
export async function storeMessage(
  m: InboundMessage,
  deps: Pick<IngestDeps, 'classifier' | 'minConfidence'>,
) {
  const key = messageDedupeKey(m);
  const classification = deps.classifier.classify(m.text);
  let conv: ConversationDoc | null = await ConversationModel.findOne({ threadRef: threadRef(m) }).lean();
  // Routing is decided again when a crash came between opening the case and storing its message. Only a new case
  // needs its contact: a later message's case already names it.
  if (!conv || conv.openedBy === key) {
    const route = await routeMessage(m, classification, deps.minConfidence);
    conv ??= await openConversation(m, (await upsertContact(m))._id, classification, route);
    crashPoint('ingest:case-opened');
    if (conv.openedBy === key) await recordCreation(conv, m, classification, route);
  }
  try {
    const message = await MessageModel.create({
      conversationId: conv._id,
      direction: 'inbound',
      platform: m.platform,
      accountId: m.accountId,
      dedupeKey: key,
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
      pipeline: {
        // The opening message's case was written with it in mind: only a later message has a case to apply to.
        stage: conv.openedBy === key ? 'applied' : 'stored',
        opened: conv.openedBy === key,
        urgency: classification.urgency,
      },
    });
    return { message: message.toObject() as MessageDoc, conv };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // A concurrent delivery of the same event stored it first: resume from wherever that one is.
    const stored = await MessageModel.findOne({ dedupeKey: key }).lean();
    if (!stored) throw err;
    return { message: stored, conv };
  }
}
