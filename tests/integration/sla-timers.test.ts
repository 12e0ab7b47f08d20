// SLA timers with real BullMQ delayed jobs and short policies set through the admin API: warn the assignee,
// notify the supervisor at breach, escalate to humas leadership; a reply or waiting on the citizen stops them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URGENCIES } from '../../src/domain/labels.js';
import { runSlaMilestone } from '../../src/workflow/sla-milestone.js';
import { ConversationModel, EventModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { laporWebEvent, newLaporWebCase } from '../support/cases.js';

let t: TestApp;
let seq = 0;
const tokens: Record<string, string> = {};

/** Seconds-long targets on a 24x7 clock, so the test does not depend on the hour it runs at. */
async function setPolicies(firstResponseSeconds: number, resolutionSeconds: number) {
  for (const urgency of URGENCIES) {
    const res = await t.api(`/api/sla-policies/${urgency}`, {
      method: 'PUT',
      token: tokens.admin,
      body: {
        firstResponseMinutes: firstResponseSeconds / 60,
        resolutionMinutes: resolutionSeconds / 60,
        clock: '24x7',
        warnAtFraction: 0.5,
        escalateAtFraction: 1.5,
      },
    });
    expect(res.status).toBe(200);
  }
}

async function newPuprCase() {
  const event = laporWebEvent(
    'sla',
    'Rahmat Warga',
    'Jembatan kayu di Jl. Pangeran Antasari retak, mohon diperbaiki',
  );
  return String((await newLaporWebCase(t, event))._id);
}
const slaEvents = async (id: string) =>
  (await EventModel.find({ conversationId: id, type: /^sla_/ }).sort({ createdAt: 1 }).lean()).map(
    (e) => `${e.type}:${e.data.target}`,
  );

beforeAll(async () => {
  t = await startTestApp();
  tokens.admin = await t.login(t.config.SEED_ADMIN_EMAIL);
  for (const who of ['pupr.petugas1', 'pupr.spv', 'humas.spv'])
    tokens[who] = await t.login(`${who}@demo.aspirasi.id`);
  await t.api('/api/me/presence', {
    method: 'PATCH',
    token: tokens['pupr.petugas1'],
    body: { presence: 'online' },
  });
});
afterAll(() => t?.stop());

describe('SLA escalation timers', () => {
  it('warns the assignee, notifies the supervisor at breach and escalates to humas leadership, in that order', async () => {
    await setPolicies(3, 30); // first response: warn 1.5 s, breach 3 s, escalate 4.5 s
    const inbox = { officer: [] as any[], supervisor: [] as any[], leadership: [] as any[] };
    (await t.socket(tokens['pupr.petugas1'])).on('notification', (n) => inbox.officer.push(n));
    (await t.socket(tokens['pupr.spv'])).on('notification', (n) => inbox.supervisor.push(n));
    (await t.socket(tokens['humas.spv'])).on('notification', (n) => inbox.leadership.push(n));

    const id = await newPuprCase();
    await waitFor(async () => (await slaEvents(id)).length === 3, 10_000);
    expect(await slaEvents(id)).toEqual([
      'sla_warning:first_response',
      'sla_breach:first_response',
      'sla_escalation:first_response',
    ]);
    const ticket = (await ConversationModel.findById(id).lean())!.ticketNumber;
    const kinds = (list: any[]) => list.filter((n) => n.conversationId === id).map((n) => n.kind);
    // The push follows the recorded event through Redis: wait for it rather than race it.
    await waitFor(async () => kinds(inbox.leadership).length > 0, 5000);
    expect(kinds(inbox.officer)).toEqual(['sla_warning', 'sla_breach']);
    expect(kinds(inbox.supervisor)).toEqual(['sla_breach']);
    expect(kinds(inbox.leadership)).toEqual(['sla_escalation']);
    expect(inbox.leadership[0].ticketNumber).toBe(ticket);
    expect(inbox.officer[0].message).toMatch(
      new RegExp(`${ticket} mendekati batas respons pertama: .* WITA`),
    );

    const view = (await t.api(`/api/conversations/${id}`, { token: tokens['pupr.spv'] })).body.conversation;
    expect(view.sla).toMatchObject({ breached: true, phase: 'escalated', target: 'first_response' });

    // A retried job (same version, target, milestone and time) records and sends nothing twice.
    const conv = (await ConversationModel.findById(id).lean())!;
    const again = await runSlaMilestone(t.app.ctx, {
      conversationId: id,
      version: conv.sla!.timerVersion!,
      target: 'first_response',
      milestone: 'breach',
      at: conv.sla!.firstResponseDueAt!.getTime(),
    });
    expect(again).toBe('duplicate');
    expect(await slaEvents(id)).toHaveLength(3);
  });

  it('stops the first-response timers at the first reply and runs none while waiting on the citizen', async () => {
    await setPolicies(4, 6);
    const id = await newPuprCase();
    const reply = await t.api(`/api/conversations/${id}/replies`, {
      token: tokens['pupr.petugas1'],
      body: { text: 'Laporan diterima, kami jadwalkan pengecekan.' },
    });
    expect(reply.status).toBe(202);
    const waiting = await t.api(`/api/conversations/${id}/status`, {
      token: tokens['pupr.petugas1'],
      body: { status: 'waiting' },
    });
    expect(waiting.body.conversation.status).toBe('waiting');
    expect(waiting.body.conversation.sla.pausedSince).not.toBeNull();

    await new Promise((r) => setTimeout(r, 7000)); // past every deadline of both timelines
    expect(await slaEvents(id)).toEqual([]);
    const conv = await ConversationModel.findById(id).lean();
    expect(conv!.sla!.firstResponseBreached).toBe(false);
  });

  it('moves the resolution deadline by the time spent waiting, then warns on resolution once the clock resumes', async () => {
    await setPolicies(4, 4); // resolution: warn 2 s after the start, plus the pause
    const thread = `sla-pause-${Date.now()}`;
    const body = (text: string) => ({
      id: `sla-pause-${Date.now()}-${++seq}`,
      author: { id: 'warga-pause', name: 'Rahmat Warga' },
      text,
      createdAt: new Date().toISOString(),
      threadId: thread,
    });
    await t.postGeneric('lapor-web', body('Lampu jalan di Jl. Slamet Riyadi mati semua'));
    const conv = await waitFor(() =>
      ConversationModel.findOne({ threadRef: `generic:lapor-web:thread:${thread}` }).lean(),
    );
    const id = String(conv._id);
    await waitFor(async () => ((await ConversationModel.findById(id).lean())?.sla?.timerVersion ?? 0) >= 1);
    await t.api(`/api/conversations/${id}/replies`, {
      token: tokens['pupr.petugas1'],
      body: { text: 'Boleh kirim titik lokasinya?' },
    });
    await t.api(`/api/conversations/${id}/status`, {
      token: tokens['pupr.petugas1'],
      body: { status: 'waiting' },
    });
    const before = (await ConversationModel.findById(id).lean())!.sla!.resolutionDueAt!.getTime();
    await new Promise((r) => setTimeout(r, 3000));
    expect(await slaEvents(id)).toEqual([]);

    await t.postGeneric('lapor-web', body('Di depan gang 5 pak'));
    const resumed = await waitFor(async () => {
      const c = await ConversationModel.findById(id).lean();
      return c?.status === 'in_progress' && !c.sla?.pausedSince ? c : null;
    });
    expect(resumed.sla!.pausedMs).toBeGreaterThanOrEqual(2900);
    expect(resumed.sla!.resolutionDueAt!.getTime() - before).toBeGreaterThanOrEqual(2900);
    await waitFor(async () => (await slaEvents(id)).includes('sla_warning:resolution'), 8000);
  });
});
