// A running Aspirasi whose platform API points at a fake endpoint, with one channel account connected and
// the seeded admin logged in: the common start of every channel end-to-end test.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startTestApp, type TestApp } from './app.js';
import { connectAccount, conversationsAs, type ConversationsAs } from './conversations.js';
import { startFakeEndpoint } from './fake-endpoint.js';

type FakeEndpoint = Awaited<ReturnType<typeof startFakeEndpoint>>;
export type ChannelApp = { t: TestApp; fake: FakeEndpoint; stop(): Promise<void> } & ConversationsAs;

interface ChannelAppOptions {
  /** The config variable that holds the platform's API base URL, e.g. TELEGRAM_API_URL. */
  apiUrlVariable: string;
  account: Parameters<typeof connectAccount>[1];
  /** More configuration for the app (e.g. the OAuth client id token refreshes need). */
  env?: Record<string, string>;
}

export async function startChannelApp(opts: ChannelAppOptions): Promise<ChannelApp> {
  const fake = await startFakeEndpoint();
  const t = await startTestApp({ [opts.apiUrlVariable]: fake.url, ...opts.env });
  await connectAccount(t, opts.account);
  return {
    t,
    fake,
    ...conversationsAs(t, await t.login(t.config.SEED_ADMIN_EMAIL)),
    stop: async () => {
      await t.stop();
      await fake.close();
    },
  };
}

/**
 * Starts the channel app for the whole file and, before each test, forgets the fake's requests and makes it
 * answer `okResponse`. The returned object is filled in once `beforeAll` has run.
 */
export function useChannelApp(
  opts: ChannelAppOptions & { okResponse: { status: number; body: unknown } },
): ChannelApp {
  const channel = {} as ChannelApp;
  beforeAll(async () => {
    Object.assign(channel, await startChannelApp(opts));
  });
  afterAll(() => channel.stop?.());
  beforeEach(() => {
    channel.fake.requests.length = 0;
    channel.fake.respondWith(() => opts.okResponse);
  });
  return channel;
}
