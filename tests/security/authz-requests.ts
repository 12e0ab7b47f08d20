// How the authorization matrix exercises each route: a well-formed request on the cell's target, so the status
// says what the actor may do and not that the request was malformed. Targets that a request would change (a case
// accepted, a response deleted) are made fresh for every cell that is expected to succeed.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  CannedResponseModel,
  CrisisModel,
  EventModel,
  GoodReplyModel,
  MessageModel,
  RoutingRuleModel,
  UserModel,
  WebhookEndpointModel,
} from '../../src/store/index.js';
import { seal } from '../../src/security/seal.js';
import { storeMedia } from '../../src/media/store.js';
import { hashPassword } from '../../src/auth/password.js';
import { insertCase, type InsertedCase } from '../support/fixtures.js';
import type { TestApp } from '../support/app.js';
import type { ActorName } from './authz-matrix.table.js';

export interface World {
  t: TestApp;
  agency: { A: string; B: string; C: string };
  /** Login and password of each actor (anon has none). */
  users: Record<Exclude<ActorName, 'anon'>, { id: string; email: string; password: string }>;
  tokens: Partial<Record<ActorName, string>>;
  shared: Record<'A' | 'B', InsertedCase>;
}

export interface Cell {
  actor: ActorName;
  target: 'A' | 'B';
  /** The cell is expected to succeed: targets it would change are made fresh. */
  allowed: boolean;
}

export interface Request {
  path: string;
  body?: unknown;
  /** Overrides the actor's token (a fresh login for logout). */
  token?: string;
  /** Turns the response into the cell's status (list membership for the conversation list). */
  status?: (res: { status: number; body: any }) => number;
}

const unique = () => randomBytes(4).toString('hex');
const caseOf = async (w: World, c: Cell, status = 'routed') =>
  c.allowed ? insertCase({ agencyId: w.agency[c.target], status }) : w.shared[c.target];
const officerOf = (w: World, target: 'A' | 'B') => (target === 'A' ? w.users.offA.id : w.users.offB.id);

async function throwawayUser(w: World, target: 'A' | 'B') {
  const user = await UserModel.create({
    email: `matrix-${unique()}@uji.aspirasi.id`,
    name: 'Pengguna Uji Matriks',
    role: 'officer',
    agencyId: w.agency[target],
    passwordHash: await hashPassword('kata-sandi-uji-yang-panjang'),
  });
  return String(user._id);
}

/** A reply on the cell's case whose delivery is uncertain (it waits for an officer to check it). */
async function uncertainReplyOn(w: World, c: Cell, verdict: 'resend' | 'confirm-sent') {
  const conv = await caseOf(w, c);
  const reply = await MessageModel.create({
    conversationId: conv.id,
    direction: 'outbound',
    platform: 'generic',
    accountId: 'lapor-web',
    dedupeKey: `out:matrix:${unique()}`,
    visibility: 'private',
    text: 'Balasan yang belum pasti terkirim.',
    delivery: { status: 'unknown', updatedAt: new Date() },
    createdAt: new Date(),
  });
  return `/api/conversations/${conv.id}/replies/${reply._id}/${verdict}`;
}

/** A Telegram photo known by file id on the target case: fetching it needs the bot (not connected here: 409). */
async function telegramPhotoOn(w: World, c: Cell) {
  const conv = w.shared[c.target];
  const key = unique();
  const photo = await MessageModel.create({
    conversationId: conv.id,
    direction: 'inbound',
    platform: 'telegram',
    accountId: 'matrix-bot',
    dedupeKey: `telegram:matrix-bot:${key}`,
    externalId: key,
    visibility: 'private',
    author: { id: 'warga' },
    text: '',
    attachments: [{ type: 'image', mediaId: `AgAD-${key}` }],
    createdAt: new Date(),
  });
  return `/api/conversations/${conv.id}/messages/${photo._id}/attachments/0`;
}

async function cannedOf(w: World, c: Cell) {
  const doc = await CannedResponseModel.create({
    title: `Matriks ${unique()}`,
    body: 'Terima kasih, laporan Anda kami terima.',
    agencyId: w.agency[c.target],
  });
  return String(doc._id);
}

async function ruleId() {
  const rule = await RoutingRuleModel.create({
    name: `[uji] matriks ${unique()}`,
    priority: 900_000,
    enabled: false,
    conditions: { keywords: [`kata-matriks-${unique()}`] },
    action: { agencyId: (await UserModel.findOne({ role: 'admin' }).lean())!.agencyId },
  });
  return String(rule._id);
}

/** An officer's pending label correction on a case of the target agency. */
async function correctionOn(w: World, c: Cell) {
  const conv = await caseOf(w, c);
  const event = await EventModel.create({
    conversationId: conv.id,
    type: 'reclassified',
    actorId: officerOf(w, c.target),
    agencyId: w.agency[c.target],
    data: {
      by: 'officer',
      before: { topic: 'infrastruktur' },
      after: { topic: 'lingkungan' },
      text: 'selokan mampet',
      review: { status: 'pending' },
    },
  });
  return String(event._id);
}

/** A photo sent with a message of the target's case (src/media/store.ts keeps such files). */
async function mediaOf(w: World, c: Cell) {
  const messageKey = `webform:situs:${unique()}`;
  await MessageModel.create({
    conversationId: w.shared[c.target].id,
    direction: 'inbound',
    platform: 'webform',
    accountId: 'situs',
    dedupeKey: messageKey,
    externalId: messageKey,
    visibility: 'private',
    text: 'foto',
    createdAt: new Date(),
  });
  return storeMedia({ messageKey, mimeType: 'image/jpeg', name: 'foto.jpg', data: randomBytes(64) });
}

const base = (id: string) => `/api/conversations/${id}`;
const ruleBody = (w: World) => ({
  name: `[uji] aturan ${unique()}`,
  priority: 900_001,
  enabled: false,
  conditions: { keywords: [`kata-${unique()}`] },
  action: { agencyId: w.agency.C },
});

export const REQUESTS: Record<string, (w: World, c: Cell) => Promise<Request>> = {
  'GET /healthz': async () => ({ path: '/healthz' }),
  'GET /metrics': async () => ({ path: '/metrics' }),
  'GET /^(?!\\/(api|webhooks|socket\\.io)\\/).*/': async () => ({ path: '/inbox' }),
  'GET /webhooks/:channel': async () => ({ path: '/webhooks/x?crc_token=Q1JDdG9rZW4tZnJvbS1Y' }),
  'GET /webhooks/:channel/:source': async () => ({ path: '/webhooks/generic/lapor-web' }),
  'POST /webhooks/:channel': async () => ({ path: '/webhooks/x', body: { for_user_id: '1' } }),
  'POST /webhooks/:channel/:source': async () => ({
    path: '/webhooks/generic/lapor-web',
    body: { id: unique(), author: { id: 'a' }, text: 'halo', createdAt: new Date().toISOString() },
  }),
  'GET /api/public/tickets/:ticketNumber': async (w, c) => ({
    path: `/api/public/tickets/${w.shared[c.target].ticketNumber}`,
  }),
  'GET /lapor': async () => ({ path: '/lapor' }),
  'GET /lapor/status': async (w, c) => ({ path: `/lapor/status?tiket=${w.shared[c.target].ticketNumber}` }),
  'GET /lapor/lapor.js': async () => ({ path: '/lapor/lapor.js' }),
  'GET /lapor/lapor.css': async () => ({ path: '/lapor/lapor.css' }),
  'GET /lapor/embed.js': async () => ({ path: '/lapor/embed.js' }),
  'GET /api/public/reports/challenge': async () => ({ path: '/api/public/reports/challenge' }),
  'POST /api/public/reports': async () => ({
    path: '/api/public/reports',
    body: {
      submissionId: randomUUID(),
      text: 'Laporan tanpa bukti anti-spam',
      email: 'a@b.id',
      consent: true,
    },
  }),
  'POST /api/auth/login': async (w) => ({
    path: '/api/auth/login',
    body: { email: w.users.offA.email, password: w.users.offA.password },
  }),
  'POST /api/auth/session': async (w) => ({
    path: '/api/auth/session',
    body: { email: w.users.offA.email, password: w.users.offA.password },
  }),
  'POST /api/auth/logout': async (w, c) => ({
    path: '/api/auth/logout',
    ...(c.actor === 'anon'
      ? {}
      : { token: await w.t.login(w.users[c.actor].email, w.users[c.actor].password) }),
  }),
  'GET /api/me': async () => ({ path: '/api/me' }),
  'POST /api/me/password': async (w, c) => ({
    path: '/api/me/password',
    // The right current password and a new one the policy refuses: reaches the check, changes nothing.
    body: { currentPassword: c.actor === 'anon' ? 'x' : w.users[c.actor].password, newPassword: 'pendek' },
  }),
  'PATCH /api/me/presence': async () => ({ path: '/api/me/presence', body: { presence: 'away' } }),
  'GET /api/officers': async () => ({ path: '/api/officers' }),
  'GET /api/agencies': async () => ({ path: '/api/agencies' }),
  'GET /api/labels': async () => ({ path: '/api/labels' }),

  'GET /api/conversations': async (w, c) => ({
    path: `/api/conversations?q=${w.shared[c.target].ticketNumber}`,
    status: (res) =>
      res.status !== 200
        ? res.status
        : res.body.items.some((i: { id: string }) => i.id === w.shared[c.target].id)
          ? 200
          : 404,
  }),
  'GET /api/conversations/:id': async (w, c) => ({ path: base(w.shared[c.target].id) }),
  'GET /api/media/:id': async (w, c) => ({ path: await mediaOf(w, c) }),
  'GET /api/conversations/:id/templates': async (w, c) => ({
    path: `${base(w.shared[c.target].id)}/templates`,
  }),
  'GET /api/conversations/:id/messages/:messageId/attachments/:index': async (w, c) => ({
    path: await telegramPhotoOn(w, c),
  }),
  'POST /api/conversations/:id/replies': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/replies`,
    body: { text: 'Terima kasih, kami tindak lanjuti.' },
  }),
  'POST /api/conversations/:id/replies/:messageId/resend': async (w, c) => ({
    path: await uncertainReplyOn(w, c, 'resend'),
  }),
  'POST /api/conversations/:id/replies/:messageId/confirm-sent': async (w, c) => ({
    path: await uncertainReplyOn(w, c, 'confirm-sent'),
  }),
  'PATCH /api/conversations/:id/classification': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/classification`,
    body: { topic: 'lingkungan' },
  }),
  'POST /api/conversations/:id/accept': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/accept`,
  }),
  'POST /api/conversations/:id/reject': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/reject`,
    body: { reason: 'Bukan wewenang instansi kami' },
  }),
  'POST /api/conversations/:id/resolve': async (w, c) => ({
    path: `${base((await caseOf(w, c, 'in_progress')).id)}/resolve`,
    body: { note: 'Sudah diperbaiki' },
  }),
  'POST /api/conversations/:id/transfer': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/transfer`,
    body: { agencyId: w.agency.C, reason: 'Lebih tepat ke DLH' },
  }),
  'POST /api/conversations/:id/status': async (w, c) => ({
    path: `${base((await caseOf(w, c, 'in_progress')).id)}/status`,
    body: { status: 'waiting' },
  }),
  'POST /api/conversations/:id/assign': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/assign`,
    // Officers may only take a case themselves; the others assign the target agency's officer.
    body: { userId: c.actor === 'offA' || c.actor === 'offB' ? w.users[c.actor].id : officerOf(w, c.target) },
  }),
  'POST /api/conversations/:id/claim': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/claim`,
    body: {},
  }),
  'POST /api/conversations/:id/notes': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/notes`,
    body: { text: 'Catatan internal' },
  }),
  'POST /api/conversations/:id/tags': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/tags`,
    body: { add: ['uji'] },
  }),
  'POST /api/conversations/:id/links': async (w, c) => {
    const [one, other] = [await caseOf(w, c), await insertCase({ agencyId: w.agency[c.target] })];
    return { path: `${base(one.id)}/links`, body: { conversationId: other.id } };
  },
  'DELETE /api/conversations/:id/links/:otherId': async (w, c) => {
    const [one, other] = [await caseOf(w, c), await insertCase({ agencyId: w.agency[c.target] })];
    return { path: `${base(one.id)}/links/${other.id}` };
  },
  'POST /api/conversations/:id/linked-replies': async (w, c) => ({
    path: `${base((await caseOf(w, c)).id)}/linked-replies`,
    body: { text: 'Terima kasih, kami tindak lanjuti.' },
  }),

  'GET /api/corrections': async () => ({ path: '/api/corrections' }),
  'POST /api/corrections/:id/review': async (w, c) => ({
    path: `/api/corrections/${await correctionOn(w, c)}/review`,
    body: { decision: 'approved' },
  }),

  'GET /api/canned-responses': async () => ({ path: '/api/canned-responses' }),
  'POST /api/canned-responses': async (w, c) => ({
    path: '/api/canned-responses',
    body: { title: `Matriks ${unique()}`, body: 'Terima kasih.', agencyId: w.agency[c.target] },
  }),
  'PUT /api/canned-responses/:id': async (w, c) => ({
    path: `/api/canned-responses/${await cannedOf(w, c)}`,
    body: { title: `Matriks ${unique()}`, body: 'Terima kasih atas laporannya.' },
  }),
  'DELETE /api/canned-responses/:id': async (w, c) => ({
    path: `/api/canned-responses/${await cannedOf(w, c)}`,
  }),

  'GET /api/routing-rules': async () => ({ path: '/api/routing-rules' }),
  'POST /api/routing-rules': async (w) => ({ path: '/api/routing-rules', body: ruleBody(w) }),
  'PUT /api/routing-rules/:id': async (w) => ({
    path: `/api/routing-rules/${await ruleId()}`,
    body: ruleBody(w),
  }),
  'DELETE /api/routing-rules/:id': async () => ({ path: `/api/routing-rules/${await ruleId()}` }),
  'POST /api/routing-rules/dry-run': async () => ({
    path: '/api/routing-rules/dry-run',
    body: { text: 'jalan rusak parah di samarinda' },
  }),
  'GET /api/sla-policies': async () => ({ path: '/api/sla-policies' }),
  'PUT /api/sla-policies/:urgency': async () => ({
    path: '/api/sla-policies/rendah',
    body: {
      firstResponseMinutes: 2880,
      resolutionMinutes: 20160,
      clock: 'working',
      warnAtFraction: 0.75,
      escalateAtFraction: 2,
    },
  }),

  'GET /api/reports/summary': async () => ({ path: '/api/reports/summary?groupBy=agency' }),
  'GET /api/reports/timeseries': async () => ({ path: '/api/reports/timeseries?groupBy=agency' }),
  'GET /api/reports/backlog': async () => ({ path: '/api/reports/backlog?groupBy=agency' }),

  'GET /api/channel-accounts': async () => ({ path: '/api/channel-accounts' }),
  'POST /api/channel-accounts': async () => ({
    path: '/api/channel-accounts',
    body: { platform: 'generic', accountId: `matriks-${unique()}`, name: 'Sumber uji' },
  }),
  'GET /api/users': async () => ({ path: '/api/users' }),
  'POST /api/users': async (w, c) => ({
    path: '/api/users',
    body: {
      email: `baru-${unique()}@uji.aspirasi.id`,
      name: 'Petugas Baru',
      role: 'officer',
      agencyId: w.agency[c.target],
      password: 'sandi-petugas-baru-yang-panjang',
    },
  }),
  'PATCH /api/users/:id': async (w, c) => ({
    path: `/api/users/${await throwawayUser(w, c.target)}`,
    body: { name: 'Nama Diubah' },
  }),
  'POST /api/users/:id/password': async (w, c) => ({
    path: `/api/users/${await throwawayUser(w, c.target)}/password`,
    body: { newPassword: 'sandi-pengganti-yang-panjang' },
  }),
  'GET /api/audit': async () => ({ path: '/api/audit?limit=5' }),
  'GET /api/audit/export': async () => ({ path: '/api/audit/export?format=jsonl' }),
  'GET /api/privacy/contacts': async (w, c) => ({
    path: `/api/privacy/contacts?ticket=${w.shared[c.target].ticketNumber}`,
  }),
  'GET /api/privacy/contacts/:id/export': async (w, c) => ({
    path: `/api/privacy/contacts/${w.shared[c.target].contactId}/export`,
  }),
  'POST /api/privacy/contacts/:id/erase': async (w, c) => ({
    path: `/api/privacy/contacts/${(await caseOf(w, c)).contactId}/erase`,
    body: { confirm: true, reason: 'Permintaan warga (uji matriks)' },
  }),
  'ANY /admin/queues/*': async () => ({ path: '/admin/queues/api/queues' }),

  'GET /api/reports/monthly': async () => ({ path: '/api/reports/monthly?month=2026-01' }),
  'GET /api/reports/drift': async () => ({
    path: '/api/reports/drift?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z',
  }),
  'POST /api/reports/good-replies': async (w, c) => ({
    path: '/api/reports/good-replies',
    body: { messageId: await replyIn(w, c) },
  }),
  'DELETE /api/reports/good-replies/:id': async (w, c) => ({
    path: `/api/reports/good-replies/${await goodReplyOf(w, c)}`,
  }),
  'GET /api/crises': async () => ({ path: '/api/crises' }),
  'GET /api/crises/:id': async () => ({ path: `/api/crises/${await crisisOf()}` }),
  'POST /api/crises/:id/holding-reply': async () => {
    const canned = await CannedResponseModel.findOne({ agencyId: null }).lean();
    return {
      path: `/api/crises/${await crisisOf()}/holding-reply`,
      body: { cannedResponseId: String(canned!._id) },
    };
  },
  'GET /api/webhook-endpoints': async () => ({ path: '/api/webhook-endpoints' }),
  'POST /api/webhook-endpoints': async () => ({
    path: '/api/webhook-endpoints',
    body: { url: 'http://127.0.0.1:9/hook' },
  }),
  'DELETE /api/webhook-endpoints/:id': async (w) => {
    const doc = await WebhookEndpointModel.create({
      url: 'http://127.0.0.1:9/x',
      secretSealed: seal({ secret: unique() }, w.t.config.ENCRYPTION_KEY),
    });
    return { path: `/api/webhook-endpoints/${doc._id}` };
  },
  'GET /api/webhook-deliveries': async () => ({ path: '/api/webhook-deliveries' }),
  'GET /api/open311-clients': async () => ({ path: '/api/open311-clients' }),
  'POST /api/open311-clients': async () => ({
    path: '/api/open311-clients',
    body: { code: `matriks-${unique()}`, name: 'Klien uji' },
  }),
  'GET /api/public/stats': async () => ({ path: '/api/public/stats' }),
  'GET /transparansi': async () => ({ path: '/transparansi' }),
  'GET /open311/v2/services.json': async () => ({ path: '/open311/v2/services.json' }),
  'GET /open311/v2/requests.json': async () => ({ path: '/open311/v2/requests.json' }),
  'GET /open311/v2/requests/:id.json': async (w, c) => ({
    path: `/open311/v2/requests/${w.shared[c.target].ticketNumber}.json`,
  }),
  'GET /open311/v2/tokens/:token.json': async () => ({ path: `/open311/v2/tokens/o311-${unique()}.json` }),
  'POST /open311/v2/requests.json': async () => ({
    path: '/open311/v2/requests.json',
    body: { service_code: 'infrastruktur', description: 'Jalan rusak (uji matriks)' },
  }),
};

/** An officer's reply in a case of the target's agency (a fresh one when the cell should succeed). */
async function replyIn(w: World, c: Cell) {
  const kase = await caseOf(w, c);
  const message = await MessageModel.create({
    conversationId: kase.id,
    direction: 'outbound',
    platform: 'whatsapp',
    accountId: 'matrix',
    dedupeKey: `out:matrix-${unique()}`,
    visibility: 'private',
    text: 'Terima kasih, sudah kami tindak lanjuti.',
    createdAt: new Date(),
  });
  return String(message._id);
}

async function goodReplyOf(w: World, c: Cell) {
  const messageId = await replyIn(w, c);
  const doc = await GoodReplyModel.create({
    messageId,
    conversationId: (await MessageModel.findById(messageId).lean())!.conversationId,
    agencyId: w.agency[c.target],
    text: 'Terima kasih.',
    chosenBy: w.users.admin.id,
    sentAt: new Date(),
    agencyMonth: '2026-01',
    provinceMonth: '2026-01',
  });
  return String(doc._id);
}

async function crisisOf() {
  const now = new Date();
  const doc = await CrisisModel.create({
    series: `bencana|matriks-${unique()}`,
    topic: 'bencana',
    region: 'samarinda',
    openedAt: now,
    lastFiredAt: now,
  });
  return String(doc._id);
}
