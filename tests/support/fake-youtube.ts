// A local stand-in for the YouTube Data API v3 and Google's OAuth token endpoint: serves the comment threads a
// test puts on it (newest first, pages of `pageSize`), records every request, and answers comments.insert.
import { startFakeEndpoint, type RecordedRequest } from './fake-endpoint.js';

export const CHANNEL_ID = 'UCxxxxxxxxxxxxxxxxxxxxxx';

export interface FakeComment {
  id: string;
  author: string;
  text: string;
  publishedAt: string;
  updatedAt?: string;
}

export interface FakeThread {
  id: string;
  videoId: string;
  top: FakeComment;
  replies: FakeComment[];
  /** More than the replies shown inline: the rest come from comments.list. */
  hiddenReplies?: FakeComment[];
}

const comment = (c: FakeComment, videoId: string, parentId?: string) => ({
  kind: 'youtube#comment',
  id: c.id,
  snippet: {
    channelId: CHANNEL_ID,
    videoId,
    textDisplay: c.text,
    textOriginal: c.text,
    ...(parentId ? { parentId } : {}),
    authorDisplayName: `@${c.author}`,
    authorChannelId: { value: c.author === 'self' ? CHANNEL_ID : `UC-${c.author}` },
    publishedAt: c.publishedAt,
    updatedAt: c.updatedAt ?? c.publishedAt,
  },
});

type Override = (req: RecordedRequest) => { status: number; body: unknown } | undefined;

export async function startFakeYoutube(opts: { pageSize?: number } = {}) {
  const fake = await startFakeEndpoint();
  const threads: FakeThread[] = [];
  const state = { tokens: 0, inserted: 0, override: undefined as Override | undefined };
  fake.respondWith((req) => {
    const hit = state.override?.(req);
    if (hit) return hit;
    const url = new URL(req.path, fake.url);
    if (url.pathname === '/token') {
      state.tokens++;
      return {
        status: 200,
        body: { access_token: `at-${state.tokens}`, expires_in: 3599, token_type: 'Bearer' },
      };
    }
    if (url.pathname === '/youtube/v3/commentThreads') {
      const size = opts.pageSize ?? 100;
      const start = Number(url.searchParams.get('pageToken') ?? 0);
      const sorted = [...threads].sort((a, b) => b.top.publishedAt.localeCompare(a.top.publishedAt));
      const page = sorted.slice(start, start + size);
      return {
        status: 200,
        body: {
          kind: 'youtube#commentThreadListResponse',
          ...(start + size < sorted.length ? { nextPageToken: String(start + size) } : {}),
          items: page.map((t) => ({
            kind: 'youtube#commentThread',
            id: t.id,
            snippet: {
              channelId: CHANNEL_ID,
              videoId: t.videoId,
              topLevelComment: comment(t.top, t.videoId),
              canReply: true,
              totalReplyCount: t.replies.length + (t.hiddenReplies?.length ?? 0),
              isPublic: true,
            },
            ...(t.replies.length
              ? { replies: { comments: t.replies.map((r) => comment(r, t.videoId, t.id)) } }
              : {}),
          })),
        },
      };
    }
    if (url.pathname === '/youtube/v3/comments' && req.method === 'GET') {
      const t = threads.find((x) => x.id === url.searchParams.get('parentId'));
      const all = t ? [...t.replies, ...(t.hiddenReplies ?? [])] : [];
      return { status: 200, body: { items: all.map((r) => comment(r, t!.videoId, t!.id)) } };
    }
    if (url.pathname === '/youtube/v3/comments' && req.method === 'POST') {
      state.inserted++;
      const parentId = JSON.parse(req.body).snippet.parentId as string;
      return { status: 200, body: { kind: 'youtube#comment', id: `${parentId}.reply${state.inserted}` } };
    }
    return {
      status: 404,
      body: { error: { code: 404, message: 'not found', errors: [{ reason: 'notFound' }] } },
    };
  });
  return {
    ...fake,
    apiUrl: `${fake.url}/youtube/v3`,
    tokenUrl: `${fake.url}/token`,
    threads,
    state,
    /** Requests to one path, their query parsed. */
    calls: (pathname: string, method = 'GET') =>
      fake.requests
        .filter((r) => r.method === method && new URL(r.path, fake.url).pathname === pathname)
        .map((r) => ({ ...r, query: Object.fromEntries(new URL(r.path, fake.url).searchParams) })),
  };
}

export type FakeYoutube = Awaited<ReturnType<typeof startFakeYoutube>>;

/** An ISO time `minutes` ago (YouTube's own format, seconds precision). */
export const minutesAgo = (minutes: number) =>
  new Date(Math.floor((Date.now() - minutes * 60_000) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
