// The fuzzer: thousands of generated hostile bodies at every webhook (correctly signed, so they reach the parsers)
// and every public endpoint. Each must get a 4xx; afterwards nothing was stored or queued, no prototype was
// polluted, and the server still answers.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genericDeliveryHeaders } from '../../adapters/generic/index.js';
import { signBody as signMetaBody } from '../../adapters/meta/signature.js';
import { signTiktokBody } from '../../adapters/tiktok/signature.js';
import { signXPayload } from '../../adapters/x/index.js';
import {
  AuditEntryModel,
  ContactModel,
  ConversationModel,
  EventModel,
  MessageModel,
  SessionModel,
} from '../../src/store/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { A2_MESSENGER_TEXT } from '../unit/adapters/meta/samples.js';
import { A11_TEXT } from '../unit/adapters/telegram/samples.js';
import { A9_DM } from '../unit/adapters/tiktok/samples.js';
import { A7_DM } from '../unit/adapters/x/samples.js';
import { hostileBodies, hostileStrings, oversized, type HostileBody } from './hostile-bodies.js';

/** Bodies per POST endpoint per run (fast-check draws a new random seed each run; a failure prints it). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

let t: TestApp;
const statuses = new Map<number, number>();
const kinds = new Map<string, number>();
let sent = 0;

interface PostTarget {
  path: string;
  template: unknown;
  headers(raw: Buffer): Record<string, string>;
}

const targets = (): Record<string, PostTarget> => {
  const s = t.config;
  return {
    meta: {
      path: '/webhooks/meta',
      template: A2_MESSENGER_TEXT,
      headers: (raw) => ({ 'x-hub-signature-256': signMetaBody(raw, s.META_APP_SECRET!) }),
    },
    x: {
      path: '/webhooks/x',
      template: JSON.parse(A7_DM),
      headers: (raw) => ({ 'x-twitter-webhooks-signature': signXPayload(s.X_CONSUMER_SECRET!, raw) }),
    },
    telegram: {
      path: '/webhooks/telegram',
      template: JSON.parse(A11_TEXT),
      headers: () => ({ 'x-telegram-bot-api-secret-token': s.TELEGRAM_SECRET_TOKEN! }),
    },
    tiktok: {
      path: '/webhooks/tiktok',
      template: JSON.parse(A9_DM),
      headers: (raw) => ({
        'tiktok-signature': signTiktokBody(s.TIKTOK_APP_SECRET!, raw, Math.floor(Date.now() / 1000)),
      }),
    },
    generic: {
      path: '/webhooks/generic/lapor-web',
      template: {
        id: 'fz-1',
        author: { id: 'warga-fz', name: 'Rina' },
        text: 'Lampu jalan mati',
        createdAt: new Date().toISOString(),
      },
      headers: (raw) => genericDeliveryHeaders(s.GENERIC_WEBHOOK_SECRET!, 'lapor-web', raw),
    },
    login: {
      path: '/api/auth/login',
      template: { email: 'tidak.ada@uji.aspirasi.id', password: 'salah-sekali' },
      headers: () => ({}),
    },
    // The website form's own body parser (8 MB, for the photo) and its proof-of-work gate.
    reports: {
      path: '/api/public/reports',
      template: {
        submissionId: '0b6f1c7e-7f2a-4c1e-9a55-3a8f2e1d9b10',
        text: 'Jalan berlubang di depan sekolah',
        email: 'warga@contoh.id',
        consent: true,
      },
      headers: () => ({}),
    },
    session: {
      path: '/api/auth/session',
      template: { email: 'tidak.ada@uji.aspirasi.id', password: 'salah-sekali' },
      headers: () => ({}),
    },
  };
};

let address = 0;
/** A new client address per request (TRUST_PROXY=1): the rate limits are tested elsewhere. */
const nextAddress = () => `10.9.${(++address >> 8) & 255}.${address & 255}`;

async function send(method: string, path: string, body?: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextAddress(), ...headers },
    body: body ? new Uint8Array(body) : undefined,
  });
  await res.arrayBuffer();
  sent++;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  return res.status;
}

const isClientError = (status: number) => status >= 400 && status < 500;

async function stored() {
  const [messages, conversations, contacts, events, audit, sessions, inbound] = await Promise.all([
    MessageModel.countDocuments(),
    ConversationModel.countDocuments(),
    ContactModel.countDocuments(),
    EventModel.countDocuments(),
    AuditEntryModel.countDocuments(),
    SessionModel.countDocuments(),
    t.app.ctx.queues.inbound.getJobCounts(),
  ]);
  return { messages, conversations, contacts, events, audit, sessions, inbound };
}

let before: Awaited<ReturnType<typeof stored>>;

beforeAll(async () => {
  t = await startTestApp({ TRUST_PROXY: '1' });
  before = await stored();
});
afterAll(async () => {
  console.log(
    `[fuzz] ${sent} requests; statuses ${[...statuses]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}; ` +
      `kinds ${[...kinds]
        .sort()
        .map(([k, n]) => `${k}×${n}`)
        .join(', ')}`,
  );
  await t?.stop();
});

describe('hostile bodies', () => {
  for (const name of ['meta', 'x', 'telegram', 'tiktok', 'generic', 'reports', 'login', 'session']) {
    it(`POST ${name}: every generated body gets a 4xx`, async () => {
      const target = targets()[name]!;
      const check = async (h: HostileBody) => {
        kinds.set(h.kind, (kinds.get(h.kind) ?? 0) + 1);
        const status = await send('POST', target.path, h.body, target.headers(h.body));
        return isClientError(status);
      };
      await fc.assert(fc.asyncProperty(hostileBodies(target.template), check), { numRuns: RUNS });
      for (const h of oversized(target.template)) expect(await check(h), h.kind).toBe(true);
    }, 300_000);
  }
});

describe('hostile paths and queries on the public GET endpoints', () => {
  const enc = encodeURIComponent;
  it('ticket lookup, X CRC and Meta verification answer 4xx', async () => {
    const check = (path: string) => send('GET', path).then(isClientError);
    await fc.assert(
      fc.asyncProperty(hostileStrings, (s) => check(`/api/public/tickets/${enc(s)}`)),
      {
        numRuns: RUNS,
      },
    );
    const notCrcToken = fc.oneof(
      hostileStrings.filter((s) => !/^[A-Za-z0-9+/_=-]{8,128}$/.test(s)),
      fc.constant(JSON.stringify(JSON.parse(A7_DM))),
      fc.constantFrom('12345678', 'true', 'null', '"abcdefgh"'),
    );
    await fc.assert(
      fc.asyncProperty(notCrcToken, (s) => check(`/webhooks/x?crc_token=${enc(s)}`)),
      {
        numRuns: RUNS,
      },
    );
    await fc.assert(
      fc.asyncProperty(hostileStrings, hostileStrings, (token, challenge) =>
        check(
          `/webhooks/meta?hub.mode=subscribe&hub.verify_token=${enc(token)}&hub.challenge=${enc(challenge)}`,
        ),
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 300_000);
});

describe('after the fuzzing', () => {
  it('stored and queued nothing, polluted no prototype, and the server still answers', async () => {
    expect(await stored()).toEqual(before);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(sent).toBeGreaterThanOrEqual(RUNS * 7);
  });
});
