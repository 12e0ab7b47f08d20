// The public side: transparency figures (aggregates only, small cells suppressed, cached, embeddable) and
// Open311 GeoReport v2 (services, requests without personal data, POST with a client's api_key creating a
// case through the inbound queue like any channel).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationModel, MessageModel, RollupModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { waitForFacts, writeCase } from '../support/case-history.js';

let t: TestApp;
let admin: string;
const wita = (local: string) => `${local}+08:00`;
const PERSONAL = ['Budi Santoso', '0812-9988-7766', 'budi@contoh.id', 'Jl. Merdeka 17'];

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  const ids: string[] = [];
  // November 2026 (within the last 12 months): PDAM 6 cases (5 answered after 10..50 min, 3 resolved),
  // PUPR 2 (below the threshold of 5), one of them about the environment.
  for (let i = 0; i < 6; i++) {
    const steps =
      i < 5
        ? [
            {
              at: wita(`2026-11-0${i + 2}T09:${String(10 * (i + 1)).padStart(2, '0')}:00`),
              type: 'replied',
              data: { first: true },
            },
          ]
        : [];
    if (i < 3)
      steps.push({
        at: wita(`2026-11-0${i + 2}T11:00:00`),
        type: 'status_changed',
        data: { from: 'in_progress', to: 'resolved' },
      } as never);
    ids.push(
      (await writeCase({ agencyCode: 'PDAM', createdAt: wita(`2026-11-0${i + 2}T09:00:00`), steps })).id,
    );
  }
  ids.push((await writeCase({ agencyCode: 'PUPR', createdAt: wita('2026-11-03T10:00:00') })).id);
  ids.push(
    (await writeCase({ agencyCode: 'PUPR', topic: 'lingkungan', createdAt: wita('2026-11-04T10:00:00') })).id,
  );
  await waitForFacts(t, ids, 8 * 2 + 5 + 3 + 3); // created, arrived; answered; resolved; SLA met
  // The figures are cached on first read: make sure the last transaction's increments are visible first.
  await waitFor(async () => {
    const doc = await RollupModel.findById('p|total|total|month|2026-11').lean();
    const c = (doc?.c ?? {}) as Record<string, number>;
    return c.received === 8 && c.answered === 5 && c.resolved === 3;
  });
});
afterAll(() => t?.stop());

describe('GET /api/public/stats and /transparansi', () => {
  it('gives aggregates per month, suppressing cells under the threshold', async () => {
    const res = await fetch(`${t.url}/api/public/stats`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=600');
    const body = await res.json();
    const m = body.months.indexOf('2026-11');
    expect(body.minCell).toBe(5);
    expect(body.province[m]).toMatchObject({
      received: 8,
      answeredShare: 0.625,
      resolvedShare: 0.375,
      medianFirstResponseMinutes: 30.5, // 10, 20, 30, 40, 50: the bucket [30,31)
      topTopics: [{ topic: 'infrastruktur', name: 'Infrastruktur', count: 7 }], // lingkungan (1) is below 5
    });
    const byCode = Object.fromEntries(
      body.agencies.map((a: { code: string; months: unknown[] }) => [a.code, a.months[m]]),
    );
    expect(byCode.PDAM).toMatchObject({ suppressed: false, received: 6, answeredShare: 0.833 });
    expect(byCode.PUPR).toEqual({
      month: '2026-11',
      suppressed: true,
      received: null,
      answeredShare: null,
      medianFirstResponseMinutes: null,
      resolvedShare: null,
      topTopics: [],
    });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/ASP-\d{4}|samarinda|warga|contactId/i);
  });

  it('serves the same figures from the cache until it expires', async () => {
    await writeCase({ agencyCode: 'PDAM', createdAt: wita('2026-11-20T09:00:00') });
    await new Promise((r) => setTimeout(r, 1500));
    const body = await (await fetch(`${t.url}/api/public/stats`)).json();
    expect(body.province[body.months.indexOf('2026-11')].received).toBe(8);
  });

  it('shows an embeddable page in Bahasa Indonesia', async () => {
    const res = await fetch(`${t.url}/transparansi?bulan=2026-11&embed=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    const html = await res.text();
    expect(html).toContain('lang="id"');
    expect(html).toContain('November 2026');
    expect(html).toMatch(/PDAM<\/th><td>6<\/td><td>83,3%<\/td><td>31 mnt<\/td><td>50%<\/td>/);
    expect(html).toMatch(/Dinas PUPR-PERA<\/th><td colspan="5" class="muted">kurang dari batas minimum/);
    expect((await fetch(`${t.url}/transparansi?bulan=bukan-bulan`)).status).toBe(400);
  });
});

describe('Open311 GeoReport v2', () => {
  let apiKey: string;
  let ticket: string;

  it('lists topics as services', async () => {
    const res = await fetch(`${t.url}/open311/v2/services.json`);
    const services = await res.json();
    expect(services).toContainEqual(
      expect.objectContaining({
        service_code: 'infrastruktur',
        service_name: 'Infrastruktur',
        type: 'realtime',
      }),
    );
    expect((await fetch(`${t.url}/open311/v2/services.xml`)).status).toBe(404);
  });

  it('refuses a POST without a valid api_key or with an unknown service', async () => {
    const post = (body: Record<string, string>) =>
      fetch(`${t.url}/open311/v2/requests.json`, { method: 'POST', body: new URLSearchParams(body) });
    const noKey = await post({ service_code: 'infrastruktur', description: 'x' });
    expect(noKey.status).toBe(403);
    expect(await noKey.json()).toEqual([{ code: 403, description: 'api_key wajib diisi.' }]);
    expect((await post({ api_key: 'salah', service_code: 'infrastruktur', description: 'x' })).status).toBe(
      403,
    );
    const client = await t.api('/api/open311-clients', {
      token: admin,
      body: { code: 'lapor-bridge', name: 'Jembatan SP4N-LAPOR!' },
    });
    expect(client.status).toBe(201);
    apiKey = client.body.apiKey;
    const badService = await post({ api_key: apiKey, service_code: 'sihir', description: 'x' });
    expect(badService.status).toBe(400);
  });

  it('creates a case through the inbound queue, like any channel', async () => {
    const res = await fetch(`${t.url}/open311/v2/requests.json`, {
      method: 'POST',
      body: new URLSearchParams({
        api_key: apiKey,
        service_code: 'infrastruktur',
        description: 'Jalan di depan SD 12 Samarinda berlubang besar dan membahayakan pengendara motor.',
        address_string: PERSONAL[3],
        lat: '-0.4948',
        long: '117.1436',
        first_name: 'Budi',
        last_name: 'Santoso',
        phone: PERSONAL[1],
        email: PERSONAL[2],
      }),
    });
    expect(res.status).toBe(201);
    const [created] = await res.json();
    expect(created.service_request_id).toMatch(/^ASP-\d{4}-\d{6}$/);
    ticket = created.service_request_id;
    const conv = await ConversationModel.findOne({ ticketNumber: ticket }).lean();
    expect(conv).toMatchObject({
      platform: 'generic',
      accountId: 'open311-lapor-bridge',
      topic: 'infrastruktur',
      region: 'samarinda',
    });
    const message = await MessageModel.findOne({ conversationId: conv!._id }).lean();
    expect(message!.text).toContain('Lokasi: Jl. Merdeka 17');
    // The SLA clock starts as for any case, and gives the expected time.
    await waitFor(async () => (await ConversationModel.findById(conv!._id).lean())?.sla?.resolutionDueAt);
  });

  it('shows requests and one request without personal data', async () => {
    const list = await (await fetch(`${t.url}/open311/v2/requests.json`)).json();
    expect(list.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([ticket]); // only Open311's
    const [one] = await (await fetch(`${t.url}/open311/v2/requests/${ticket}.json`)).json();
    expect(one).toMatchObject({
      service_request_id: ticket,
      status: 'open',
      service_code: 'infrastruktur',
      status_notes: expect.any(String),
    });
    expect(one.agency_responsible).toBeTruthy();
    expect(Date.parse(one.expected_datetime)).toBeGreaterThan(Date.parse(one.requested_datetime));
    for (const body of [list, one]) {
      const text = JSON.stringify(body);
      for (const p of [...PERSONAL, 'Budi', 'berlubang', '-0.4948']) expect(text).not.toContain(p);
    }
    expect((await fetch(`${t.url}/open311/v2/requests/ASP-2026-999999.json`)).status).toBe(404);
    const closed = await (await fetch(`${t.url}/open311/v2/requests.json?status=closed`)).json();
    expect(closed).toEqual([]);
  });
});
