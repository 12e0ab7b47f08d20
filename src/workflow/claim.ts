// The claim lock: one officer answers a citizen at a time. A second officer gets a 409 naming the claimer
// unless they take over explicitly. Replying claims an unclaimed case implicitly.
import type { Actor } from '../auth/access.js';
import { ApiError } from '../api/errors.js';
import { ConversationModel, UserModel } from '../store/index.js';
import { publishConversation, recordEvent, type WorkflowDeps } from './deps.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConversationDoc = any;

async function claimedByOther(claimerId: unknown) {
  const claimer = await UserModel.findById(claimerId).select('name').lean();
  const name = claimer?.name ?? 'petugas lain';
  return new ApiError(
    409,
    'claimed_by_other',
    `Percakapan ini sedang ditangani ${name}. Pilih "Ambil alih" bila Anda yang akan melanjutkan.`,
  );
}

/**
 * Take the lock for the actor, atomically. Returns the previous claimer's id when the claim changed hands
 * (null when it was free or already the actor's). Throws 409 claimed_by_other when held by someone else.
 */
export async function takeClaim(
  actor: Actor,
  conv: ConversationDoc,
  takeOver = false,
): Promise<{ changed: boolean; previous: string | null }> {
  const holder = conv.claimedBy ? String(conv.claimedBy) : null;
  if (holder === actor.id) return { changed: false, previous: null };
  if (holder && !takeOver) throw await claimedByOther(holder);
  const filter = takeOver ? { _id: conv._id } : { _id: conv._id, claimedBy: null };
  const res = await ConversationModel.updateOne(filter, {
    $set: { claimedBy: actor.id, claimedAt: new Date() },
  });
  if (res.matchedCount === 0) {
    // Someone claimed it between our read and our write.
    const fresh = await ConversationModel.findById(conv._id).select('claimedBy').lean();
    if (fresh?.claimedBy && String(fresh.claimedBy) !== actor.id) throw await claimedByOther(fresh.claimedBy);
  }
  await recordEvent(conv, 'claimed', actor.id, { takeOver: Boolean(holder), previousClaimerId: holder });
  return { changed: true, previous: holder };
}

/** POST .../claim: the actor takes the case (lock and assignment). */
export async function claimConversation(
  deps: Pick<WorkflowDeps, 'publisher'>,
  actor: Actor,
  conv: ConversationDoc,
  takeOver: boolean,
) {
  await takeClaim(actor, conv, takeOver);
  if (String(conv.assigneeId) !== actor.id && actor.agencyId === String(conv.agencyId)) {
    await ConversationModel.updateOne({ _id: conv._id }, { $set: { assigneeId: actor.id } });
    await recordEvent(conv, 'assigned', actor.id, {
      userId: actor.id,
      previousUserId: conv.assigneeId ? String(conv.assigneeId) : null,
      by: 'claim',
    });
  }
  return publishConversation(deps, conv._id);
}
