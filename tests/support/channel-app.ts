// A running Aspirasi whose platform API points at a fake endpoint, with one channel account connected and
// the seeded admin logged in: the common start of every channel end-to-end test.
import { startTestApp, type TestApp } from './app.js';
import { connectAccount, conversationsAs, type ConversationsAs } from './conversations.js';
import { startFakeEndpoint } from './fake-endpoint.js';

export interface ChannelApp {
  t: TestApp;
  fake: Awaited<ReturnType<typeof startFakeEndpoint>>;
  admin: string;
  conversations: ConversationsAs;
  stop(): Promise<void>;
}

export async function startChannelApp(opts: {
  /** The config variable that holds the platform's API base URL, e.g. TELEGRAM_API_URL. */
  apiUrlVariable: string;
  account: Parameters<typeof connectAccount>[1];
}): Promise<ChannelApp> {
  const fake = await startFakeEndpoint();
  const t = await startTestApp({ [opts.apiUrlVariable]: fake.url });
  const admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  await connectAccount(t, opts.account);
  return {
    t,
    fake,
    admin,
    conversations: conversationsAs(t, admin),
    stop: async () => {
      await t.stop();
      await fake.close();
    },
  };
}
