// The inspector's audit log (issue 11, item 8), and channel accounts keeping their credentials (item 6): what is
// recorded, what is not, and how an admin reads and exports it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unseal } from '../../src/security/seal.js';
import { AuditEntryModel, ChannelAccountModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { agencyIdOf, insertCase } from '../support/fixtures.js';

let t: TestApp;
let admin: string;
const latest = (action: string) => AuditEntryModel.findOne({ action }).sort({ at: -1, _id: -1 }).lean();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
});
afterAll(async () => {
  await t?.stop();
});

describe('recorded', () => {
  it('logins that succeed and fail, with who and from where; an unknown e-mail only as a hash', async () => {
    await t.login('dishub.petugas1@demo.aspirasi.id');
    await t.api('/api/auth/login', {
      body: { email: 'dishub.petugas2@demo.aspirasi.id', password: 'salah-1' },
    });
    await t.api('/api/auth/login', { body: { email: 'siapa.saja@contoh.id', password: 'salah-2' } });
    const ok = (await AuditEntryModel.findOne({
      action: 'login.succeeded',
      'target.label': 'dishub.petugas1@demo.aspirasi.id',
    }).lean())!;
    expect(ok.actor).toMatchObject({ role: 'officer', agencyId: await agencyIdOf('DISHUB') });
    expect(ok.ip).toMatch(/127\.0\.0\.1/);
    expect(
      await AuditEntryModel.exists({
        action: 'login.failed',
        'target.label': 'dishub.petugas2@demo.aspirasi.id',
      }),
    ).toBeTruthy();
    const unknown = (await latest('login.failed'))!;
    expect(unknown.target.label).toMatch(/^tidak dikenal #[0-9a-f]{12}$/);
    expect(JSON.stringify(await AuditEntryModel.find().lean())).not.toMatch(/siapa\.saja|salah-1|salah-2/);
  });

  it('routing-rule and SLA changes, with what changed', async () => {
    const body = {
      name: 'Banjir rob ke BPBD',
      priority: 5,
      conditions: { keywords: ['rob'] },
      action: { agencyId: await agencyIdOf('BPBD') },
    };
    const created = await t.api('/api/routing-rules', { token: admin, body });
    await t.api(`/api/routing-rules/${created.body.rule.id}`, {
      method: 'PUT',
      token: admin,
      body: { ...body, priority: 6 },
    });
    await t.api(`/api/routing-rules/${created.body.rule.id}`, { method: 'DELETE', token: admin });
    for (const action of ['routing_rule.created', 'routing_rule.updated', 'routing_rule.deleted'])
      expect((await latest(action))!.target).toMatchObject({
        kind: 'routing_rule',
        id: created.body.rule.id,
      });
    expect((await latest('routing_rule.updated'))!.data).toMatchObject({ after: { priority: 6 } });
    const policy = {
      firstResponseMinutes: 600,
      resolutionMinutes: 7200,
      clock: 'working',
      warnAtFraction: 0.75,
      escalateAtFraction: 2,
    };
    expect(
      (await t.api('/api/sla-policies/rendah', { method: 'PUT', token: admin, body: policy })).status,
    ).toBe(200);
    expect((await latest('sla_policy.updated'))!.data).toMatchObject({
      after: { firstResponseMinutes: 600 },
    });
  });

  it('channel accounts, never with their credentials; saving again without credentials keeps them', async () => {
    const save = (credentials?: Record<string, string>) =>
      t.api('/api/channel-accounts', {
        token: admin,
        body: {
          platform: 'instagram',
          accountId: '17841400000000777',
          name: 'IG Pemprov',
          ...(credentials ? { credentials } : {}),
        },
      });
    expect((await save({ accessToken: 'IGQV-rahasia-awal' })).status).toBe(201);
    const sealedOf = async () =>
      unseal(
        (await ChannelAccountModel.findOne({ platform: 'instagram' }).select('+credentialsSealed').lean())!
          .credentialsSealed!,
        t.config.ENCRYPTION_KEY,
      );
    expect((await save()).status).toBe(201); // e.g. renamed in the admin screen
    expect(await sealedOf()).toEqual({ accessToken: 'IGQV-rahasia-awal' });
    await save({ accessToken: 'IGQV-rahasia-baru' });
    expect(await sealedOf()).toEqual({ accessToken: 'IGQV-rahasia-baru' });
    const entries = await AuditEntryModel.find({ action: 'channel_account.saved' }).sort({ at: 1 }).lean();
    expect(entries.map((e) => e.data.credentialsChanged)).toEqual([true, false, true]);
    expect(JSON.stringify(entries)).not.toMatch(/IGQV/);
  });

  it('report exports, and views of a case by someone outside its agency (not by its own officers)', async () => {
    const csv = await fetch(`${t.url}/api/reports/summary?groupBy=agency&format=csv`, {
      headers: { authorization: `Bearer ${await t.login('humas.spv@demo.aspirasi.id')}` },
    });
    expect(csv.status).toBe(200);
    await waitFor(() => latest('report.exported'));
    expect((await latest('report.exported'))!.target.label).toBe(
      '/api/reports/summary?groupBy=agency&format=csv',
    );

    const c = await insertCase({ agencyId: await agencyIdOf('DINSOS') });
    await t.api(`/api/conversations/${c.id}`, { token: await t.login('dinsos.petugas1@demo.aspirasi.id') });
    expect(await AuditEntryModel.exists({ action: 'personal_data.viewed', 'target.id': c.id })).toBeNull();
    await t.api(`/api/conversations/${c.id}`, { token: await t.login('humas.spv@demo.aspirasi.id') });
    const viewed = (await AuditEntryModel.findOne({
      action: 'personal_data.viewed',
      'target.id': c.id,
    }).lean())!;
    expect(viewed).toMatchObject({
      agencyId: c.agencyId,
      target: { label: c.ticketNumber },
      actor: { role: 'supervisor' },
    });
  });
});

describe('read and exported by admins', () => {
  it('lists newest first with filters and cursor paging', async () => {
    const first = await t.api('/api/audit?action=login.succeeded&limit=2', { token: admin });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items.every((i: { action: string }) => i.action === 'login.succeeded')).toBe(true);
    const second = await t.api(`/api/audit?action=login.succeeded&limit=2&cursor=${first.body.nextCursor}`, {
      token: admin,
    });
    const ids = [...first.body.items, ...second.body.items].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = [...first.body.items, ...second.body.items].map((i: { at: string }) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await t.api('/api/audit?action=tidak.ada', { token: admin })).status).toBe(400);
  });

  it('exports CSV and JSON lines, and the export is itself audited', async () => {
    const csv = await fetch(`${t.url}/api/audit/export?format=csv&action=login.succeeded`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'waktu,aksi,pelaku_id,pelaku,peran,sasaran,sasaran_id,keterangan,instansi_id,ip,data',
    );
    expect(lines.slice(1).every((l) => l.includes(',login.succeeded,'))).toBe(true);
    const jsonl = await fetch(`${t.url}/api/audit/export?format=jsonl`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const rows = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(5);
    expect((await latest('audit.exported'))!.data).toMatchObject({ format: 'jsonl', rows: rows.length });
  });
});
