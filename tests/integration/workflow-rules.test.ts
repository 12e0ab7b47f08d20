// Routing rules as data through the admin API: create, dry run, real routing, disable, delete, validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationModel, MessageModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';

let t: TestApp;
let admin: string;
let officer: string;
let agencies: Record<string, string>;

const dryRun = (text: string, extra: object = {}) =>
  t.api('/api/routing-rules/dry-run', { token: admin, body: { text, ...extra } });

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  officer = await t.login('dishub.petugas1@demo.aspirasi.id');
  const list = (await t.api('/api/agencies', { token: admin })).body.agencies;
  agencies = Object.fromEntries(list.map((a: any) => [a.code, a.id]));
});
afterAll(() => t?.stop());

describe('routing rules API', () => {
  it('shows in a dry run that PDAM messages hit the seeded keyword rule, not public works', async () => {
    const res = await dryRun('Air PDAM tidak mengalir sejak pagi di Sungai Pinang');
    expect(res.status).toBe(200);
    expect(res.body.route.agency.code).toBe('PDAM');
    expect(res.body.route.rule.name).toMatch(/PDAM/);
    expect(res.body.route.reason).toBe('rule');
    expect(res.body.classification.topic).toBeTruthy();

    const triage = await dryRun('Selamat siang min', { topic: 'lainnya' });
    expect(triage.body.route).toMatchObject({ reason: 'no_rule', isHumas: true, rule: null });
  });

  it('applies a new rule to the dry run and to real messages, and stops when it is disabled or deleted', async () => {
    const body = {
      name: 'Penyeberangan sungai ke Dishub',
      priority: 5,
      conditions: { keywords: ['kapal penyeberangan', 'ketinting'] },
      action: { agencyId: agencies.DISHUB },
    };
    const created = await t.api('/api/routing-rules', { token: admin, body });
    expect(created.status).toBe(201);
    const id = created.body.rule.id;
    expect(
      (await dryRun('Ketinting penyeberangan tenggelam karena kelebihan muatan')).body.route.rule.id,
    ).toBe(id);

    const event = {
      id: `rule-${Date.now()}`,
      author: { id: 'w-rule', name: 'Warga' },
      text: 'Tarif kapal penyeberangan naik lagi',
      createdAt: new Date().toISOString(),
    };
    await t.postGeneric('lapor-web', event);
    const message = await waitFor(() =>
      MessageModel.findOne({ dedupeKey: `generic:lapor-web:${event.id}` }).lean(),
    );
    const conv = await ConversationModel.findById(message.conversationId).lean();
    expect(String(conv!.agencyId)).toBe(agencies.DISHUB);
    expect(String(conv!.routedByRuleId)).toBe(id);

    const disabled = await t.api(`/api/routing-rules/${id}`, {
      method: 'PUT',
      token: admin,
      body: { ...body, enabled: false },
    });
    expect(disabled.body.rule.enabled).toBe(false);
    expect((await dryRun('Tarif kapal penyeberangan naik')).body.route.rule?.id).not.toBe(id);
    expect((await t.api(`/api/routing-rules/${id}`, { method: 'DELETE', token: admin })).status).toBe(204);
    const rules = (await t.api('/api/routing-rules', { token: admin })).body.items;
    expect(rules.map((r: any) => r.id)).not.toContain(id);
    expect(rules.map((r: any) => r.priority)).toEqual(
      [...rules.map((r: any) => r.priority)].sort((a, b) => a - b),
    );
  });

  it('lets only admins change rules and explains invalid ones', async () => {
    const rule = {
      name: 'x',
      priority: 1,
      conditions: { keywords: ['abc'] },
      action: { agencyId: agencies.DISHUB },
    };
    expect((await t.api('/api/routing-rules', { token: officer, body: rule })).status).toBe(403);
    const badTopic = await t.api('/api/routing-rules', {
      token: admin,
      body: { ...rule, conditions: { topics: ['jalan'] } },
    });
    expect(badTopic.status).toBe(400);
    expect(badTopic.body.error.message).toMatch(/conditions\.topics/);
    const pdamOfficer = (await t.api('/api/me', { token: await t.login('pdam.petugas1@demo.aspirasi.id') }))
      .body.user.id;
    const wrongOfficer = await t.api('/api/routing-rules', {
      token: admin,
      body: { ...rule, action: { agencyId: agencies.DISHUB, officerId: pdamOfficer } },
    });
    expect(wrongOfficer.status).toBe(400);
    expect(wrongOfficer.body.error.code).toBe('invalid_officer');
  });

  it('refuses an SLA policy whose first-response target exceeds its resolution target', async () => {
    const res = await t.api('/api/sla-policies/normal', {
      method: 'PUT',
      token: admin,
      body: {
        firstResponseMinutes: 600,
        resolutionMinutes: 60,
        clock: 'working',
        warnAtFraction: 0.75,
        escalateAtFraction: 2,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/respons pertama melebihi/);
    const list = (await t.api('/api/sla-policies', { token: officer })).body.items;
    expect(list.find((p: any) => p.urgency === 'normal').firstResponseMinutes).toBe(480);
  });
});
