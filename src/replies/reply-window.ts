// The reply-window state of a conversation, from its adapter's rule (adapters/registry.ts): sent with every
// conversation view so the composer shows it, and enforced again by createReply with the exact message answered.
import { replyWindowFor } from '../../adapters/registry.js';
import type { ReplyWindowInput, ReplyWindowState } from '../../adapters/types.js';
import type { Platform } from '../domain/labels.js';
import { MessageModel } from '../store/index.js';

/** Per reply visibility; public is null where the conversation cannot be answered publicly (DMs). */
export interface ConversationReplyWindows {
  public: ReplyWindowState | null;
  private: ReplyWindowState;
}

interface ConversationFacts {
  _id: unknown;
  platform: Platform;
  visibility: 'public' | 'private';
  lastInboundAt?: Date | null;
  createdAt: Date;
}

function privateInput(conv: ConversationFacts, alreadySent: boolean, now: Date): ReplyWindowInput {
  const lastInboundAt = conv.lastInboundAt ?? conv.createdAt;
  return {
    platform: conv.platform,
    visibility: 'private',
    lastInboundAt,
    // The composer answers the newest citizen message; its kind follows from where the conversation lives.
    inReplyToCreatedAt: lastInboundAt,
    privateReplyAlreadySent: alreadySent,
    now,
    inReplyToMeta: { kind: conv.visibility === 'public' ? 'comment' : 'dm' },
  };
}

/** Pure: the windows of one conversation, given whether a private reply to its comment already went out. */
export function conversationReplyWindows(
  conv: ConversationFacts,
  privateReplyAlreadySent: boolean,
  now: Date,
): ConversationReplyWindows {
  const priv = privateInput(conv, privateReplyAlreadySent, now);
  return {
    public: conv.visibility === 'public' ? replyWindowFor({ ...priv, visibility: 'public' }) : null,
    private: replyWindowFor(priv),
  };
}

/** Public conversations whose rule depends on an earlier private reply (e.g. Meta's one private reply per comment). */
function dependsOnEarlierPrivateReply(conv: ConversationFacts, now: Date): boolean {
  if (conv.visibility !== 'public') return false;
  const first = replyWindowFor(privateInput(conv, false, now));
  const again = replyWindowFor(privateInput(conv, true, now));
  return first.open !== again.open;
}

/** The windows of many conversations with at most one query (only when a rule needs to know about earlier replies). */
export async function replyWindowsOf(
  docs: ConversationFacts[],
  now: Date,
): Promise<Map<string, ConversationReplyWindows>> {
  const ask = docs.filter((d) => dependsOnEarlierPrivateReply(d, now)).map((d) => d._id);
  const answered = ask.length
    ? new Set(
        (
          await MessageModel.distinct('conversationId', {
            conversationId: { $in: ask },
            direction: 'outbound',
            visibility: 'private',
          })
        ).map(String),
      )
    : new Set<string>();
  return new Map(
    docs.map((d) => [String(d._id), conversationReplyWindows(d, answered.has(String(d._id)), now)]),
  );
}
