// Reports over the real API, the case-events worker and the test database: a known set of cases written as the
// pipeline writes them (case + event log, times chosen), turned into rollups by the running worker, and the
// figures compared with values computed by hand — percentiles from the histogram buckets, SLA outcomes and
// working time on the government calendar (WITA) included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyModel, UserModel } from '../../src/store/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { waitForFacts, writeCase } from '../support/case-history.js';

let t: TestApp;
let pdamSupervisor: string;
let humasSupervisor: string;
let pdamOfficer: string;
let admin: string;
let officer1: string;
let officer2: string;
const ids: string[] = [];
// Monday 2 March 2026 .. Sunday 15 March 2026, in WITA (UTC+8): ordinary working weeks, no holidays.
const RANGE = 'from=2026-03-01T16:00:00Z&to=2026-03-15T16:00:00Z';
const wita = (local: string) => `${local}+08:00`;

beforeAll(async () => {
  t = await startTestApp();
  pdamSupervisor = await t.login('pdam.spv@demo.aspirasi.id');
  humasSupervisor = await t.login('humas.spv@demo.aspirasi.id');
  pdamOfficer = await t.login('pdam.petugas1@demo.aspirasi.id');
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  officer1 = String((await UserModel.findOne({ email: 'pdam.petugas1@demo.aspirasi.id' }).lean())!._id);
  officer2 = String((await UserModel.findOne({ email: 'pdam.petugas2@demo.aspirasi.id' }).lean())!._id);
  const assign = (at: string, userId: string) => ({ at: wita(at), type: 'assigned', data: { userId } });
  const reply = (at: string, actorId: string, first = true) => ({
    at: wita(at),
    type: 'replied',
    actorId,
    data: { first },
  });
  const status = (at: string, from: string, to: string, actorId: string | null = null) => ({
    at: wita(at),
    type: 'status_changed',
    actorId,
    data: { from, to },
  });
  const cases = [
    // A: answered after 10 min, resolved after 300 min (240 working: 09:00–12:00 and 13:00–14:00). SLA met.
    {
      agencyCode: 'PDAM',
      createdAt: wita('2026-03-02T09:00:00'),
      firstResponseDueAt: wita('2026-03-02T16:00:00'),
      resolutionDueAt: wita('2026-03-09T09:00:00'),
      steps: [
        assign('2026-03-02T09:01:00', officer1),
        reply('2026-03-02T09:10:00', officer1),
        status('2026-03-02T14:00:00', 'in_progress', 'resolved', officer1),
      ],
    },
    // B: answered after 20 min, still open: SLA undecided.
    {
      agencyCode: 'PDAM',
      createdAt: wita('2026-03-03T10:00:00'),
      firstResponseDueAt: wita('2026-03-03T17:00:00'),
      steps: [assign('2026-03-03T10:01:00', officer1), reply('2026-03-03T10:20:00', officer1)],
    },
    // C: Friday 16:00, answered Monday 08:00: 3,840 minutes on the wall clock, 60 working minutes
    // (Fri 16:00–16:30, Mon 07:30–08:00). The breach at Monday 07:45 decides the SLA.
    {
      agencyCode: 'PDAM',
      platform: 'instagram',
      createdAt: wita('2026-03-06T16:00:00'),
      firstResponseDueAt: wita('2026-03-09T07:45:00'),
      steps: [
        assign('2026-03-06T16:05:00', officer2),
        { at: wita('2026-03-09T07:45:00'), type: 'sla_breach', data: { target: 'first_response' } },
        reply('2026-03-09T08:00:00', officer2),
      ],
    },
    // D: answered after 5, resolved after 30 minutes; the citizen reopens it the next day; resolved again.
    {
      agencyCode: 'PDAM',
      createdAt: wita('2026-03-04T11:00:00'),
      firstResponseDueAt: wita('2026-03-04T15:00:00'),
      resolutionDueAt: wita('2026-03-11T11:00:00'),
      steps: [
        assign('2026-03-04T11:01:00', officer2),
        reply('2026-03-04T11:05:00', officer2),
        status('2026-03-04T11:30:00', 'in_progress', 'resolved', officer2),
        status('2026-03-05T09:00:00', 'resolved', 'in_progress'),
        status('2026-03-05T10:00:00', 'in_progress', 'resolved', officer2),
      ],
    },
    // F: kritis on a Saturday night (its clock runs round the clock): answered after 40 min, breached at 30.
    {
      agencyCode: 'PDAM',
      urgency: 'kritis',
      createdAt: wita('2026-03-07T22:00:00'),
      firstResponseDueAt: wita('2026-03-07T22:30:00'),
      steps: [
        assign('2026-03-07T22:01:00', officer2),
        { at: wita('2026-03-07T22:30:00'), type: 'sla_breach', data: { target: 'first_response' } },
        reply('2026-03-07T22:40:00', officer2),
      ],
    },
    // E: another agency's case, which PDAM's supervisor must never see.
    {
      agencyCode: 'PUPR',
      createdAt: wita('2026-03-02T10:00:00'),
      region: 'balikpapan',
      steps: [reply('2026-03-02T10:30:00', officer1)],
    },
  ];
  for (const c of cases) ids.push((await writeCase(c)).id);
  // created + arrived per case, assigned (5), first responses (6), resolved (2), reopened (1), SLA outcomes (4).
  await waitForFacts(t, ids, 6 + 6 + 5 + 6 + 2 + 1 + 4);
});
afterAll(() => t?.stop());

const row = (body: { rows: any[] }, key: string) => body.rows.find((r) => r.key === key);

describe('GET /api/reports/summary', () => {
  it("gives a PDAM supervisor PDAM's figures, computed by hand, and nothing of PUPR", async () => {
    const res = await t.api(`/api/reports/summary?${RANGE}&groupBy=agency`, { token: pdamSupervisor });
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { label: string }) => r.label)).toEqual(['PDAM']);
    const [pdam] = res.body.rows;
    expect(pdam.volume).toBe(5);
    expect(pdam.answered).toBe(5);
    // Wall clock 5, 10, 20, 40, 3840: median = 3rd value's bucket [20,21) -> 20.5; p90 = 5th -> [3840,3904) -> 3872.
    // Working 5, 10, 20, 40 (kritis: round the clock), 60: median 20.5, p90 [60,61) -> 60.5.
    expect(pdam.firstResponse).toEqual({
      p50Minutes: 20.5,
      p90Minutes: 3872,
      p50WorkingMinutes: 20.5,
      p90WorkingMinutes: 60.5,
    });
    // Resolutions 30 and 300 (working 30 and 240): median 30.5; p90 [296,304) -> 300 and [240,244) -> 242.
    expect(pdam.resolution).toEqual({
      p50Minutes: 30.5,
      p90Minutes: 300,
      p50WorkingMinutes: 30.5,
      p90WorkingMinutes: 242,
    });
    // Met: A and D (resolved in time). Breached: C (breach before its late reply) and F (kritis). B undecided.
    expect(pdam.slaMetShare).toBe(0.5);
    expect(pdam.reopenRate).toBe(0.5);
    expect(pdam.resolvedShare).toBe(0.4);
    expect(res.body.timezone).toBe('Asia/Makassar');
  });

  it('gives humas leadership the province: every case once, and each agency its own', async () => {
    const res = await t.api(`/api/reports/summary?${RANGE}&groupBy=agency`, { token: humasSupervisor });
    const [pdam, pupr] = await Promise.all(
      ['PDAM', 'PUPR'].map((code) => AgencyModel.findOne({ code }).lean()),
    );
    expect(row(res.body, String(pdam!._id))?.volume).toBe(5);
    expect(row(res.body, String(pupr!._id))?.volume).toBe(1);
    expect(res.body.total.volume).toBe(6);
    expect(res.body.total.answered).toBe(6);
  });

  it('groups by officer with their names', async () => {
    const res = await t.api(`/api/reports/summary?${RANGE}&groupBy=officer`, { token: pdamSupervisor });
    expect(row(res.body, officer1)).toMatchObject({ volume: 2, answered: 2 });
    expect(row(res.body, officer2)).toMatchObject({ volume: 3, answered: 3, slaMet: 1, slaBreached: 2 });
    expect(row(res.body, officer1)!.label).toMatch(/PDAM|Petugas/);
  });

  it('refuses officers, other agencies and bad ranges', async () => {
    expect((await t.api(`/api/reports/summary?${RANGE}`, { token: pdamOfficer })).status).toBe(403);
    const pupr = await AgencyModel.findOne({ code: 'PUPR' }).lean();
    const other = await t.api(`/api/reports/summary?${RANGE}&agencyId=${pupr!._id}`, {
      token: pdamSupervisor,
    });
    expect(other.status).toBe(403);
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
    expect(lines[0]).toMatch(
      /^kunci,nama,volume,respons_p50_menit,respons_p90_menit,selesai_p50_menit,selesai_p90_menit,sla_terpenuhi/,
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 5))).toEqual([
      ['PDAM', '5', '20.5', '3872'],
      ['Total', '5', '20.5', '3872'],
    ]);
  });
});

describe('GET /api/reports/timeseries, /backlog and /drift', () => {
  it('counts cases per day and per week by channel, in WITA days', async () => {
    const daily = await t.api(`/api/reports/timeseries?${RANGE}&groupBy=channel`, { token: pdamSupervisor });
    expect(daily.status).toBe(200);
    expect(daily.body.buckets).toHaveLength(14);
    const series = Object.fromEntries(
      daily.body.series.map((s: { key: string; counts: number[] }) => [s.key, s.counts]),
    );
    expect(series.whatsapp.slice(0, 7)).toEqual([1, 1, 1, 0, 0, 1, 0]);
    expect(series.instagram.slice(0, 7)).toEqual([0, 0, 0, 0, 1, 0, 0]);
    const weekly = await t.api(`/api/reports/timeseries?${RANGE}&groupBy=channel&interval=week`, {
      token: pdamSupervisor,
    });
    expect(weekly.body.buckets).toEqual(['2026-W10', '2026-W11']);
    const totals = Object.fromEntries(
      weekly.body.series.map((s: { key: string; counts: number[] }) => [s.key, s.counts]),
    );
    expect(totals).toEqual({ whatsapp: [4, 0], instagram: [1, 0] });
  });

  it('buckets open cases by age', async () => {
    const res = await t.api('/api/reports/backlog', { token: pdamSupervisor });
    expect(res.status).toBe(200);
    expect(res.body.buckets.map((b: { key: string }) => b.key)).toEqual([
      'lt_4h',
      '4h_24h',
      '1d_3d',
      '3d_7d',
      'gt_7d',
    ]);
  });

  it('finds no drift, then finds a case whose hook never fired, and repairs it', async () => {
    const clean = await t.api(`/api/reports/drift?${RANGE}`, { token: admin });
    expect(clean.status).toBe(200);
    expect(clean.body.facts.missing).toEqual([]);
    expect(clean.body.facts.unexpected).toEqual([]);
    expect(clean.body.documents.drifted).toEqual([]);
    expect(clean.body.documents.checked).toBeGreaterThan(0);

    await writeCase({ agencyCode: 'PDAM', createdAt: wita('2026-03-10T09:00:00'), silent: true });
    const drift = await t.api(`/api/reports/drift?${RANGE}`, { token: admin });
    expect(drift.body.facts.missing).toHaveLength(2); // created, arrived
    expect(drift.body.documents.drifted.some((d: { field: string }) => d.field === 'c.received')).toBe(true);
    const repaired = await t.api(`/api/reports/drift?${RANGE}&repair=true`, { token: admin });
    expect(repaired.body.repaired).toBe(2);
    const after = await t.api(`/api/reports/drift?${RANGE}`, { token: admin });
    expect(after.body.facts.missing).toEqual([]);
    expect(after.body.documents.drifted).toEqual([]);
    expect((await t.api(`/api/reports/drift?${RANGE}`, { token: pdamSupervisor })).status).toBe(403);
  });
});
