// Ingest's second stage: what a stored citizen message changes on its case. Every write here is safe to repeat
// (a retry after a crash at any point converges on the same case): counts are recounted rather than incremented,
// dates and urgency only move forward, and the one event has an id derived from the message.
import { URGENCIES, type Urgency } from '../domain/labels.js';
import { ConversationModel, MessageModel } from '../store/index.js';
import { recordEventOnce, withdrawEvent } from './once.js';
import { preview, SEARCH_TEXT_LIMIT } from './store-message.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

/** messageCount only grows, to the number of messages stored: concurrent recounts settle on the largest. */
export async function recountMessages(conversationId: unknown): Promise<void> {
  const count = await MessageModel.countDocuments({ conversationId });
  await ConversationModel.updateOne(
    { _id: conversationId, messageCount: { $lt: count } },
    { $set: { messageCount: count } },
  );
}

/** Messages of one thread may be processed out of order: only a newer message moves these. */
async function moveLatest(conv: Doc, message: Doc) {
  const at: Date = message.createdAt;
  await ConversationModel.updateOne(
    { _id: conv._id, $or: [{ lastInboundAt: null }, { lastInboundAt: { $lt: at } }] },
    { $set: { lastInboundAt: at } },
  );
  await ConversationModel.updateOne(
    { _id: conv._id, lastMessageAt: { $lte: at } },
    { $set: { lastMessageAt: at, preview: preview(message) } },
  );
}

async function extendSearchText(conv: Doc, text: string) {
  const lower = text.toLowerCase();
  if (!lower || conv.searchText?.includes(lower)) return;
  await ConversationModel.updateOne(
    { _id: conv._id },
    { $set: { searchText: `${conv.searchText ?? ''} ${lower}`.slice(0, SEARCH_TEXT_LIMIT) } },
  );
}

/** A more urgent message raises the case's urgency (never lowers it). The event is written first, as the intent. */
async function raiseUrgency(conv: Doc, message: Doc) {
  const urgency = message.pipeline?.urgency as Urgency | undefined;
  const rank = urgency ? URGENCIES.indexOf(urgency) : -1;
  if (rank < 0 || rank >= conv.urgencyRank) return;
  const key = `${String(message._id)}:reclassified`;
  await recordEventOnce(key, {
    conversationId: conv._id,
    agencyId: conv.agencyId,
    type: 'reclassified',
    data: { by: 'system', field: 'urgency', from: conv.urgency, to: urgency },
  });
  const res = await ConversationModel.updateOne(
    { _id: conv._id, urgencyRank: { $gt: rank } },
    { $set: { urgency, urgencyRank: rank } },
  );
  // A still more urgent message got there first: this one changed nothing.
  const overtaken =
    res.modifiedCount === 0 &&
    (await ConversationModel.exists({ _id: conv._id, urgencyRank: { $lt: rank } }));
  if (overtaken) await withdrawEvent(key);
}

export async function applyToCase(conv: Doc, message: Doc): Promise<void> {
  if (!message.pipeline?.opened) {
    await extendSearchText(conv, message.text ?? '');
    await raiseUrgency(conv, message);
    await moveLatest(conv, message);
  }
  await recountMessages(conv._id);
}
