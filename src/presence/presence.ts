// Officer presence (online / away / offline) and, per conversation, who is viewing and who is typing.
// Viewers are the sockets in a `viewers:<id>` room; fetchSockets reads them across API processes (Redis adapter).
import type { Server } from 'socket.io';
import { canJoinConversation, type AuthedSocket } from '../realtime/server.js';
import { rooms } from '../realtime/rooms.js';
import { childLog } from '../log.js';
import { referenceCaches } from '../cache/reference-cache.js';
import { UserModel } from '../store/index.js';

const log = childLog('presence');
const logFailure = (err: Error) => log.warn({ err: err.message }, 'presence update failed');
/** Socket handlers are fire-and-forget: a failure (e.g. the database closing on shutdown) is logged, not thrown. */
const safely =
  <A extends unknown[]>(fn: (...args: A) => Promise<unknown>) =>
  (...args: A) =>
    void fn(...args).catch(logFailure);

export type Presence = 'online' | 'away' | 'offline';
const viewersRoom = rooms.viewers;

/** lastSeenAt marks the last moment the officer was online: set when they come online and when they leave. */
export async function setPresence(userId: string, presence: Presence, now = new Date()) {
  const user = await UserModel.findById(userId).select('presence').lean();
  const set: Record<string, unknown> = { presence, autoOffline: false };
  if (presence === 'online' || user?.presence === 'online') set.lastSeenAt = now;
  await UserModel.updateOne({ _id: userId }, { $set: set });
  if (presence !== user?.presence) await referenceCaches.announce('officers-on-duty');
}

/** Servers shutting down: cluster calls (Redis adapter) would fail once its connections close, so skip them. */
const closing = new WeakSet<Server>();

/** Someone showing a conversation, as the `presence` push names them (docs/api.md). */
export interface Viewer {
  id: string;
  name: string;
  typing: boolean;
}

async function broadcastViewers(io: Server, conversationId: string) {
  if (closing.has(io)) return;
  const sockets = await io.in(viewersRoom(conversationId)).fetchSockets();
  const viewers = new Map<string, Viewer>();
  for (const s of sockets) {
    const actor = s.data.actor as { id: string; name: string };
    const typing = s.data.typingIn === conversationId;
    const seen = viewers.get(actor.id);
    viewers.set(actor.id, { id: actor.id, name: actor.name, typing: typing || Boolean(seen?.typing) });
  }
  io.to(rooms.conversation(conversationId)).emit('presence', {
    conversationId,
    viewers: [...viewers.values()],
  });
}

export function presenceSocketHandler(io: Server, socket: AuthedSocket) {
  const { actor } = socket.data;
  const data = socket.data as { viewing?: string; typingIn?: string | null };
  // Reconnecting after a dropped connection restores "online"; an explicit away/offline stays.
  UserModel.updateOne(
    { _id: actor.id, autoOffline: true },
    { $set: { presence: 'online', autoOffline: false, lastSeenAt: new Date() } },
  )
    .exec()
    .then((r) => (r.modifiedCount ? referenceCaches.announce('officers-on-duty') : undefined))
    .catch(logFailure);

  const stopViewing = async () => {
    const previous = data.viewing;
    if (!previous) return;
    data.viewing = undefined;
    data.typingIn = null;
    await socket.leave(viewersRoom(previous));
    await broadcastViewers(io, previous);
  };

  const onViewing = async (payload: { conversationId?: string }, ack?: (r: object) => void) => {
    const id = payload?.conversationId;
    if (!(await canJoinConversation(actor, id)))
      return ack?.({ ok: false, error: 'Percakapan tidak ditemukan.' });
    if (data.viewing !== id) await stopViewing();
    data.viewing = id;
    await socket.join([viewersRoom(id!), rooms.conversation(id!)]);
    await broadcastViewers(io, id!);
    ack?.({ ok: true });
  };
  const onTyping = async (payload: { conversationId?: string; typing?: boolean }) => {
    if (!payload?.conversationId || payload.conversationId !== data.viewing) return;
    const next = payload.typing ? payload.conversationId : null;
    if (data.typingIn === next) return;
    data.typingIn = next;
    await broadcastViewers(io, payload.conversationId);
  };
  const onLeave = async (payload: { id?: string }) => {
    if (payload?.id && payload.id === data.viewing) await stopViewing();
  };
  const onDisconnect = async (reason: string) => {
    if (reason === 'server shutting down') closing.add(io);
    if (closing.has(io)) return;
    const previous = data.viewing;
    if (previous) await broadcastViewers(io, previous); // the closed socket has already left its rooms
    if (closing.has(io)) return;
    const stillConnected = await io.in(rooms.user(actor.id)).fetchSockets();
    if (stillConnected.length > 0 || closing.has(io)) return;
    // The last tab closed: an online officer counts as offline from now (autoOffline lets a reconnect undo it).
    const wentOffline = await UserModel.updateOne(
      { _id: actor.id, presence: 'online' },
      { $set: { presence: 'offline', autoOffline: true, lastSeenAt: new Date() } },
    );
    if (wentOffline.modifiedCount) await referenceCaches.announce('officers-on-duty');
  };
  socket.on('presence:viewing', safely(onViewing));
  socket.on('presence:typing', safely(onTyping));
  socket.on('conversation:leave', safely(onLeave));
  socket.on('disconnect', safely(onDisconnect));
}
