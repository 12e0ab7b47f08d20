// Ingest's first stage: the citizen's contact, the case of the thread (opened if new, with its creation events)
// and the message itself. The message insert comes last: its unique dedupeKey is the gate that makes every later
// delivery of the same event resume instead of starting over (src/pipeline/stages.ts).
import type { Queue } from 'bullmq';
import { Types } from 'mongoose';
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
import { isDuplicateKey } from '../store/errors.js';
import { contactIdentityKey, messageDedupeKey, threadRef } from './identity.js';
import { recordCaseEvents } from '../events/record.js';
import type { IngestDeps } from './ports.js';
import { routeMessage, type RouteResult } from '../routing/route.js';
import { localDay, nextTicketNumber } from '../store/ticket-number.js';
import { openingSla } from './opening-sla.js';

export const SEARCH_TEXT_LIMIT = 2000;
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
  slaQueue: Queue,
): Promise<ConversationDoc> {
  const at = new Date(m.createdAt);
  const _id = new Types.ObjectId();
  const status = route.reason === 'spam' ? 'spam' : route.isHumas ? 'new' : 'routed';
  const sla = await openingSla(slaQueue, _id, status, c.urgency, route.agencyId, new Date());
  try {
    const created = new ConversationModel({
      _id,
      ticketNumber: m.reservedTicketNumber ?? (await nextTicketNumber(at)),
      threadRef: threadRef(m),
      openedBy: messageDedupeKey(m),
      platform: m.platform,
      accountId: m.accountId,
      visibility: m.visibility,
      contactId,
      contactName: m.author.name ?? null,
      contactHandle: m.author.handle ?? null,
      status,
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
    created.set(sla);
    await created.save();
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

/** The stored delivery of this event, or our own reply that the platform echoes back (TikTok): one read. */
const storedOrEcho = (m: InboundMessage, key: string) =>
  MessageModel.findOne({
    $or: [
      { dedupeKey: key },
      { platform: m.platform, accountId: m.accountId, externalId: m.externalId, direction: 'outbound' },
    ],
  }).lean();

export type Stored = { echo: true } | { echo?: false; message: MessageDoc; conv: ConversationDoc | null };

/**
 * The stored message (stage `stored`, or further if an earlier delivery got there first) and its case, or an echo
 * of our own reply. A later message of a known thread is inserted without a read first: a repeat delivery or an
 * echo fails the insert on a unique key (dedupeKey, platformKey) and only then is the stored one read. A new thread
 * is checked before a case is opened for it, so an echo or a repeat never opens one.
 */
export async function storeMessage(
  m: InboundMessage,
  deps: Pick<IngestDeps, 'classifier' | 'minConfidence' | 'queues'>,
): Promise<Stored> {
  const key = messageDedupeKey(m);
  const classification = deps.classifier.classify(m.text);
  let conv: ConversationDoc | null = await ConversationModel.findOne({ threadRef: threadRef(m) }).lean();
  if (!conv) {
    // A repeat of a message whose case was anonymised since (its thread renamed) resumes as stored.
    const found = await storedOrEcho(m, key);
    if (found) return found.direction === 'outbound' ? { echo: true } : { message: found, conv: null };
  }
  // Routing is decided again when a crash came between opening the case and storing its message. Only a new case
  // needs its contact: a later message's case already names it.
  if (!conv || conv.openedBy === key) {
    const route = await routeMessage(m, classification, deps.minConfidence);
    conv ??= await openConversation(m, (await upsertContact(m))._id, classification, route, deps.queues.sla);
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
      platformKey: key,
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
    // Stored by an earlier or concurrent delivery (resume from wherever that one is), or our own reply.
    const stored = await MessageModel.findOne({ $or: [{ dedupeKey: key }, { platformKey: key }] }).lean();
    if (!stored) throw err;
    return stored.direction === 'outbound' ? { echo: true } : { message: stored, conv };
  }
}
