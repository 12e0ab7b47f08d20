// The claim lock: one officer answers a citizen at a time. A second officer gets claimed_by_other naming the
// claimer unless they take over explicitly. Replying claims an unclaimed case implicitly.
import type { Actor } from '../auth/access.js';
import { DomainError } from '../domain/errors.js';
import type { ConversationStatus } from '../domain/labels.js';
import { CLAIMABLE_STATUSES } from '../domain/transitions.js';
import { UserModel, type ConversationDoc } from '../store/index.js';
import { changeCase, type CaseChange, type CaseChangeDeps } from './change-case.js';

async function claimedByOther(claimerId: unknown) {
  const claimer = await UserModel.findById(claimerId).select('name').lean();
  const name = claimer?.name ?? 'petugas lain';
  return new DomainError(
    'claimed_by_other',
    `Percakapan ini sedang ditangani ${name}. Pilih "Ambil alih" bila Anda yang akan melanjutkan.`,
  );
}

/**
 * The lock (and, for an officer of the holding agency, the assignment unless `assign` is off: a reply assigns
 * only an unassigned case, src/replies/reply-on-case.ts) going to the actor; null when the actor already holds it. Throws claimed_by_other when someone else holds it and this is not a take-over.
 */
export async function claimDecision(
  actor: Actor,
  conv: ConversationDoc,
  takeOver: boolean,
  opts: { assign: boolean } = { assign: true },
): Promise<CaseChange | null> {
  const holder = conv.claimedBy ? String(conv.claimedBy) : null;
  const assign =
    opts.assign && String(conv.assigneeId) !== actor.id && actor.agencyId === String(conv.agencyId);
  if (holder === actor.id && !assign) return null;
  if (holder && holder !== actor.id && !takeOver) throw await claimedByOther(holder);
  const change: CaseChange = {
    set: { claimedBy: actor.id, claimedAt: new Date() },
    events:
      holder === actor.id
        ? []
        : [
            {
              type: 'claimed',
              actorId: actor.id,
              data: { takeOver: Boolean(holder), previousClaimerId: holder },
            },
          ],
  };
  if (assign) {
    change.set!.assigneeId = actor.id;
    const previousUserId = conv.assigneeId ? String(conv.assigneeId) : null;
    change.events.push({
      type: 'assigned',
      actorId: actor.id,
      data: { userId: actor.id, previousUserId, by: 'claim' },
    });
  }
  return change;
}

/** POST .../claim: the actor takes the case (lock and assignment); a finished case must be reopened first. */
export async function claimConversation(
  deps: CaseChangeDeps,
  actor: Actor,
  conv: ConversationDoc,
  takeOver: boolean,
  key: string,
) {
  return (
    await changeCase(deps, conv, key, (fresh) => {
      if (!CLAIMABLE_STATUSES.includes(fresh.status as ConversationStatus))
        throw new DomainError(
          'illegal_transition',
          'Kasus ini sudah selesai; buka kembali sebelum mengambilnya.',
        );
      return claimDecision(actor, fresh, takeOver);
    })
  ).view;
}
