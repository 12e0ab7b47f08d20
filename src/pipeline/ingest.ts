// One inbound message -> Contact + Conversation + Message + Events, classified, routed and pushed live.
// Resumable and exactly-once in effect: the stage recorded on the message (src/pipeline/stages.ts) tells every
// delivery of the same event - a BullMQ retry after a crash, or the platform's redelivery - which steps are left.
import type { InboundMessage } from '../../adapters/types.js';
import { ConversationModel, MessageModel, type ConversationDoc, type MessageDoc } from '../store/index.js';
import { conversationView, type ConversationView } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';
import { applyToCase } from './apply-to-case.js';
import { crashPoint } from '../ops/crash-point.js';
import { messageDedupeKey } from './identity.js';
import { applyMessageAction } from './message-actions.js';
import type { IngestDeps } from './ports.js';
import { advanceStage, stageOf } from './stages.js';
import { storeMessage } from './store-message.js';

export type IngestOutcome =
  | { kind: 'created' | 'appended'; conversationId: string; messageId: string }
  | { kind: 'duplicate' | 'updated' | 'ignored'; conversationId?: string };

/**
 * The stored delivery of this event, or our own reply that a platform (TikTok comments) echoes back without
 * marking it as ours: one read answers both.
 */
const storedOrEcho = (m: InboundMessage) =>
  MessageModel.findOne({
    $or: [
      { dedupeKey: messageDedupeKey(m) },
      { platform: m.platform, accountId: m.accountId, externalId: m.externalId, direction: 'outbound' },
    ],
  }).lean();

export async function ingestMessage(m: InboundMessage, deps: IngestDeps): Promise<IngestOutcome> {
  if (m.action !== 'create') {
    const updated = await applyMessageAction(m, deps);
    if (updated) return updated;
    if (m.action !== 'edit') return { kind: 'ignored' }; // remove/hide of a message we never stored
  }
  const found = await storedOrEcho(m);
  if (found?.direction === 'outbound') return { kind: 'ignored' };
  if (found) return resumeIngest(found, deps);
  const { message, conv } = await storeMessage(m, deps);
  crashPoint('ingest:stored');
  return resumeIngest(message, deps, conv);
}

/** Runs the stages the message has not passed yet; a message that passed them all is a duplicate delivery. */
export async function resumeIngest(
  message: MessageDoc,
  deps: IngestDeps,
  /** The case as this delivery just read it, when it did. */
  inHand?: ConversationDoc,
): Promise<IngestOutcome> {
  const conversationId = String(message.conversationId);
  let stage = stageOf(message);
  if (stage === 'done') return { kind: 'duplicate', conversationId };
  let view: ConversationView | null = null;
  if (stage === 'stored') {
    const conv = inHand ?? (await ConversationModel.findById(conversationId).lean());
    const applied = conv && (await applyToCase(deps, conv, message));
    // A change written now was pushed by changeCase; a repeat was not.
    if (applied && applied.changed && !applied.repeated) view = applied.view;
    crashPoint('ingest:applied-to-case');
    await advanceStage(message._id, 'stored', (stage = 'applied'));
    crashPoint('ingest:applied');
  }
  await announce(message, view, deps);
  crashPoint('ingest:announced');
  await handOff(message, deps);
  crashPoint('ingest:handed-off');
  await advanceStage(message._id, stage, 'done');
  crashPoint('ingest:done');
  const opened = Boolean(message.pipeline?.opened);
  return { kind: opened ? 'created' : 'appended', conversationId, messageId: String(message._id) };
}

/**
 * Live pushes are best effort (the inbox refetches on reconnect): repeating them on a retry is harmless. A case
 * this delivery changed was pushed by that change; a new case is pushed here, as new.
 */
async function announce(message: MessageDoc, pushed: ConversationView | null, deps: IngestDeps) {
  if (!pushed) {
    const view = await conversationView(message.conversationId);
    if (view)
      (message.pipeline?.opened ? deps.publisher.conversationNew : deps.publisher.conversationUpdated)(view);
  }
  deps.publisher.messageNew(messageView(message));
}

/** The workflow's follow-up (assignment, SLA clocks, reopening) as a job keyed by the case or the message. */
async function handOff(message: MessageDoc, deps: IngestDeps) {
  const conversationId = String(message.conversationId);
  // Crisis counting keeps a set of conversations per bucket, so a repeated notice counts once. The message's own
  // classification is recomputed (deterministic for its model) rather than stored on every message.
  await deps.onInboundMessage?.({
    ...deps.classifier.classify(message.text ?? ''),
    messageId: String(message._id),
    conversationId,
    platform: message.platform,
    at: message.createdAt,
    opensCase: Boolean(message.pipeline?.opened),
  });
  if (message.pipeline?.opened) await deps.onRouted?.(conversationId);
  else await deps.onCitizenMessage?.(conversationId, String(message._id));
}
