// What a stored reply changes on its case: first response, latest message, count, the `replied` event, and the
// workflow's afterReply. The API runs it right after storing the reply; the send job runs it again if the
// reply's stage says it never finished (the API died half-way). Every write is safe to repeat.
import type { AppContext } from '../context.js';
import { recountMessages } from '../pipeline/apply-to-case.js';
import { recordEventOnce } from '../pipeline/once.js';
import { advanceStage, stageOf } from '../pipeline/stages.js';
import { ConversationModel, UserModel } from '../store/index.js';
import { afterReply, type Replier } from '../workflow/after-reply.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MessageDoc = any;

async function replierOf(message: MessageDoc): Promise<Replier | null> {
  const user = await UserModel.findById(message.sentBy).select('agencyId').lean();
  return user ? { id: String(user._id), agencyId: String(user.agencyId) } : null;
}

export async function recordReplyOnCase(ctx: AppContext, message: MessageDoc, replier?: Replier) {
  if (stageOf(message) === 'done') return;
  const conversationId = message.conversationId;
  const at: Date = message.createdAt;
  // The first reply is the one whose time became firstRespondedAt: decidable again on any retry.
  await ConversationModel.updateOne(
    { _id: conversationId, firstRespondedAt: null },
    { $set: { firstRespondedAt: at } },
  );
  const first = Boolean(await ConversationModel.exists({ _id: conversationId, firstRespondedAt: at }));
  await ConversationModel.updateOne(
    { _id: conversationId, lastMessageAt: { $lte: at } },
    { $set: { lastMessageAt: at, preview: String(message.text).slice(0, 200) } },
  );
  await recountMessages(conversationId);
  const conv = await ConversationModel.findById(conversationId).select('agencyId').lean();
  const messageId = String(message._id);
  await recordEventOnce(`reply:${messageId}:replied`, {
    conversationId,
    type: 'replied',
    actorId: message.sentBy ? String(message.sentBy) : null,
    agencyId: conv?.agencyId,
    data: { messageId, visibility: message.visibility, first },
  });
  const who = replier ?? (await replierOf(message));
  if (who) await afterReply(ctx, who, conversationId, first, messageId);
  await advanceStage(message._id, 'stored', 'done');
}
