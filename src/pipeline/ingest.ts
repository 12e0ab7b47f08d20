// One inbound message -> Contact + Conversation + Message + Events, classified, routed and pushed live.
// Resumable and exactly-once in effect: the stage recorded on the message (src/pipeline/stages.ts) tells every
// delivery of the same event - a BullMQ retry after a crash, or the platform's redelivery - which steps are left.
import type { InboundMessage } from '../../adapters/types.js';
import { ConversationModel, MessageModel } from '../store/index.js';
import { conversationView } from '../views/conversation-view.js';
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StoredMessage = any;

/** Some platforms (TikTok comments) echo our own replies without marking them: never ingest those. */
const isOurEcho = (m: InboundMessage) =>
  MessageModel.exists({
    platform: m.platform,
    accountId: m.accountId,
    externalId: m.externalId,
    direction: 'outbound',
  });

export async function ingestMessage(m: InboundMessage, deps: IngestDeps): Promise<IngestOutcome> {
  if (m.action !== 'create') {
    const updated = await applyMessageAction(m, deps);
    if (updated) return updated;
    if (m.action !== 'edit') return { kind: 'ignored' }; // remove/hide of a message we never stored
  }
  const stored = await MessageModel.findOne({ dedupeKey: messageDedupeKey(m) }).lean();
  if (stored) return resumeIngest(stored, deps);
  if (await isOurEcho(m)) return { kind: 'ignored' };
  const message = await storeMessage(m, deps);
  crashPoint('ingest:stored');
  return resumeIngest(message, deps);
}

/** Runs the stages the message has not passed yet; a message that passed them all is a duplicate delivery. */
export async function resumeIngest(message: StoredMessage, deps: IngestDeps): Promise<IngestOutcome> {
  const conversationId = String(message.conversationId);
  let stage = stageOf(message);
  if (stage === 'done') return { kind: 'duplicate', conversationId };
  if (stage === 'stored') {
    const conv = await ConversationModel.findById(conversationId).lean();
    if (conv) await applyToCase(deps, conv, message);
    crashPoint('ingest:applied-to-case');
    await advanceStage(message._id, 'stored', (stage = 'applied'));
    crashPoint('ingest:applied');
  }
  await announce(message, deps);
  crashPoint('ingest:announced');
  await handOff(message, deps);
  crashPoint('ingest:handed-off');
  await advanceStage(message._id, stage, 'done');
  crashPoint('ingest:done');
  const opened = Boolean(message.pipeline?.opened);
  return { kind: opened ? 'created' : 'appended', conversationId, messageId: String(message._id) };
}

/** Live pushes are best effort (the inbox refetches on reconnect): repeating them on a retry is harmless. */
async function announce(message: StoredMessage, deps: IngestDeps) {
  const view = await conversationView(message.conversationId);
  if (view)
    (message.pipeline?.opened ? deps.publisher.conversationNew : deps.publisher.conversationUpdated)(view);
  deps.publisher.messageNew(messageView(message));
}

/** The workflow's follow-up (assignment, SLA clocks, reopening) as a job keyed by the case or the message. */
async function handOff(message: StoredMessage, deps: IngestDeps) {
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
