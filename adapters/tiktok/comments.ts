// comment.update -> public InboundMessage: a new comment, or a change to one we stored.
import { flatMeta, str, toIso, type JsonObject } from '../json.js';
import type { InboundMessage } from '../types.js';

const ACTIONS: Record<string, InboundMessage['action']> = {
  insert: 'create',
  delete: 'remove',
  set_to_hidden: 'hide',
  // Friends-only hides the comment from the public, which is what the inbox's "hidden" means.
  set_to_friends_only: 'hide',
  set_to_public: 'unhide',
};

export function commentToInbound(c: JsonObject, businessId: string): InboundMessage {
  const commentId = str(c.comment_id);
  const videoId = str(c.video_id);
  const rawAction = str(c.comment_action) ?? '';
  const action = ACTIONS[rawAction];
  if (!commentId || !videoId) throw new Error('comment.update tanpa comment_id atau video_id');
  if (!action) throw new Error(`comment_action "${rawAction}" tidak dikenal`);
  const author = str(c.unique_identifier);
  const parentId = str(c.parent_comment_id);
  // A top-level comment names the video as its parent; only a reply has a parent comment.
  const parentComment = parentId && parentId !== videoId ? parentId : undefined;
  return {
    platform: 'tiktok',
    accountId: businessId,
    externalId: commentId,
    threadKey: author ? `video:${videoId}:user:${author}` : `video:${videoId}`,
    visibility: 'public',
    author: { id: author ?? 'unknown', handle: author },
    text: str(c.text) ?? '',
    attachments: [],
    // The timestamp unit is unverified (tests/unit/adapters/tiktok/samples.ts): toIso tells seconds from milliseconds by size.
    createdAt: toIso(c.timestamp) ?? new Date().toISOString(),
    action,
    replyToExternalId: parentComment,
    meta: flatMeta({
      kind: 'comment',
      videoId,
      commentType: str(c.comment_type),
      parentCommentId: parentComment,
    }),
  };
}
