// What integration tests do around a conversation: find an ingested message, connect a channel account,
// and act on a conversation as one officer (read it, reply, wait for the reply's delivery status).
import { seal } from '../../src/security/seal.js';
import { ChannelAccountModel, MessageModel } from '../../src/store/index.js';
import { waitFor, type TestApp } from './app.js';

/** The stored message with this dedupe key (`platform:account:externalId`), once the worker has written it. */
export const waitForMessageByDedupeKey = (dedupeKey: string) =>
  waitFor(() => MessageModel.findOne({ dedupeKey }).lean());

/** A connected channel account whose credentials are sealed the way the admin API seals them. */
export async function connectAccount(
  t: TestApp,
  account: { platform: string; accountId: string; name?: string; credentials: Record<string, string> },
) {
  const { platform, accountId, name = `${platform} test`, credentials } = account;
  await ChannelAccountModel.updateOne(
    { platform, accountId },
    { $set: { name, credentialsSealed: seal(credentials, t.config.ENCRYPTION_KEY) } },
    { upsert: true },
  );
}

/** Conversation API calls made with one officer's token. */
export function conversationsAs(t: TestApp, token: string) {
  const detail = async (conversationId: unknown) =>
    (await t.api(`/api/conversations/${conversationId}`, { token })).body;
  return {
    detail,
    reply: (conversationId: unknown, body: { text: string; visibility?: string }) =>
      t.api(`/api/conversations/${conversationId}/replies`, { token, body }),
    /** The reply as the officer sees it in the conversation detail, once its delivery settled on `status`. */
    waitForReplyStatus: (conversationId: unknown, replyId: string, status: string) =>
      waitFor(async () => {
        const m = (await detail(conversationId)).messages.find((x: { id: string }) => x.id === replyId);
        return m?.delivery?.status === status ? m : null;
      }, 8000),
  };
}
export type ConversationsAs = ReturnType<typeof conversationsAs>;
