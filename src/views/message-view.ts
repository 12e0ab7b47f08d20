import type { Attachment } from '../../adapters/types.js';
import { isAllowedMediaUrl } from '../domain/media-hosts.js';
import type { MessageDoc } from '../store/index.js';

/** Attachment links only to the platform's own media hosts over https (src/domain/media-hosts.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const safeAttachments = (platform: string, list: any[] = []) =>
  list.map(({ url, ...rest }) => (isAllowedMediaUrl(platform, url) ? { ...rest, url } : rest));

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
  attachments: Attachment[];
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
    attachments: safeAttachments(m.platform, m.attachments),
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
