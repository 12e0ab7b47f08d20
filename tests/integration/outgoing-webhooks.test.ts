// Outgoing webhooks for case events against a local receiver: signed with HMAC and a timestamp, the same
// delivery id on every attempt, retried with backoff while the receiver fails, logged for admins, and free of
// the citizen's personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/outgoing-webhooks/signature.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { laporWebEvent, newLaporWebCase } from '../support/cases.js';
import { startFakeEndpoint } from '../support/fake-endpoint.js';

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startFakeEndpoint>>;
let admin: string;
let secret: string;
let failuresLeft = 2;

const ofType = (type: string) => receiver.requests.filter((r) => r.headers['x-aspirasi-event'] === type);

beforeAll(async () => {
  t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '200' });
  receiver = await startFakeEndpoint();
  receiver.respondWith((r) =>
    r.headers['x-aspirasi-event'] === 'case.created' && failuresLeft-- > 0
      ? { status: 503, body: {} }
      : { status: 204, body: {} },
  );
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  const res = await t.api('/api/webhook-endpoints', {
    token: admin,
    body: {
      url: `${receiver.url}/hook`,
      events: ['case.created', 'case.resolved'],
      secret: 'receiver-shared-secret-123',
    },
  });
  expect(res.status).toBe(201);
  expect(res.body.endpoint).not.toHaveProperty('secret');
  secret = res.body.secret;
});
afterAll(async () => {
  await t?.stop();
  await receiver?.close();
});

describe('outgoing webhooks', () => {
  let conversationId: string;

  it('announces a new case, signed, and keeps retrying while the receiver fails', async () => {
    const conv = await newLaporWebCase(
      t,
      laporWebEvent(
        'hook',
        'Siti Aminah',
        'Air PDAM mati sejak kemarin di Jl. Pahlawan 3, hubungi 081234567890',
      ),
    );
    conversationId = String(conv._id);
    const attempts = await waitFor(
      async () => (ofType('case.created').length >= 3 ? ofType('case.created') : null),
      20_000,
    );
    expect(new Set(attempts.map((a) => a.headers['x-aspirasi-delivery'])).size).toBe(1);
    for (const a of attempts) {
      expect(
        verifyWebhook(
          secret,
          {
            timestamp: a.headers['x-aspirasi-timestamp'] as string,
            signature: a.headers['x-aspirasi-signature'] as string,
          },
          a.body,
        ),
      ).toBe(true);
    }
    const payload = JSON.parse(attempts[2].body);
    expect(payload).toMatchObject({
      type: 'case.created',
      data: { case: { id: conversationId, ticketNumber: conv.ticketNumber, channel: 'generic' } },
    });
    expect(attempts[2].body).not.toMatch(/Siti|Aminah|Pahlawan|081234567890|PDAM mati/);
    // A tampered body or an old timestamp does not verify.
    const h = {
      timestamp: attempts[2].headers['x-aspirasi-timestamp'] as string,
      signature: attempts[2].headers['x-aspirasi-signature'] as string,
    };
    expect(verifyWebhook(secret, h, attempts[2].body.replace('generic', 'x'))).toBe(false);
    expect(verifyWebhook(secret, h, attempts[2].body, Number(h.timestamp) + 3600)).toBe(false);
    const log = (await t.api('/api/webhook-deliveries', { token: admin })).body.items;
    const created = log.filter((d: { event: string }) => d.event === 'case.created');
    expect(
      created.map((d: { attempt: number; outcome: string; httpStatus: number }) => [
        d.attempt,
        d.outcome,
        d.httpStatus,
      ]),
    ).toEqual([
      [3, 'delivered', 204],
      [2, 'retrying', 503],
      [1, 'retrying', 503],
    ]);
  });

  it('announces the resolution, and nothing it was not subscribed to', async () => {
    const spv = await t.login('humas.spv@demo.aspirasi.id');
    const reply = await t.api(`/api/conversations/${conversationId}/replies`, {
      token: spv,
      body: { text: 'Sedang kami cek.' },
    });
    expect(reply.status).toBe(202);
    const resolved = await t.api(`/api/conversations/${conversationId}/resolve`, { token: spv, body: {} });
    expect(resolved.status).toBe(200);
    const [hook] = await waitFor(
      async () => (ofType('case.resolved').length ? ofType('case.resolved') : null),
      15_000,
    );
    expect(JSON.parse(hook.body).data.case).toMatchObject({ id: conversationId, status: 'resolved' });
    expect(ofType('case.updated')).toEqual([]);
    const officer = await t.login('pdam.petugas1@demo.aspirasi.id');
    expect((await t.api('/api/webhook-deliveries', { token: officer })).status).toBe(403);
  });
});
