// The YouTube poller against a local fake Data API: which requests it makes (paging, replies beyond the thread,
// token refresh), what it hands on, and how it stops before the daily quota runs out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PollContext } from '../../adapters/poller.js';
import { pollYoutube } from '../../adapters/youtube/poll.js';
import { quotaCounterName } from '../../adapters/youtube/quota.js';
import type { YoutubeSettings } from '../../adapters/youtube/settings.js';
import { CHANNEL_ID, minutesAgo, startFakeYoutube, type FakeYoutube } from '../support/fake-youtube.js';
import { sendSideEffects } from '../support/stub-fetch.js';

let yt: FakeYoutube;
beforeAll(async () => {
  yt = await startFakeYoutube({ pageSize: 2 });
});
afterAll(() => yt.close());
beforeEach(() => {
  yt.requests.length = 0;
  yt.threads.length = 0;
  yt.state.tokens = 0;
  yt.state.override = undefined;
});

const settings = (over: Partial<YoutubeSettings> = {}): YoutubeSettings => ({
  YOUTUBE_API_URL: yt.apiUrl,
  YOUTUBE_OAUTH_TOKEN_URL: yt.tokenUrl,
  YOUTUBE_CLIENT_ID: 'client-id.apps.googleusercontent.com',
  YOUTUBE_CLIENT_SECRET: 'client-secret',
  YOUTUBE_POLL_SECONDS: 60,
  YOUTUBE_DAILY_QUOTA: 10_000,
  YOUTUBE_QUOTA_RESERVE: 1_000,
  YOUTUBE_BACKFILL_HOURS: 24,
  ...over,
});
const fresh = { accessToken: 'at-live', refreshToken: 'rt-1', accessTokenExpiresAt: minutesAgo(-60) };

function context(cursor: Record<string, string> = {}) {
  const effects = sendSideEffects();
  const ctx: PollContext = { baseUrl: yt.apiUrl, fetch, now: () => new Date(), cursor, ...effects };
  return { ctx, effects };
}
const poll = (ctx: PollContext, credentials: Record<string, string> = fresh, s = settings()) =>
  pollYoutube({ platform: 'youtube', accountId: CHANNEL_ID, credentials }, ctx, s);

const thread = (id: string, minutes: number, extra: Partial<FakeYoutube['threads'][number]> = {}) => ({
  id,
  videoId: 'vid1',
  top: { id, author: `warga${id}`, text: `komentar ${id}`, publishedAt: minutesAgo(minutes) },
  replies: [],
  ...extra,
});

describe('YouTube poller', () => {
  it('asks commentThreads for the channel, newest first, and pages until a page is older than the mark', async () => {
    // Two threads per page: 5, 20 and 90 minutes old are new since the mark (2 h ago); the rest are not. Page 2
    // still holds a new one, page 3 does not: the fourth page is never asked for.
    const newest = thread('T5', 5);
    yt.threads.push(
      newest,
      thread('T20', 20),
      thread('T90', 90),
      thread('T200', 200),
      thread('T300', 300),
      thread('T400', 400),
      thread('T500', 500),
    );
    const { ctx, effects } = context({ highWater: minutesAgo(120) });
    const result = await poll(ctx);
    const calls = yt.calls('/youtube/v3/commentThreads');
    expect(calls.map((c) => c.query)).toEqual([
      {
        part: 'snippet,replies',
        allThreadsRelatedToChannelId: CHANNEL_ID,
        order: 'time',
        maxResults: '100',
        textFormat: 'plainText',
      },
      expect.objectContaining({ pageToken: '2' }),
      expect.objectContaining({ pageToken: '4' }),
    ]);
    expect(calls[0].headers.authorization).toBe('Bearer at-live');
    expect(result.ok && result.delivery.messages.map((m) => m.externalId)).toEqual(['T5', 'T20', 'T90']);
    expect(result.ok && result.cursor.highWater).toBe(new Date(newest.top.publishedAt).toISOString());
    // One unit per list call, counted on today's (Pacific) quota counter.
    expect(effects.counters.get(quotaCounterName(new Date()))).toBe(3);
  });

  it('reads replies beyond those shown in the thread, skips the channel own replies, and marks edits', async () => {
    yt.threads.push(
      thread('T1', 30, {
        top: {
          id: 'T1',
          author: 'rina',
          text: 'Jalan rusak (diperbarui)',
          publishedAt: minutesAgo(30),
          updatedAt: minutesAgo(3),
        },
        replies: [
          { id: 'T1.a', author: 'self', text: 'Terima kasih, kami cek', publishedAt: minutesAgo(20) },
        ],
        hiddenReplies: [{ id: 'T1.b', author: 'budi', text: 'Saya juga', publishedAt: minutesAgo(10) }],
      }),
    );
    const { ctx } = context({ highWater: minutesAgo(60) });
    const result = await poll(ctx);
    expect(yt.calls('/youtube/v3/comments').map((c) => c.query)).toEqual([
      { part: 'snippet', parentId: 'T1', maxResults: '100', textFormat: 'plainText' },
    ]);
    if (!result.ok) throw new Error(result.error);
    expect(
      result.delivery.messages.map((m) => [m.externalId, m.action, m.text, m.threadKey, m.replyToExternalId]),
    ).toEqual([
      ['T1', 'edit', 'Jalan rusak (diperbarui)', 'video:vid1:user:UC-rina', undefined],
      ['T1.b', 'create', 'Saya juga', 'video:vid1:user:UC-budi', 'T1'],
    ]);
  });

  it('refreshes an access token that expires within minutes, stores it, and uses it', async () => {
    yt.threads.push(thread('T1', 5));
    const { ctx, effects } = context();
    const result = await poll(ctx, {
      refreshToken: 'rt-1',
      accessToken: 'old',
      accessTokenExpiresAt: minutesAgo(-2),
    });
    expect(result.ok).toBe(true);
    const [tokenCall] = yt.calls('/token', 'POST');
    expect(Object.fromEntries(new URLSearchParams(tokenCall.body))).toEqual({
      client_id: 'client-id.apps.googleusercontent.com',
      client_secret: 'client-secret',
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
    });
    expect(effects.saved).toEqual([expect.objectContaining({ accessToken: 'at-1', refreshToken: 'rt-1' })]);
    expect(yt.calls('/youtube/v3/commentThreads')[0].headers.authorization).toBe('Bearer at-1');
  });

  it('a 401 (token revoked early) is answered by one refresh and one retry', async () => {
    let refused = false;
    yt.state.override = (req) => {
      if (refused || !req.path.startsWith('/youtube/v3/commentThreads')) return undefined;
      refused = true;
      return {
        status: 401,
        body: { error: { code: 401, message: 'Invalid Credentials', errors: [{ reason: 'authError' }] } },
      };
    };
    const { ctx } = context();
    expect((await poll(ctx)).ok).toBe(true);
    expect(yt.calls('/youtube/v3/commentThreads').map((c) => c.headers.authorization)).toEqual([
      'Bearer at-live',
      'Bearer at-1',
    ]);
  });

  it('a refresh token Google refuses is a clear, non-retryable error and nothing is read', async () => {
    yt.state.override = (req) =>
      req.path === '/token'
        ? {
            status: 400,
            body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
          }
        : undefined;
    const { ctx } = context();
    const result = await poll(ctx, { refreshToken: 'rt-dead' });
    expect(result).toEqual({
      ok: false,
      retryable: false,
      error:
        'YouTube 401 token: YouTube menolak memperbarui token akses (invalid_grant); hubungkan ulang akun ini bila berulang.',
    });
    expect(yt.calls('/youtube/v3/commentThreads')).toEqual([]);
  });

  it('stops before the quota left for replies is touched, and pauses until the Pacific day ends', async () => {
    const { ctx, effects } = context({ highWater: minutesAgo(60) });
    effects.counters.set(quotaCounterName(new Date()), 9_000); // limit 10,000, reserve 1,000
    const result = await poll(ctx);
    expect(yt.requests).toEqual([]);
    expect(result).toMatchObject({ ok: true, cursor: { highWater: minutesAgo(60) } });
    if (!result.ok) return;
    expect(result.delivery.problems[0]).toMatch(/^Kuota harian YouTube hampir habis/);
    expect(result.pauseMs).toBeGreaterThan(0);
    expect(result.pauseMs).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it("YouTube's own quotaExceeded pauses polling instead of hammering", async () => {
    yt.state.override = () => ({
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'quota',
          errors: [{ reason: 'quotaExceeded', domain: 'youtube.quota' }],
        },
      },
    });
    const { ctx } = context();
    const result = await poll(ctx);
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      error: expect.stringMatching(/kuota harian habis/),
    });
    expect(!result.ok && result.pauseMs).toBeGreaterThan(0);
  });
});
