// One inbound message -> Contact + Conversation + Message + Events, classified, routed and pushed live.
// Resumable and exactly-once in effect: the stage recorded on the message (src/pipeline/stages.ts) tells every
// delivery of the same event - a BullMQ retry after a crash, or the platform's redelivery - which steps are left.
import type { InboundMessage } from '../../adapters/types.js';
import { ConversationModel, type ConversationDoc, type MessageDoc } from '../store/index.js';
import { conversationView, conversationViewOf } from '../views/conversation-view.js';
import { messageView } from '../views/message-view.js';
import { applyToCase } from './apply-to-case.js';
import { crashPoint } from '../ops/crash-point.js';
import { applyMessageAction } from './message-actions.js';
import type { IngestDeps } from './ports.js';
import { advanceStage, stageOf } from './stages.js';
import { storeMessage } from './store-message.js';

export type IngestOutcome =
  | { kind: 'created' | 'appended'; conversationId: string; messageId: string }
  | { kind: 'duplicate' | 'updated' | 'ignored'; conversationId?: string };

export async function ingestMessage(m: InboundMessage, deps: IngestDeps): Promise<IngestOutcome> {
  if (m.action !== 'create') {
    const updated = await applyMessageAction(m, deps);
    if (updated) return updated;
    if (m.action !== 'edit') return { kind: 'ignored' }; // remove/hide of a message we never stored
  }
  const stored = await storeMessage(m, deps);
  if (stored.echo) return { kind: 'ignored' };
  crashPoint('ingest:stored');
  return resumeIngest(stored.message, deps, stored.conv ?? undefined);
}

/** Runs the stages the message has not passed yet; a message that passed them all is a duplicate delivery. */
export async function resumeIngest(
  message: MessageDoc,
  deps: IngestDeps,
  /** The case as this delivery just read it, when it did. */
  inHand?: ConversationDoc,
): Promise<IngestOutcome> {
  const conversationId = String(message.conversationId);
  const stage = stageOf(message);
  if (stage === 'done') return { kind: 'duplicate', conversationId };
  let pushed = false;
  // The opening message's follow-up is the routed step; a later one needs an officer only if it moved the case.
  let needsOfficer = true;
  if (stage === 'stored') {
    // The change is keyed by the message, so a delivery resuming here after a crash applies it once.
    const conv = inHand ?? (await ConversationModel.findById(conversationId).lean());
    const applied = conv && (await applyToCase(deps, conv, message));
    pushed = Boolean(applied?.written); // a change written now was pushed live by changeCase
    needsOfficer = applied ? applied.needsOfficer : false;
    crashPoint('ingest:applied-to-case');
  }
  if (!pushed) await announce(message, stage === 'applied' ? inHand : undefined, deps);
  deps.publisher.messageNew(messageView(message));
  crashPoint('ingest:announced');
  await handOff(message, { needsOfficer, opened: stage === 'applied' ? inHand : undefined }, deps);
  crashPoint('ingest:handed-off');
  await advanceStage(message._id, stage, 'done');
  crashPoint('ingest:done');
  const opened = Boolean(message.pipeline?.opened);
  return { kind: opened ? 'created' : 'appended', conversationId, messageId: String(message._id) };
}

/**
 * Live pushes are best effort (the inbox refetches on reconnect): repeating them on a retry is harmless. A new case
 * is pushed as new, from the document this delivery opened when it has it.
 */
async function announce(message: MessageDoc, opened: ConversationDoc | undefined, deps: IngestDeps) {
  const view = opened ? await conversationViewOf(opened) : await conversationView(message.conversationId);
  if (view)
    (message.pipeline?.opened ? deps.publisher.conversationNew : deps.publisher.conversationUpdated)(view);
}

/** The workflow's follow-up (a new case's assignment and SLA clocks; an officer for a reopened case) as a job
 *  keyed by the case or the message. */
async function handOff(
  message: MessageDoc,
  { needsOfficer, opened }: { needsOfficer: boolean; opened?: ConversationDoc },
  deps: IngestDeps,
) {
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
  if (message.pipeline?.opened) {
    const agencyId = (opened ?? (await ConversationModel.findById(conversationId).lean()))?.agencyId;
    if (agencyId) await deps.onRouted?.(conversationId, String(agencyId));
  } else if (needsOfficer) await deps.onCitizenMessage?.(conversationId, String(message._id));
}
