import { fetchesMedia } from '../../adapters/registry.js';
import type { Attachment } from '../../adapters/types.js';
import type { Platform } from '../domain/labels.js';
import { isAllowedMediaUrl } from '../domain/media-hosts.js';
import type { MessageDoc } from '../store/index.js';

/** What the inbox gets of an attachment: never the platform's file id (fetching it needs the account's token). */
export type AttachmentView = Omit<Attachment, 'mediaId'> & {
  /** Our own API path that fetches the file with the account's token (src/api/media.ts). */
  mediaUrl?: string;
};

/** Attachment links only to the platform's own media hosts over https (src/domain/media-hosts.ts). */
const safeAttachments = (m: MessageDoc): AttachmentView[] =>
  (m.attachments ?? []).map(({ url, mediaId, ...rest }, index) => ({
    ...(rest as Omit<Attachment, 'url' | 'mediaId'>),
    ...(isAllowedMediaUrl(m.platform, url ?? undefined) ? { url: url ?? undefined } : {}),
    ...(mediaId && !url && fetchesMedia(m.platform as Platform)
      ? { mediaUrl: `/api/conversations/${m.conversationId}/messages/${m._id}/attachments/${index}` }
      : {}),
  }));

export interface MessageView {
  id: string;
  conversationId: string;
  direction: 'inbound' | 'outbound';
  platform: string;
  visibility: 'public' | 'private';
  externalId: string | null;
  /** The citizen, or for a reply the officer who wrote it. */
  author: { id: string | null; name: string | null; handle: string | null };
  text: string;
  attachments: AttachmentView[];
  createdAt: Date;
  edited: boolean;
  removed: boolean;
  hidden: boolean;
  delivery: { status: string; error: string | null; updatedAt: Date | null } | null;
  sentBy: string | null;
}

export function messageView(m: MessageDoc): MessageView {
  return {
    id: String(m._id),
    conversationId: String(m.conversationId),
    direction: m.direction,
    platform: m.platform,
    visibility: m.visibility,
    externalId: m.direction === 'outbound' && !m.externalId ? null : (m.externalId ?? null),
    author: { id: m.author?.id ?? null, name: m.author?.name ?? null, handle: m.author?.handle ?? null },
    text: m.removed ? '' : m.text,
    attachments: safeAttachments(m),
    createdAt: m.createdAt,
    edited: Boolean(m.edited),
    removed: Boolean(m.removed),
    hidden: Boolean(m.hidden),
    delivery: m.delivery?.status
      ? {
          status: m.delivery.status,
          error: m.delivery.error ?? null,
          updatedAt: m.delivery.updatedAt ?? null,
        }
      : null,
    sentBy: m.sentBy ? String(m.sentBy) : null,
  };
}
