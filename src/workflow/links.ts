// Tags, and links between conversations about the same incident (one update to all of them: src/replies/linked-replies.ts).
import { Types } from 'mongoose';
import { canSeeConversation, type Actor } from '../auth/access.js';
import { DomainError } from '../domain/errors.js';
import { ConversationModel, type ConversationDoc } from '../store/index.js';
import { changeCase, type CaseChangeDeps } from './change-case.js';

const normalizeTag = (t: string) => t.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 40);

export async function changeTags(
  deps: CaseChangeDeps,
  actor: Actor,
  conv: ConversationDoc,
  add: string[],
  remove: string[],
  key: string,
) {
  const removed = new Set(remove.map(normalizeTag));
  const done = await changeCase(deps, conv, key, (fresh) => {
    const before: string[] = fresh.tags ?? [];
    const tags = [...new Set([...before, ...add.map(normalizeTag)])].filter((t) => t && !removed.has(t));
    const data = {
      added: tags.filter((t) => !before.includes(t)),
      removed: before.filter((t) => !tags.includes(t)),
    };
    // The whole list is written (the test database has no $pull); the version guard keeps it race-free.
    return { set: { tags }, events: [{ type: 'tagged', actorId: actor.id, data }] };
  });
  return done.view;
}

async function otherVisible(actor: Actor, otherId: string) {
  const other = Types.ObjectId.isValid(otherId) ? await ConversationModel.findById(otherId).lean() : null;
  if (!other || !canSeeConversation(actor, other))
    throw new DomainError('not_found', 'Percakapan tujuan tidak ditemukan.');
  return other;
}

/** Both cases record the link (or its removal) as their own change, keyed by the request. */
function setLink(
  deps: CaseChangeDeps,
  actor: Actor,
  a: ConversationDoc,
  b: ConversationDoc,
  key: string,
  on: boolean,
) {
  return changeCase(deps, a, `${key}:${String(a._id)}`, (fresh) => {
    const others = (fresh.linkedIds ?? []).filter((id) => String(id) !== String(b._id));
    const linkedIds = on ? [...others, b._id] : others;
    const data = { conversationId: String(b._id), ticketNumber: b.ticketNumber };
    return { set: { linkedIds }, events: [{ type: on ? 'linked' : 'unlinked', actorId: actor.id, data }] };
  });
}

export async function linkConversations(
  deps: CaseChangeDeps,
  actor: Actor,
  conv: ConversationDoc,
  otherId: string,
  key: string,
) {
  const other = await otherVisible(actor, otherId);
  if (String(other._id) === String(conv._id))
    throw new DomainError('invalid_link', 'Percakapan tidak dapat ditautkan ke dirinya sendiri.');
  await setLink(deps, actor, other, conv, key, true);
  return (await setLink(deps, actor, conv, other, key, true)).view;
}

export async function unlinkConversations(
  deps: CaseChangeDeps,
  actor: Actor,
  conv: ConversationDoc,
  otherId: string,
  key: string,
) {
  const other = await otherVisible(actor, otherId);
  await setLink(deps, actor, other, conv, key, false);
  return (await setLink(deps, actor, conv, other, key, false)).view;
}
