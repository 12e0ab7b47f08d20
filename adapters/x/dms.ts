// direct_message_events -> private InboundMessages. Our own sends echo back with sender_id == for_user_id.
import { flatMeta, obj, str, toIso } from '../json.js';
import type { Attachment, InboundMessage } from '../types.js';

function dmAttachment(messageData: Record<string, unknown> | undefined): Attachment[] {
  const media = obj(obj(messageData?.attachment)?.media);
  const url = str(media?.media_url_https) ?? str(media?.media_url);
  if (!media || !url) return [];
  return [{ type: str(media.type) === 'photo' ? 'image' : 'video', url }];
}

/** null = not a citizen's DM (our echo, a non-message event). */
export function dmToInbound(
  event: unknown,
  forUserId: string,
  users: Record<string, unknown> | undefined,
): InboundMessage | null {
  const e = obj(event);
  if (!e) throw new Error('direct_message_event bukan objek');
  if (e.type !== undefined && e.type !== 'message_create') return null;
  const create = obj(e.message_create);
  const id = str(e.id);
  const senderId = str(create?.sender_id);
  if (!id || !create || !senderId) throw new Error('DM tanpa id atau message_create.sender_id');
  if (senderId === forUserId) return null;
  const data = obj(create.message_data);
  const sender = obj(users?.[senderId]);
  return {
    platform: 'x',
    accountId: forUserId,
    externalId: id,
    threadKey: `dm:${senderId}`,
    visibility: 'private',
    author: { id: senderId, name: str(sender?.name), handle: str(sender?.screen_name) },
    text: str(data?.text) ?? '',
    attachments: dmAttachment(data),
    createdAt: toIso(e.created_timestamp) ?? new Date().toISOString(),
    action: 'create',
    meta: flatMeta({ kind: 'dm', recipientId: str(obj(create.target)?.recipient_id) }),
  };
}
