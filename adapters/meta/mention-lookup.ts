// An Instagram @mention webhook carries ids only (instagram-comments.ts). Before it is stored, the inbound worker
// asks the Graph API for the words and the writer: mentioned_comment for a comment, mentioned_media for a caption,
// both read through our own IG account (GET /<ig-user-id>?fields=...) with its token.
import { obj, str } from '../json.js';
import type { CompleteResult, InboundMessage, MediaContext } from '../types.js';
import { graphGet } from './graph-client.js';

export async function completeInstagramMention(
  m: InboundMessage,
  ctx: MediaContext,
): Promise<CompleteResult> {
  const meta = m.meta ?? {};
  if (m.platform !== 'instagram' || meta.kind !== 'mention' || meta.needsLookup !== 'true')
    return { ok: true, message: m };
  const field = meta.commentId
    ? `mentioned_comment.comment_id(${meta.commentId}){id,text,timestamp,username}`
    : `mentioned_media.media_id(${meta.mediaId}){id,caption,timestamp,username,permalink}`;
  const res = await graphGet(ctx, `/${m.accountId}`, { fields: field });
  if (!res.ok) return res;
  const found = obj(obj(res.body)?.[meta.commentId ? 'mentioned_comment' : 'mentioned_media']);
  const text = str(found?.[meta.commentId ? 'text' : 'caption']);
  if (!found || text === undefined)
    return {
      ok: false,
      retryable: false,
      error: 'Instagram tidak mengembalikan isi mention (sudah dihapus?).',
    };
  const username = str(found.username);
  // The writer is known by username only here; mentions by the same person share a conversation per post.
  const author = username ? { id: `username:${username}`, name: username, handle: `@${username}` } : m.author;
  const permalink = str(found.permalink);
  return {
    ok: true,
    message: {
      ...m,
      text,
      author,
      threadKey: `media:${meta.mediaId}:user:${author.id}`,
      createdAt: str(found.timestamp) ? new Date(str(found.timestamp)!).toISOString() : m.createdAt,
      meta: { ...meta, needsLookup: 'false', ...(permalink ? { permalink } : {}) },
    },
  };
}
