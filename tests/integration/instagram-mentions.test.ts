// Instagram @mentions: the webhook carries ids only, so before storing, the inbound worker reads the words and the
// writer from the Graph API (a local fake here) — and stores the placeholder with the reason when Graph refuses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { connectAccount, conversationsAs, waitForMessageByDedupeKey } from '../support/conversations.js';
import { graphError, startFakeGraph, type FakeGraph } from '../support/fake-graph.js';
import { IG_ID, postMetaWebhook, secondsAgo } from '../unit/adapters/meta/samples.js';

let t: TestApp;
let graph: FakeGraph;
let conversations: ReturnType<typeof conversationsAs>;
let seq = 0;
const uid = () => `${Date.now()}${++seq}`;

beforeAll(async () => {
  graph = await startFakeGraph();
  t = await startTestApp({ META_GRAPH_URL: `${graph.url}/v21.0` });
  conversations = conversationsAs(t, await t.login(t.config.SEED_ADMIN_EMAIL));
  await connectAccount(t, {
    platform: 'instagram',
    accountId: IG_ID,
    credentials: { accessToken: 'EAAG-ig-token' },
  });
});
afterAll(async () => {
  await t?.stop();
  await graph?.close();
});
beforeEach(() => graph.reset());

const mention = (value: Record<string, string>) =>
  postMetaWebhook(t.url, t.config.META_APP_SECRET!, {
    object: 'instagram',
    entry: [{ id: IG_ID, time: secondsAgo(0), changes: [{ field: 'mentions', value }] }],
  });

describe('Instagram @mentions', () => {
  it('a comment mention is stored with its text and writer, read through our account with its token', async () => {
    const mediaId = `1788${uid()}`;
    const commentId = `1789${uid()}`;
    graph.respond('GET', `/v21.0/${IG_ID}`, {
      body: {
        mentioned_comment: {
          id: commentId,
          text: '@pemprov tolong cek jembatan Mahakam retak',
          timestamp: '2026-12-05T01:00:00+0000',
          username: 'warga.smd',
        },
        id: IG_ID,
      },
    });
    expect((await mention({ media_id: mediaId, comment_id: commentId })).status).toBe(200);
    const stored = await waitForMessageByDedupeKey(`instagram:${IG_ID}:mention:${commentId}`);
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0].query).toEqual({
      fields: `mentioned_comment.comment_id(${commentId}){id,text,timestamp,username}`,
    });
    expect(graph.requests[0].headers.authorization).toBe('Bearer EAAG-ig-token');
    const detail = await conversations.detail(stored.conversationId);
    expect(detail.messages[0]).toMatchObject({
      text: '@pemprov tolong cek jembatan Mahakam retak',
      author: { name: 'warga.smd', handle: '@warga.smd' },
    });
    expect(detail.conversation.contact).toMatchObject({ name: 'warga.smd' });
  });

  it('a caption mention Graph will not show is stored as the placeholder with the reason, without retrying', async () => {
    const mediaId = `1790${uid()}`;
    graph.respond('GET', `/v21.0/${IG_ID}`, {
      status: 400,
      body: graphError(100, 'Unsupported get request. Object does not exist'),
    });
    await mention({ media_id: mediaId });
    const stored = await waitForMessageByDedupeKey(`instagram:${IG_ID}:mention:media:${mediaId}`);
    expect(graph.requests.map((r) => r.query.fields)).toEqual([
      `mentioned_media.media_id(${mediaId}){id,caption,timestamp,username,permalink}`,
    ]);
    expect(stored.text).toMatch(
      /^\[Akun ini disebut \(@mention\) di Instagram; buka Instagram untuk membaca isinya\]\n\(/,
    );
    expect(stored.text).toContain('Object does not exist');
  });

  it('Graph down: the worker retries, and the text arrives once Graph answers', async () => {
    const mediaId = `1791${uid()}`;
    const commentId = `1792${uid()}`;
    graph.respond(
      'GET',
      `/v21.0/${IG_ID}`,
      { status: 503, body: graphError(2, 'Service temporarily unavailable') },
      { body: { mentioned_comment: { id: commentId, text: 'Lampu jalan mati', username: 'budi' } } },
    );
    await mention({ media_id: mediaId, comment_id: commentId });
    const stored = await waitForMessageByDedupeKey(`instagram:${IG_ID}:mention:${commentId}`);
    expect(stored.text).toBe('Lampu jalan mati');
    expect(graph.requests).toHaveLength(2);
  });
});
