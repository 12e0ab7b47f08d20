// Business Messaging im_receive_msg -> private InboundMessage. A message is the citizen's when it is
// addressed to our business (to_user.id == user_openid); otherwise it is our own send seen again.
import { flatMeta, obj, str, toIso, type JsonObject } from '../json.js';
import type { Attachment, InboundMessage } from '../types.js';

function content(c: JsonObject): { text: string; attachments: Attachment[] } {
  const type = str(c.type) ?? '';
  const part = obj(c[type]);
  switch (type) {
    case 'text':
      return { text: str(part?.body) ?? '', attachments: [] };
    case 'image':
      return {
        text: '',
        attachments: [{ type: 'image', mediaId: str(part?.media_id), url: str(part?.url) }],
      };
    case 'sticker':
      return {
        text: '',
        attachments: [{ type: 'sticker', mediaId: str(part?.media_id), url: str(part?.url) }],
      };
    case 'share_post':
      // A citizen sharing a video into the chat (often "look at this"): keep the link for the officer.
      return {
        text: '',
        attachments: [
          { type: 'link', url: str(part?.embed_url) ?? str(part?.url), mediaId: str(part?.item_id) },
        ],
      };
    default:
      // Types TikTok adds later still reach an officer instead of vanishing.
      return { text: str(part?.body) ?? '', attachments: [{ type: 'other', name: type || undefined }] };
  }
}

/** null = not the citizen's message (our own outgoing message). */
export function dmToInbound(c: JsonObject, businessId: string): InboundMessage | null {
  const messageId = str(c.message_id);
  const conversationId = str(c.conversation_id);
  const fromId = str(obj(c.from_user)?.id);
  if (!messageId || !conversationId || !fromId) {
    throw new Error('im_receive_msg tanpa message_id, conversation_id atau from_user.id');
  }
  if (str(obj(c.to_user)?.id) !== businessId) return null;
  const { text, attachments } = content(c);
  return {
    platform: 'tiktok',
    accountId: businessId,
    externalId: messageId,
    threadKey: `conversation:${conversationId}`,
    visibility: 'private',
    author: { id: fromId, handle: str(c.from) },
    text,
    attachments,
    createdAt: toIso(c.timestamp) ?? new Date().toISOString(),
    action: 'create',
    replyToExternalId: str(obj(c.referenced_message_info)?.referenced_message_id),
    meta: flatMeta({ kind: 'dm', conversationId }),
  };
}
