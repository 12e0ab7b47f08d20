// YouTube end to end: an admin connects a channel -> the poll job (BullMQ scheduler) reads the fake Data API ->
// conversations in the inbox; an edit updates the message; an officer's reply goes out as comments.insert with a
// refreshed token, its quota shows on /metrics, and YouTube's refusal shows on the reply.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { unseal } from '../../src/security/seal.js';
import { ChannelAccountModel, MessageModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { conversationsAs, waitForMessageByDedupeKey } from '../support/conversations.js';
import { CHANNEL_ID, minutesAgo, startFakeYoutube, type FakeYoutube } from '../support/fake-youtube.js';

let t: TestApp;
let yt: FakeYoutube;
let admin: string;
let conversations: ReturnType<typeof conversationsAs>;
let seq = 0;

beforeAll(async () => {
  yt = await startFakeYoutube();
  t = await startTestApp({
    YOUTUBE_API_URL: yt.apiUrl,
    YOUTUBE_OAUTH_TOKEN_URL: yt.tokenUrl,
    YOUTUBE_CLIENT_ID: 'client-id.apps.googleusercontent.com',
    YOUTUBE_CLIENT_SECRET: 'client-secret',
    YOUTUBE_POLL_SECONDS: '1',
  });
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  conversations = conversationsAs(t, admin);
  const res = await t.api('/api/channel-accounts', {
    token: admin,
    body: {
      platform: 'youtube',
      accountId: CHANNEL_ID,
      name: 'Pemprov di YouTube',
      // Only a refresh token: the first poll has to get an access token.
      credentials: { refreshToken: 'rt-channel' },
    },
  });
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await t?.stop();
  await yt?.close();
});
beforeEach(() => {
  yt.state.override = undefined;
});

/** A new citizen comment on the fake, once the poller has stored it. */
async function citizenComment(text: string) {
  const id = `Ugz${++seq}${Date.now()}`;
  yt.threads.push({
    id,
    videoId: 'vid1',
    top: { id, author: `warga${seq}`, text, publishedAt: minutesAgo(1) },
    replies: [],
  });
  return waitFor(() => MessageModel.findOne({ dedupeKey: `youtube:${CHANNEL_ID}:${id}` }).lean(), 15_000);
}

describe('YouTube channel', () => {
  it('polls the connected channel with a refreshed token, and a comment becomes a public conversation', async () => {
    const message = await citizenComment('Kapan pendaftaran PPDB dibuka?');
    const detail = await conversations.detail(message.conversationId);
    expect(detail.conversation).toMatchObject({
      platform: 'youtube',
      accountId: CHANNEL_ID,
      visibility: 'public',
      replyWindow: { public: { open: true }, private: { open: false } },
    });
    expect(detail.messages[0].text).toBe('Kapan pendaftaran PPDB dibuka?');
    const threadCalls = yt.calls('/youtube/v3/commentThreads');
    expect(threadCalls[0].query).toMatchObject({ allThreadsRelatedToChannelId: CHANNEL_ID, order: 'time' });
    expect(threadCalls[0].headers.authorization).toBe('Bearer at-1');
    // The refreshed token is stored sealed: later polls reuse it instead of refreshing every second.
    await waitFor(async () => (await yt.calls('/youtube/v3/commentThreads')).length >= 3, 10_000);
    expect(yt.state.tokens).toBe(1);
    const account = await ChannelAccountModel.findOne({ platform: 'youtube', accountId: CHANNEL_ID })
      .select('+credentialsSealed')
      .lean();
    expect(unseal(account!.credentialsSealed!, t.config.ENCRYPTION_KEY)).toMatchObject({
      refreshToken: 'rt-channel',
      accessToken: 'at-1',
    });
    // Polled again and again: still one message (deduped by comment id).
    expect(await MessageModel.countDocuments({ conversationId: message.conversationId })).toBe(1);
  });

  it('an edited comment (later updatedAt) updates the stored message', async () => {
    const message = await citizenComment('Lampu jalan mati');
    const thread = yt.threads.find((x) => x.id === message.externalId)!;
    thread.top = { ...thread.top, text: 'Lampu jalan mati di Jl. Merdeka', updatedAt: minutesAgo(0) };
    const edited = await waitFor(async () => {
      const m = await MessageModel.findById(message._id).lean();
      return m?.text === 'Lampu jalan mati di Jl. Merdeka' ? m : null;
    }, 15_000);
    expect(edited.edited).toBe(true);
  });

  it('a reply goes out as comments.insert under the thread and its 50 units show on /metrics', async () => {
    const message = await citizenComment('Jalan berlubang di depan SDN 3');
    const res = await conversations.reply(message.conversationId, {
      text: 'Terima kasih, kami teruskan ke PUPR',
    });
    expect(res.status).toBe(202);
    const sent = await conversations.waitForReplyStatus(message.conversationId, res.body.message.id, 'sent');
    const [insert] = yt.calls('/youtube/v3/comments', 'POST');
    expect(insert.query).toEqual({ part: 'snippet' });
    expect(insert.headers.authorization).toBe('Bearer at-1');
    expect(JSON.parse(insert.body)).toEqual({
      snippet: { parentId: message.externalId, textOriginal: res.body.message.text },
    });
    expect(sent.externalId).toMatch(new RegExp(`^${message.externalId}\\.reply`));

    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    const used = Number(/aspirasi_platform_quota_used_units\{adapter="youtube"\} (\d+)/.exec(metrics)?.[1]);
    const polls = yt.calls('/youtube/v3/commentThreads').length;
    expect(used).toBeGreaterThanOrEqual(50 + polls);
    expect(metrics).toMatch(/aspirasi_platform_quota_limit_units\{adapter="youtube"\} 10000/);
    expect(metrics).toMatch(/aspirasi_polls_total\{adapter="youtube",outcome="ok"\} [1-9]/);
  });

  it("YouTube's refusal of a reply is shown on it, and a private reply is refused up front", async () => {
    const message = await citizenComment('Tolong cek saluran air');
    yt.state.override = (req) =>
      req.method === 'POST' && req.path.startsWith('/youtube/v3/comments')
        ? {
            status: 400,
            body: {
              error: {
                code: 400,
                message: 'The comment is too long.',
                errors: [{ reason: 'commentTextTooLong' }],
              },
            },
          }
        : undefined;
    const res = await conversations.reply(message.conversationId, { text: 'Panjang sekali' });
    const failed = await conversations.waitForReplyStatus(
      message.conversationId,
      res.body.message.id,
      'failed',
    );
    expect(failed.delivery.error).toBe(
      'Balasan terlalu panjang untuk YouTube; persingkat lalu kirim ulang. (YouTube 400 commentTextTooLong: The comment is too long.)',
    );
    const dm = await conversations.reply(message.conversationId, { text: 'Halo', visibility: 'private' });
    expect(dm.status).toBe(409);
    expect(dm.body.error.message).toBe('YouTube tidak punya pesan pribadi; balas secara publik di komentar.');
  });

  it('YouTube down: the error shows on the account for the admin, and polling resumes where it stopped', async () => {
    yt.state.override = (req) =>
      req.path.startsWith('/youtube/v3/commentThreads')
        ? {
            status: 503,
            body: { error: { code: 503, message: 'Backend Error', errors: [{ reason: 'backendError' }] } },
          }
        : undefined;
    const accountPoll = async () =>
      (await t.api('/api/channel-accounts', { token: admin })).body.items.find(
        (a: { platform: string }) => a.platform === 'youtube',
      ).poll;
    expect(await waitFor(async () => (await accountPoll()).lastError, 10_000)).toBe(
      'YouTube 503 backendError: Backend Error',
    );
    // Written while YouTube was down: read once it is back.
    const id = `Ugzdown${Date.now()}`;
    yt.threads.push({
      id,
      videoId: 'vid2',
      top: { id, author: 'sari', text: 'Banjir di RT 2', publishedAt: minutesAgo(0) },
      replies: [],
    });
    yt.state.override = undefined;
    await waitForMessageByDedupeKey(`youtube:${CHANNEL_ID}:${id}`);
    expect(await waitFor(async () => (await accountPoll()).lastError === null, 10_000)).toBe(true);
  });

  it('the webhook route says YouTube is polled', async () => {
    const res = await fetch(`${t.url}/webhooks/youtube`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/dibaca lewat polling/);
  });
});
