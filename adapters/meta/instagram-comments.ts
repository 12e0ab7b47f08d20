// Instagram `comments` / `live_comments` and `mentions` changes.
import type { InboundMessage } from '../types.js';
import type { EntryContext } from './feed.js';
import { flatMeta, obj, requireId, str, toIso, type JsonObject } from '../json.js';

const MENTION_TEXT = '[Akun ini disebut (@mention) di Instagram; buka Instagram untuk membaca isinya]';

function entryTime(entry: EntryContext): string {
  const at = toIso(entry.entryTime);
  if (!at) throw new Error('instagram entry has no time');
  return at;
}

/** A comment on one of our media. Our own comments (public replies) return null. */
export function parseInstagramComment(
  value: JsonObject,
  entry: EntryContext,
  live: boolean,
): InboundMessage | null {
  const from = obj(value.from);
  const authorId = requireId(from?.id, 'instagram comment from.id');
  if (authorId === entry.entryId) return null;
  const commentId = requireId(value.id, 'instagram comment id');
  const media = obj(value.media);
  const mediaId = requireId(media?.id, 'instagram comment media.id');
  const parentId = str(value.parent_id);
  return {
    platform: 'instagram',
    accountId: entry.entryId,
    externalId: commentId,
    threadKey: `media:${mediaId}:user:${authorId}`,
    visibility: 'public',
    author: { id: authorId, handle: str(from?.username) },
    text: str(value.text) ?? '',
    attachments: [],
    // Instagram comment webhooks carry no creation time; entry.time is when Meta sent it.
    createdAt: toIso(value.timestamp) ?? entryTime(entry),
    action: 'create',
    replyToExternalId: parentId,
    meta: flatMeta({
      kind: 'comment',
      mediaId,
      commentId,
      parentId,
      // Instagram only accepts replies to top-level comments.
      rootCommentId: parentId ?? commentId,
      mediaProductType: str(media?.media_product_type),
      live: live ? 'true' : undefined,
    }),
  };
}

/**
 * An @mention of our account in someone's comment or caption. The webhook carries only ids (no author or
 * text), so the message is a placeholder the officer opens on Instagram; meta.needsLookup marks it.
 */
export function parseInstagramMention(value: JsonObject, entry: EntryContext): InboundMessage {
  const mediaId = requireId(value.media_id, 'instagram mention media_id');
  const commentId = str(value.comment_id);
  const externalId = commentId ?? `media:${mediaId}`;
  const authorId = `mention:${externalId}`;
  return {
    platform: 'instagram',
    accountId: entry.entryId,
    externalId: `mention:${externalId}`,
    threadKey: `media:${mediaId}:user:${authorId}`,
    visibility: 'public',
    author: { id: authorId },
    text: MENTION_TEXT,
    attachments: [],
    createdAt: entryTime(entry),
    action: 'create',
    meta: flatMeta({ kind: 'mention', mediaId, commentId, needsLookup: 'true' }),
  };
}
