// Connecting a Meta account from the API: token sealed at rest, never returned, and used by replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelAccountModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';
import { startFakeGraph, type FakeGraph } from '../support/fake-graph.js';
import { feedComment, feedDelivery, postMetaWebhook, secondsAgo } from '../unit/adapters/meta/samples.js';

const PAGE = '100200300400500600'; // above 2^53: must survive as a string
const TOKEN = 'EAAG-connected-via-api';
let t: TestApp;
let graph: FakeGraph;
let admin: string;

beforeAll(async () => {
  graph = await startFakeGraph();
  t = await startTestApp({ META_GRAPH_URL: `${graph.url}/v21.0` });
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
});
afterAll(async () => {
  await t?.stop();
  await graph?.close();
});

describe('POST /api/channel-accounts', () => {
  it('connects a Facebook Page (comments and Messenger) without ever returning the token', async () => {
    const res = await t.api('/api/channel-accounts', {
      token: admin,
      body: {
        platform: 'facebook',
        accountId: PAGE,
        name: 'Pemprov Kaltim',
        credentials: { accessToken: TOKEN },
      },
    });
    expect(res.status).toBe(201);
    expect(
      res.body.items.map((a: { platform: string; accountId: string }) => [a.platform, a.accountId]),
    ).toEqual([
      ['facebook', PAGE],
      ['messenger', PAGE],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(TOKEN);
    const list = await t.api('/api/channel-accounts', { token: admin });
    expect(list.body.items.find((a: { platform: string }) => a.platform === 'facebook')).toMatchObject({
      hasCredentials: true,
      name: 'Pemprov Kaltim',
    });
    expect(JSON.stringify(list.body)).not.toContain(TOKEN);
    const stored = await ChannelAccountModel.findOne({ platform: 'facebook', accountId: PAGE })
      .select('+credentialsSealed')
      .lean();
    expect(stored!.credentialsSealed).toMatch(/^v1\./);
    expect(stored!.credentialsSealed).not.toContain(TOKEN);
  });

  it('the connected token is what replies use', async () => {
    const postId = `${PAGE}_9001`;
    await postMetaWebhook(
      t.url,
      t.config.META_APP_SECRET!,
      feedDelivery(
        [
          feedComment({
            comment_id: 'acc_c1',
            post_id: postId,
            parent_id: postId,
            created_time: secondsAgo(1),
          }),
        ],
        secondsAgo(1),
        PAGE,
      ),
    );
    const comment = await waitForMessageByDedupeKey(`facebook:${PAGE}:acc_c1`);
    const res = await t.api(`/api/conversations/${comment.conversationId}/replies`, {
      token: admin,
      body: { text: 'Terima kasih' },
    });
    expect(res.status).toBe(202);
    await waitFor(async () => graph.requests.length > 0);
    expect(graph.requests[0].path).toBe('/v21.0/acc_c1/comments');
    expect(graph.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('refuses a Meta account without access token, and non-admins', async () => {
    const missing = await t.api('/api/channel-accounts', {
      token: admin,
      body: { platform: 'whatsapp', accountId: '1065', name: 'WA' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/accessToken/);
    const officer = await t.login('pdam.petugas1@demo.aspirasi.id');
    const forbidden = await t.api('/api/channel-accounts', {
      token: officer,
      body: { platform: 'whatsapp', accountId: '1065', name: 'WA', credentials: { accessToken: 'x' } },
    });
    expect(forbidden.status).toBe(403);
    expect((await t.api('/api/channel-accounts', { token: officer })).status).toBe(403);
  });
});
