// Tags, links between conversations about the same incident, and one update sent to all linked citizens.
import { Types } from 'mongoose';
import { canSeeConversation, type Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../api/errors.js';
import { createReply } from '../replies/create-reply.js';
import { AgencyModel, ContactModel, ConversationModel } from '../store/index.js';
import { publishConversation, recordEvent, type WorkflowDeps } from './deps.js';
import { fillTemplate } from './template.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConversationDoc = any;

const normalizeTag = (t: string) => t.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 40);

export async function changeTags(
  deps: WorkflowDeps,
  actor: Actor,
  conv: ConversationDoc,
  add: string[],
  remove: string[],
) {
  const removed = new Set(remove.map(normalizeTag));
  const before: string[] = conv.tags ?? [];
  const tags = [...new Set([...before, ...add.map(normalizeTag)])].filter((t) => t && !removed.has(t));
  // Read-modify-write with $set: the test database has no $pull.
  await ConversationModel.updateOne({ _id: conv._id }, { $set: { tags } });
  await recordEvent(conv, 'tagged', actor.id, {
    added: tags.filter((t) => !before.includes(t)),
    removed: before.filter((t) => !tags.includes(t)),
  });
  return publishConversation(deps, conv._id);
}

async function otherVisible(actor: Actor, otherId: string) {
  const other = Types.ObjectId.isValid(otherId) ? await ConversationModel.findById(otherId).lean() : null;
  if (!other || !canSeeConversation(actor, other))
    throw new ApiError(404, 'not_found', 'Percakapan tujuan tidak ditemukan.');
  return other;
}

export async function linkConversations(
  deps: WorkflowDeps,
  actor: Actor,
  conv: ConversationDoc,
  otherId: string,
) {
  const other = await otherVisible(actor, otherId);
  if (String(other._id) === String(conv._id))
    throw new ApiError(400, 'invalid_link', 'Percakapan tidak dapat ditautkan ke dirinya sendiri.');
  await ConversationModel.updateOne({ _id: conv._id }, { $addToSet: { linkedIds: other._id } });
  await ConversationModel.updateOne({ _id: other._id }, { $addToSet: { linkedIds: conv._id } });
  await recordEvent(conv, 'linked', actor.id, {
    conversationId: String(other._id),
    ticketNumber: other.ticketNumber,
  });
  await recordEvent(other, 'linked', actor.id, {
    conversationId: String(conv._id),
    ticketNumber: conv.ticketNumber,
  });
  await publishConversation(deps, other._id);
  return publishConversation(deps, conv._id);
}

export async function unlinkConversations(
  deps: WorkflowDeps,
  actor: Actor,
  conv: ConversationDoc,
  otherId: string,
) {
  const other = await otherVisible(actor, otherId);
  for (const [a, b] of [
    [conv, other],
    [other, conv],
  ]) {
    const fresh = await ConversationModel.findById(a._id).select('linkedIds').lean();
    const linkedIds = (fresh?.linkedIds ?? []).filter((id) => String(id) !== String(b._id));
    await ConversationModel.updateOne({ _id: a._id }, { $set: { linkedIds } });
    await recordEvent(a, 'unlinked', actor.id, {
      conversationId: String(b._id),
      ticketNumber: b.ticketNumber,
    });
  }
  await publishConversation(deps, other._id);
  return publishConversation(deps, conv._id);
}

export interface LinkedReplyResult {
  conversationId: string;
  ticketNumber: string;
  ok: boolean;
  message?: unknown;
  error?: { code: string; message: string };
}

/**
 * One update to every citizen who reported the same incident: this case and each linked case the actor may
 * see, with {{ticket}}, {{nama}}, {{instansi}}, {{petugas}} filled per case. Each reply is checked on its own
 * (reply window, claim lock), so one refusal does not stop the others.
 */
export async function replyToLinked(
  ctx: AppContext,
  actor: Actor,
  conv: ConversationDoc,
  req: { text: string; visibility?: 'public' | 'private'; takeOver?: boolean },
): Promise<LinkedReplyResult[]> {
  const ids = [conv._id, ...(conv.linkedIds ?? [])];
  const cases = (await ConversationModel.find({ _id: { $in: ids } })).filter((c) =>
    canSeeConversation(actor, c),
  );
  const results: LinkedReplyResult[] = [];
  for (const c of cases) {
    const [contact, agency] = await Promise.all([
      ContactModel.findById(c.contactId).select('name').lean(),
      AgencyModel.findById(c.agencyId).select('shortName').lean(),
    ]);
    const text = fillTemplate(req.text, {
      ticket: c.ticketNumber,
      nama: contact?.name ?? null,
      instansi: agency?.shortName ?? null,
      petugas: actor.name,
    });
    // Public replies only where the case itself is public; DMs get the private form.
    const visibility = req.visibility === 'public' && c.visibility === 'private' ? 'private' : req.visibility;
    try {
      const message = await createReply(ctx, actor, c, { text, visibility, takeOver: req.takeOver });
      results.push({ conversationId: String(c._id), ticketNumber: c.ticketNumber, ok: true, message });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      results.push({
        conversationId: String(c._id),
        ticketNumber: c.ticketNumber,
        ok: false,
        error: { code: err.code, message: err.message },
      });
    }
  }
  return results;
}
