// commentThreads.list items (platforms.md appendix A8) -> citizen messages. A thread's id is its top-level
// comment's id; replies are `<parentId>.<suffix>`. Comments by the channel itself (our replies) are skipped.
import { list, obj, str } from '../json.js';
import type { InboundMessage } from '../types.js';

export interface YoutubeComment {
  id: string;
  videoId: string;
  threadId: string;
  authorId: string;
  authorName?: string;
  text: string;
  publishedAt: string;
  updatedAt: string;
}

export function readComment(raw: unknown, threadId: string, videoId?: string): YoutubeComment | null {
  const c = obj(raw);
  const s = obj(c?.snippet);
  const id = str(c?.id);
  const authorId = str(obj(s?.authorChannelId)?.value);
  const publishedAt = str(s?.publishedAt);
  if (!id || !s || !authorId || !publishedAt) return null;
  return {
    id,
    threadId,
    videoId: str(s.videoId) ?? videoId ?? '',
    authorId,
    authorName: str(s.authorDisplayName),
    text: str(s.textOriginal) ?? str(s.textDisplay) ?? '',
    publishedAt: new Date(publishedAt).toISOString(),
    updatedAt: new Date(str(s.updatedAt) ?? publishedAt).toISOString(),
  };
}

export interface YoutubeThread {
  id: string;
  top: YoutubeComment;
  replies: YoutubeComment[];
  totalReplyCount: number;
}

export function readThread(raw: unknown): YoutubeThread | null {
  const t = obj(raw);
  const id = str(t?.id);
  const s = obj(t?.snippet);
  if (!id || !s) return null;
  const top = readComment(s.topLevelComment, id, str(s.videoId));
  if (!top) return null;
  const replies = list(obj(t?.replies)?.comments)
    .map((r) => readComment(r, id, top.videoId))
    .filter((r): r is YoutubeComment => r !== null);
  return { id, top, replies, totalReplyCount: Number(s.totalReplyCount ?? 0) };
}

/** The latest moment a comment changed: what the high-water mark and edit detection compare. */
export const changedAt = (c: YoutubeComment) => (c.updatedAt > c.publishedAt ? c.updatedAt : c.publishedAt);

export function toMessage(channelId: string, c: YoutubeComment): InboundMessage {
  const edited = c.updatedAt > c.publishedAt;
  return {
    platform: 'youtube',
    accountId: channelId,
    externalId: c.id,
    threadKey: `video:${c.videoId}:user:${c.authorId}`,
    visibility: 'public',
    author: {
      id: c.authorId,
      name: c.authorName,
      handle: c.authorName?.startsWith('@') ? c.authorName : undefined,
    },
    text: c.text,
    attachments: [],
    // An edit's key carries its time (src/pipeline/identity.ts), so each later edit is applied once.
    createdAt: edited ? c.updatedAt : c.publishedAt,
    action: edited ? 'edit' : 'create',
    ...(c.id !== c.threadId ? { replyToExternalId: c.threadId } : {}),
    meta: { kind: 'comment', videoId: c.videoId, threadId: c.threadId },
  };
}
