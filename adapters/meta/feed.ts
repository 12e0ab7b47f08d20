// Facebook Page `feed` changes: citizen comments and replies to comments under the Page's posts.
import type { Attachment, InboundMessage } from '../types.js';
import { flatMeta, obj, requireId, str, toIso, type JsonObject } from '../json.js';

const VERB_TO_ACTION: Record<string, InboundMessage['action']> = {
  add: 'create',
  edited: 'edit',
  remove: 'remove',
  hide: 'hide',
  unhide: 'unhide',
};

export interface EntryContext {
  entryId: string;
  entryTime: unknown;
}

function commentAttachments(value: JsonObject): Attachment[] {
  const photo = str(value.photo);
  const video = str(value.video);
  const attachments: Attachment[] = [];
  if (photo) attachments.push({ type: 'image', url: photo });
  if (video) attachments.push({ type: 'video', url: video });
  return attachments;
}

/**
 * One feed change -> at most one message. Returns null for what an inbox ignores (reactions, posts,
 * the Page's own comments). Throws on a malformed comment so the caller records a problem.
 */
export function parseFeedChange(value: JsonObject, entry: EntryContext): InboundMessage | null {
  if (value.item !== 'comment') return null;
  const verb = str(value.verb) ?? 'add';
  const action = VERB_TO_ACTION[verb];
  // Other verbs (block, update ...) change nothing an officer reads; answering 400 would only make Meta retry.
  if (!action) return null;

  const from = obj(value.from);
  const authorId = str(from?.id);
  // The Page's own comments (our public replies) come back through the same webhook: never inbound.
  if (authorId === entry.entryId) return null;
  if (!authorId && action === 'create') throw new Error('feed comment has no from.id');

  const commentId = requireId(value.comment_id, 'feed comment_id');
  const postId = requireId(value.post_id, 'feed post_id');
  const parent = str(value.parent_id);
  const parentCommentId = parent && parent !== postId ? parent : undefined;
  // Edits and removals carry the time of the change (entry.time), so two edits of one comment differ.
  const changedAt = action === 'create' ? toIso(value.created_time) : toIso(entry.entryTime);
  const createdAt = changedAt ?? toIso(value.created_time) ?? toIso(entry.entryTime);
  if (!createdAt) throw new Error('feed comment has no usable time');

  return {
    platform: 'facebook',
    accountId: entry.entryId,
    externalId: commentId,
    threadKey: `post:${postId}:user:${authorId ?? ''}`,
    visibility: 'public',
    author: { id: authorId ?? '', name: str(from?.name) },
    text: str(value.message) ?? '',
    attachments: commentAttachments(value),
    createdAt,
    action,
    replyToExternalId: parentCommentId,
    meta: flatMeta({
      kind: 'comment',
      postId,
      commentId,
      parentId: parentCommentId,
      // Facebook threads are two levels deep: a public answer to a reply goes under its top comment.
      rootCommentId: parentCommentId ?? commentId,
    }),
  };
}
