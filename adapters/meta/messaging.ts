// Messenger and Instagram DMs (`messaging[]` / `standby[]` events): one conversation per citizen per account.
import type { InboundMessage } from '../types.js';
import { flatMeta, obj, requireId, str, toIso, type JsonObject } from '../json.js';
import { messagingAttachments } from './messaging-attachments.js';

export type MessagingPlatform = 'messenger' | 'instagram';

const UNSUPPORTED_TEXT = '[Pesan jenis ini tidak dapat ditampilkan; buka di aplikasi]';
const STORY_MENTION_TEXT = '[Warga menyebut akun ini di story-nya]';

interface Base {
  sender: string;
  accountId: string;
  createdAt: string;
}

function base(event: JsonObject): Base {
  const sender = requireId(obj(event.sender)?.id, 'messaging sender.id');
  const accountId = requireId(obj(event.recipient)?.id, 'messaging recipient.id');
  const createdAt = toIso(event.timestamp);
  if (!createdAt) throw new Error('messaging event has no timestamp');
  return { sender, accountId, createdAt };
}

function dm(platform: MessagingPlatform, b: Base, rest: Partial<InboundMessage>): InboundMessage {
  return {
    platform,
    accountId: b.accountId,
    externalId: '',
    threadKey: `dm:${b.sender}`,
    visibility: 'private',
    author: { id: b.sender },
    text: '',
    attachments: [],
    createdAt: b.createdAt,
    action: 'create',
    ...rest,
    meta: { kind: 'dm', ...rest.meta },
  };
}

function fromMessage(platform: MessagingPlatform, b: Base, message: JsonObject): InboundMessage {
  const mid = requireId(message.mid, 'message.mid');
  if (message.is_deleted === true) return dm(platform, b, { externalId: mid, action: 'remove' });
  const attachments = messagingAttachments(message);
  const replyTo = obj(message.reply_to);
  const story = obj(replyTo?.story);
  if (story && str(story.url)) attachments.push({ type: 'link', url: str(story.url), name: 'story_reply' });
  const mentionedInStory = attachments.some((a) => a.name === 'story_mention');
  let text = str(message.text) ?? '';
  if (!text && mentionedInStory) text = STORY_MENTION_TEXT;
  if (!text && attachments.length === 0 && message.is_unsupported === true) text = UNSUPPORTED_TEXT;
  return dm(platform, b, {
    externalId: mid,
    text,
    attachments,
    replyToExternalId: str(replyTo?.mid),
    meta: flatMeta({
      quickReplyPayload: str(obj(message.quick_reply)?.payload),
      storyId: str(story?.id),
      storyUrl: str(story?.url),
      storyMention: mentionedInStory ? 'true' : undefined,
    }),
  });
}

/**
 * One messaging event -> at most one message. Echoes of our own sends, reads, deliveries and reactions
 * return null. Throws on a malformed event so the caller records a problem.
 */
export function parseMessagingEvent(platform: MessagingPlatform, event: JsonObject): InboundMessage | null {
  const message = obj(event.message);
  if (message?.is_echo === true) return null;
  const edit = obj(event.message_edit);
  const postback = obj(event.postback);
  if (!message && !edit && !postback) return null; // read, delivery, reaction, referral, optin ...
  const b = base(event);
  if (message) return fromMessage(platform, b, message);
  if (edit) {
    return dm(platform, b, {
      externalId: requireId(edit.mid, 'message_edit.mid'),
      text: str(edit.text) ?? '',
      action: 'edit',
      meta: flatMeta({ editCount: str(edit.num_edit) }),
    });
  }
  const p = postback as JsonObject;
  return dm(platform, b, {
    // Older postbacks carry no mid; the sender and millisecond timestamp identify the tap.
    externalId: str(p.mid) ?? `postback:${b.sender}:${str(event.timestamp)}`,
    text: str(p.title) ?? str(p.payload) ?? '',
    meta: flatMeta({ postbackPayload: str(p.payload) }),
  });
}
