import { UserModel, type EventDoc } from '../store/index.js';

export interface EventView {
  id: string;
  conversationId: string;
  type: string;
  actor: { id: string; name: string | null } | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** Audit-log entries with the actor's name, for the conversation history panel. */
export async function eventViews(events: EventDoc[]): Promise<EventView[]> {
  const actorIds = [...new Set(events.map((e) => e.actorId && String(e.actorId)).filter(Boolean))];
  const users = await UserModel.find({ _id: { $in: actorIds } }).lean();
  const names = new Map(users.map((u) => [String(u._id), u.name]));
  return events.map((e) => {
    // Correction events carry the citizen's text for training; the history panel does not need it.
    const { text: _text, ...data } = e.data ?? {};
    return {
      id: String(e._id),
      conversationId: String(e.conversationId),
      type: e.type,
      actor: e.actorId ? { id: String(e.actorId), name: names.get(String(e.actorId)) ?? null } : null,
      data,
      createdAt: e.createdAt,
    };
  });
}
