// What per-user case pushes cost (src/realtime/case-fanout.ts): for one changed case, every socket of its agency
// and of leadership gets its own user's view, where a broadcast encoded one payload for all. Measured on a real
// socket.io server in this process with SOCKETS connected clients (CPU of the server's fan-out call: abilities,
// grouping, encoding, writing to the sockets). Baselines in the same run: the broadcast it replaced (one payload to
// the rooms) and the naive per-socket emit (a view built and encoded for every socket).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as ioClient, type Socket as ClientSocket } from 'socket.io-client';
import { seesAllAgencies, type Actor } from '../src/auth/access.js';
import { fanOutCase, type CasePush } from '../src/realtime/case-fanout.js';
import { rooms } from '../src/realtime/rooms.js';
import { forUser } from '../src/views/case-abilities.js';
import type { ConversationView } from '../src/views/conversation-view.js';
import { figure } from './format.js';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 200);
const PUSHES = 300;
const TARGET_MS = 5; // a push to a whole agency's inboxes stays far below a frame of the inbox's own work

const view: ConversationView = {
  id: '665f1c2e9b1e8a0012345678',
  ticketNumber: 'ASP-2026-000123',
  platform: 'whatsapp',
  accountId: '6281234567890',
  visibility: 'private',
  contact: { id: '665f1c2e9b1e8a0012340000', name: 'Rina Wati', handle: null },
  replyWindow: { public: null, private: { open: true, closesAt: null, reason: null } },
  status: 'in_progress',
  topic: 'infrastruktur',
  urgency: 'tinggi',
  type: 'pengaduan',
  region: 'samarinda',
  confidence: { topic: 0.91, urgency: 0.77, type: 0.88, region: 0.95 },
  modelVersion: 'v12',
  agencyId: 'agency-pdam',
  agency: { id: 'agency-pdam', code: 'PDAM', shortName: 'PDAM', isHumas: false },
  assigneeId: 'officer-1',
  assignee: { id: 'officer-1', name: 'Andi (PDAM)' },
  claimedBy: 'officer-1',
  claimer: { id: 'officer-1', name: 'Andi (PDAM)' },
  preview: 'Air PDAM mati sudah 3 hari di Loa Janan, mohon segera diperbaiki',
  lastMessageAt: new Date(),
  lastInboundAt: new Date(),
  createdAt: new Date(),
  firstRespondedAt: new Date(),
  resolvedAt: null,
  rejectionReason: null,
  sla: {
    firstResponseDueAt: new Date(),
    resolutionDueAt: new Date(),
    firstRespondedAt: new Date(),
    breached: false,
    phase: 'ok',
    target: 'resolution',
    pausedSince: null,
    clock: 'running',
  },
  tags: ['pipa', 'loa-janan'],
  linkedIds: [],
};

const actors: Actor[] = Array.from({ length: SOCKETS }, (_, i) => ({
  id: `officer-${i}`,
  name: `Petugas ${i}`,
  role: i % 20 === 0 ? 'supervisor' : 'officer',
  agencyId: i % 10 === 0 ? 'agency-humas' : 'agency-pdam',
  agencyIsHumas: i % 10 === 0,
  timezone: 'Asia/Makassar',
}));

/** A socket.io server whose sockets join the rooms src/realtime/server.ts gives their user (no login here). */
async function startServer() {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  io.on('connection', (socket) => {
    const actor = actors[Number(socket.handshake.auth.index)];
    socket.data.actor = actor;
    socket.join([rooms.agency(actor.agencyId), ...(seesAllAgencies(actor) ? [rooms.all] : [])]);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const clients = await Promise.all(
    actors.map(
      (_, index) =>
        new Promise<ClientSocket>((resolve) => {
          const c = ioClient(url, { auth: { index }, transports: ['websocket'], forceNew: true });
          c.once('connect', () => resolve(c));
        }),
    ),
  );
  await new Promise((r) => setTimeout(r, 200)); // joins done
  return { io, http, clients };
}

/** Mean milliseconds of one synchronous fan-out call; the clients drain between pushes. */
async function perPushMs(run: () => void): Promise<number> {
  for (let i = 0; i < 20; i++) run();
  await new Promise((r) => setTimeout(r, 100));
  let total = 0n;
  for (let i = 0; i < PUSHES; i++) {
    const start = process.hrtime.bigint();
    run();
    total += process.hrtime.bigint() - start;
    if (i % 10 === 9) await new Promise((r) => setImmediate(r));
  }
  return Number(total) / 1e6 / PUSHES;
}

const { io, http, clients } = await startServer();
const push: CasePush = { event: 'conversation:updated', conversation: view, previousAgencyId: null };
const broadcast = await perPushMs(() => {
  io.local.to([rooms.agency(view.agencyId), rooms.all]).emit(push.event, { conversation: view });
});
const naive = await perPushMs(() => {
  for (const socket of io.of('/').sockets.values())
    socket.emit(push.event, { conversation: forUser(view, socket.data.actor as Actor) });
});
const grouped = await perPushMs(() => fanOutCase(io, push));
await new Promise((r) => setTimeout(r, 500));

console.log(`case push to ${SOCKETS} connected sockets, ${PUSHES} pushes each`);
console.log(figure('broadcast (one payload), baseline', broadcast, 'ms', TARGET_MS, false));
console.log(figure('naive per-socket views, baseline', naive, 'ms', TARGET_MS, false));
console.log(figure('per-user views, grouped', grouped, 'ms', TARGET_MS, false));
console.log(
  `grouped / broadcast: ${(grouped / broadcast).toFixed(1)}x; naive / grouped: ${(naive / grouped).toFixed(1)}x`,
);
clients.forEach((c) => c.close());
io.close();
http.close();
