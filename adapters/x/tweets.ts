// tweet_create_events (v1.1 tweet objects) -> public InboundMessages. Ids come from the *_str fields; the bare
// numeric twins exceed 2^53 and are only a fallback because parse.ts reads them with json-bigint (exact strings).
import { flatMeta, list, obj, str, toIso, type JsonObject } from '../json.js';
import type { Attachment, InboundMessage } from '../types.js';

const MEDIA_TYPES: Record<string, Attachment['type']> = {
  photo: 'image',
  video: 'video',
  animated_gif: 'video',
};

/** A truncated tweet (>140 chars, classic payloads) carries its full text and media in extended_tweet. */
function fullContent(t: JsonObject) {
  const extended = t.truncated === true ? obj(t.extended_tweet) : undefined;
  const source = extended ?? t;
  const text = str(extended?.full_text) ?? str(t.full_text) ?? str(t.text) ?? '';
  const media = list(obj(source.extended_entities)?.media ?? obj(source.entities)?.media);
  const attachments = media.flatMap((m): Attachment[] => {
    const item = obj(m);
    const url = str(item?.media_url_https) ?? str(item?.media_url);
    return item && url ? [{ type: MEDIA_TYPES[str(item.type) ?? ''] ?? 'other', url }] : [];
  });
  return { text, attachments };
}

/** Blocked authors are dropped (Chatwoot does the same); newer payloads name the flag is_blocked_by. */
const isBlocked = (flag: unknown) => flag === true || flag === 'true';

/** null = not a citizen message for us: our own tweet, a retweet, or a blocked author. */
export function tweetToInbound(
  tweet: unknown,
  forUserId: string,
  envelopeBlocked: unknown,
): InboundMessage | null {
  const t = obj(tweet);
  if (!t) throw new Error('tweet bukan objek');
  const id = str(t.id_str) ?? str(t.id);
  const user = obj(t.user);
  const userId = str(user?.id_str) ?? str(user?.id);
  if (!id || !user || !userId) throw new Error('tweet tanpa id_str atau user.id_str');
  if (userId === forUserId || t.retweeted_status !== undefined) return null;
  if (isBlocked(envelopeBlocked) || isBlocked(t.user_has_blocked) || isBlocked(t.is_blocked_by)) return null;
  const inReplyTo = str(t.in_reply_to_status_id_str) ?? str(t.in_reply_to_status_id);
  const root = str(t.conversation_id_str) ?? inReplyTo ?? id;
  const { text, attachments } = fullContent(t);
  return {
    platform: 'x',
    accountId: forUserId,
    externalId: id,
    threadKey: `tweet:${root}:user:${userId}`,
    visibility: 'public',
    author: { id: userId, name: str(user.name), handle: str(user.screen_name) },
    text,
    attachments,
    createdAt:
      toIso(t.timestamp_ms) ?? toIso(Date.parse(str(t.created_at) ?? '')) ?? new Date().toISOString(),
    action: 'create',
    replyToExternalId: inReplyTo,
    meta: flatMeta({
      kind: 'tweet',
      tweetId: id,
      conversationId: root,
      quotedTweetId: str(t.quoted_status_id_str),
    }),
  };
}

/** tweet_delete_events: the citizen deleted a tweet we stored; the inbox marks it removed. */
export function tweetDeleteToInbound(event: unknown, forUserId: string): InboundMessage {
  const e = obj(event);
  const status = obj(e?.status);
  const id = str(status?.id);
  const userId = str(status?.user_id);
  if (!id || !userId) throw new Error('tweet_delete_events tanpa status.id atau status.user_id');
  return {
    platform: 'x',
    accountId: forUserId,
    externalId: id,
    threadKey: `tweet:${id}:user:${userId}`,
    visibility: 'public',
    author: { id: userId },
    text: '',
    attachments: [],
    createdAt: toIso(e?.timestamp_ms) ?? new Date().toISOString(),
    action: 'remove',
  };
}
