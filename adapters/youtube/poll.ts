// One poll of one channel (platforms.md §3): commentThreads.list with order=time, newest first, page by page
// until a whole page is older than the high-water mark minus an overlap; every comment changed since then is
// handed on (the pipeline dedupes by comment id; a later `updatedAt` is an edit). Each call is counted against
// the project's daily quota, and polling pauses before it runs out, leaving the reserve to replies.
import type { PollContext, PolledAccount, PollResult } from '../poller.js';
import { list, str } from '../json.js';
import type { InboundMessage } from '../types.js';
import { callYoutube, type ApiOutcome, type YoutubeCaller } from './api.js';
import {
  changedAt,
  readComment,
  readThread,
  toMessage,
  type YoutubeComment,
  type YoutubeThread,
} from './parse.js';
import { COST, quotaCounterName, quotaDay, spend } from './quota.js';
import { budget, oauthClient, type YoutubeSettings } from './settings.js';

export const OVERLAP_MS = 10 * 60_000;
/** 500 threads per poll at most; a busier channel catches up on the following polls. */
export const MAX_PAGES = 5;

function quotaPause(now: Date, messages: InboundMessage[], cursor: Record<string, string>): PollResult {
  const { resetsAt } = quotaDay(now);
  return {
    ok: true,
    delivery: {
      messages,
      statuses: [],
      problems: [`Kuota harian YouTube hampir habis; polling berhenti sampai ${resetsAt.toISOString()}.`],
    },
    cursor, // unchanged: the next poll reads this window again
    pauseMs: resetsAt.getTime() - now.getTime(),
  };
}

function failure(res: Extract<ApiOutcome, { ok: false }>, now: Date): PollResult {
  if (res.reason === 'quotaExceeded' || res.reason === 'dailyLimitExceeded') {
    const { resetsAt } = quotaDay(now);
    return {
      ok: false,
      retryable: false,
      error: `YouTube: kuota harian habis; polling dilanjutkan setelah ${resetsAt.toISOString()}.`,
      pauseMs: resetsAt.getTime() - now.getTime(),
    };
  }
  return {
    ok: false,
    retryable: res.retryable,
    error: `YouTube ${res.status} ${res.reason}: ${res.message}`,
  };
}

export async function pollYoutube(
  account: PolledAccount,
  ctx: PollContext,
  s: YoutubeSettings,
): Promise<PollResult> {
  const now = ctx.now();
  const caller: YoutubeCaller = {
    baseUrl: ctx.baseUrl,
    fetch: ctx.fetch,
    now: ctx.now,
    oauth: oauthClient(s),
    credentials: account.credentials,
    saveCredentials: ctx.saveCredentials,
  };
  const counter = ctx.counter(quotaCounterName(now));
  const pay = (units: number) => spend(counter, units, budget(s), 'poll', now);
  const highWater =
    Date.parse(ctx.cursor.highWater ?? '') || now.getTime() - s.YOUTUBE_BACKFILL_HOURS * 3_600_000;
  const since = new Date(highWater - OVERLAP_MS).toISOString();
  const messages: InboundMessage[] = [];
  let newest = new Date(highWater).toISOString();
  let pageToken: string | undefined;

  for (let page = 0; page < MAX_PAGES; page++) {
    if (!(await pay(COST.list))) return quotaPause(now, messages, ctx.cursor);
    const res = await callYoutube(caller, 'GET', '/commentThreads', {
      part: 'snippet,replies',
      allThreadsRelatedToChannelId: account.accountId,
      order: 'time',
      maxResults: '100',
      textFormat: 'plainText',
      ...(pageToken ? { pageToken } : {}),
    });
    if (!res.ok) return failure(res, now);
    const threads = list(res.body.items)
      .map(readThread)
      .filter((t): t is YoutubeThread => t !== null);
    for (const thread of threads) {
      let replies = thread.replies;
      // The thread shows a few replies only; new ones beyond them need comments.list (1 unit).
      if (
        thread.totalReplyCount > replies.length &&
        [thread.top, ...replies].some((c) => changedAt(c) >= since)
      ) {
        if (!(await pay(COST.list))) return quotaPause(now, messages, ctx.cursor);
        const all = await callYoutube(caller, 'GET', '/comments', {
          part: 'snippet',
          parentId: thread.id,
          maxResults: '100',
          textFormat: 'plainText',
        });
        if (!all.ok) return failure(all, now);
        replies = list(all.body.items)
          .map((r) => readComment(r, thread.id, thread.top.videoId))
          .filter((r): r is YoutubeComment => r !== null);
      }
      for (const c of [thread.top, ...replies]) {
        if (c.authorId === account.accountId || changedAt(c) < since) continue; // our own replies; seen before
        messages.push(toMessage(account.accountId, c));
        if (changedAt(c) > newest) newest = changedAt(c);
      }
    }
    pageToken = str(res.body.nextPageToken);
    if (!pageToken || threads.every((t) => t.top.publishedAt < since)) break;
  }
  return { ok: true, delivery: { messages, statuses: [], problems: [] }, cursor: { highWater: newest } };
}
