// Reports over the real API and test database: numbers, agency scoping, roles, CSV and the time zone of a day.
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyModel, ConversationModel, UserModel } from '../../src/store/index.js';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let pdamSupervisor: string;
let humasSupervisor: string;
let pdamOfficer: string;
const HOUR = 3600_000;
const now = Date.now();
const ago = (hours: number) => new Date(now - hours * HOUR);
const RANGE = `from=${new Date(now - 7 * 24 * HOUR).toISOString()}&to=${new Date(now + HOUR).toISOString()}`;

let seq = 0;
async function insertCase(agencyCode: string, fields: Record<string, unknown>) {
  const agency = await AgencyModel.findOne({ code: agencyCode }).lean();
  seq += 1;
  // Straight into the collection: the report must read what other writers stored, timestamps included.
  await ConversationModel.collection.insertOne({
    ticketNumber: `ASP-2026-9${String(seq).padStart(5, '0')}`,
    threadRef: `generic:report-test:${seq}`,
    platform: 'whatsapp',
    accountId: 'report-test',
    visibility: 'private',
    contactId: new Types.ObjectId(),
    status: 'in_progress',
    topic: 'infrastruktur',
    urgency: 'normal',
    region: 'samarinda',
    agencyId: agency!._id,
    assigneeId: null,
    lastMessageAt: ago(1),
    sla: { firstResponseDueAt: ago(-100), resolutionDueAt: ago(-200) },
    ...fields,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  pdamSupervisor = await t.login('pdam.spv@demo.aspirasi.id');
  humasSupervisor = await t.login('humas.spv@demo.aspirasi.id');
  pdamOfficer = await t.login('pdam.petugas1@demo.aspirasi.id');
  const officer = await UserModel.findOne({ email: 'pdam.petugas1@demo.aspirasi.id' }).lean();
  // PDAM: first responses after 10, 20 and 60 minutes; one resolved after 5 hours; one open for 4 days.
  await insertCase('PDAM', {
    createdAt: ago(30),
    firstRespondedAt: new Date(ago(30).getTime() + 10 * 60_000),
    assigneeId: officer!._id,
  });
  await insertCase('PDAM', {
    createdAt: ago(20),
    firstRespondedAt: new Date(ago(20).getTime() + 20 * 60_000),
    resolvedAt: ago(15),
    status: 'resolved',
  });
  await insertCase('PDAM', {
    createdAt: ago(10),
    firstRespondedAt: new Date(ago(10).getTime() + 60 * 60_000),
    sla: { firstResponseDueAt: ago(9.5), resolutionDueAt: ago(-50) },
  });
  await insertCase('PDAM', {
    createdAt: ago(96),
    status: 'routed',
    platform: 'instagram',
    sla: { firstResponseDueAt: ago(90), resolutionDueAt: ago(-10) },
  });
  await insertCase('PUPR', { createdAt: ago(5), firstRespondedAt: ago(4) });
});
afterAll(() => t?.stop());

describe('GET /api/reports/summary', () => {
  it("gives a PDAM supervisor PDAM's volume, percentiles and SLA-met share, and nothing of PUPR", async () => {
    const res = await t.api(`/api/reports/summary?${RANGE}&groupBy=agency`, { token: pdamSupervisor });
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { label: string }) => r.label)).toEqual(['PDAM']);
    const [pdam] = res.body.rows;
    expect(pdam.volume).toBe(4);
    expect(pdam.firstResponse).toEqual({ p50Minutes: 20, p90Minutes: 52 });
    expect(pdam.resolution).toEqual({ p50Minutes: 300, p90Minutes: 300 });
    // Met: the 10- and 20-minute answers. Missed: answered after its deadline, and never answered past it.
    expect(pdam.slaMetShare).toBe(0.5);
  });

  it('gives humas leadership every agency', async () => {
    const res = await t.api(`/api/reports/summary?${RANGE}&groupBy=agency`, { token: humasSupervisor });
    const ids = await AgencyModel.find({ code: { $in: ['PDAM', 'PUPR'] } }).lean();
    expect(res.body.rows.map((r: { key: string }) => r.key).sort()).toEqual(
      ids.map((a) => String(a._id)).sort(),
    );
    expect(res.body.total.volume).toBe(5);
  });

  it('names officers when grouped by officer', async () => {
    const res = await t.api(`/api/reports/summary?${RANGE}&groupBy=officer`, { token: pdamSupervisor });
    const labels = res.body.rows.map((r: { label: string }) => r.label);
    expect(labels).toContain('Belum ditugaskan');
    expect(labels.some((l: string) => l.includes('PDAM'))).toBe(true);
  });

  it('refuses officers and bad ranges', async () => {
    expect((await t.api(`/api/reports/summary?${RANGE}`, { token: pdamOfficer })).status).toBe(403);
    const backwards = await t.api('/api/reports/summary?from=2026-11-20T00:00:00Z&to=2026-11-01T00:00:00Z', {
      token: pdamSupervisor,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('invalid_range');
  });

  it('downloads CSV', async () => {
    const res = await fetch(`${t.url}/api/reports/summary?${RANGE}&groupBy=agency&format=csv`, {
      headers: { authorization: `Bearer ${pdamSupervisor}` },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'kunci,nama,volume,respons_p50_menit,respons_p90_menit,selesai_p50_menit,selesai_p90_menit,sla_terpenuhi',
    );
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['PDAM', 'Total']);
  });
});

describe('GET /api/reports/timeseries and /backlog', () => {
  it('counts cases per day by channel', async () => {
    const res = await t.api(`/api/reports/timeseries?${RANGE}&groupBy=channel&tz=Asia/Makassar`, {
      token: pdamSupervisor,
    });
    expect(res.status).toBe(200);
    expect(res.body.buckets.length).toBeGreaterThanOrEqual(7);
    const totals = Object.fromEntries(
      res.body.series.map((s: { key: string; counts: number[] }) => [
        s.key,
        s.counts.reduce((a, b) => a + b, 0),
      ]),
    );
    expect(totals).toEqual({ whatsapp: 3, instagram: 1 });
  });

  it('buckets open cases by age', async () => {
    const res = await t.api('/api/reports/backlog', { token: pdamSupervisor });
    const counts = Object.fromEntries(
      res.body.buckets.map((b: { key: string; count: number }) => [b.key, b.count]),
    );
    expect(counts).toEqual({ lt_4h: 0, '4h_24h': 1, '1d_3d': 1, '3d_7d': 1, gt_7d: 0 });
  });
});
