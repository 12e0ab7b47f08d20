// Deadlines from each agency's stored calendar: a case started Friday 15:30 WITA before the 17 August long
// weekend, and the same case on an agency with a regional holiday or in another time zone.
import { referenceCaches } from '../../src/cache/reference-cache.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSla } from '../../src/sla/timers.js';
import { AgencyModel, CalendarModel, ConversationModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';

let t: TestApp;
let seq = 0;

async function puprCaseStartedAt(startedAt: string) {
  const body = {
    id: `cal-evt-${Date.now()}-${++seq}`,
    author: { id: `warga-cal-${seq}`, name: 'Warga' },
    text: 'Drainase tersumbat di Jl. Merdeka, air meluap ke jalan',
    createdAt: new Date().toISOString(),
  };
  await t.postGeneric('lapor-web', body);
  const message = await waitForMessageByDedupeKey(`generic:lapor-web:${body.id}`);
  const id = String(message.conversationId);
  await waitFor(async () => ((await ConversationModel.findById(id).lean())?.sla?.timerVersion ?? 0) >= 1);
  const pupr = await AgencyModel.findOne({ code: 'PUPR' }).lean();
  await ConversationModel.updateOne(
    { _id: id },
    { $set: { agencyId: pupr!._id, urgency: 'normal', 'sla.startedAt': new Date(startedAt) } },
  );
  await refreshSla(t.app.ctx.queues.sla, id);
  return (await ConversationModel.findById(id).lean())!.sla!;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

describe('SLA deadlines on the agency calendar', () => {
  it('gives a normal case of Friday 15:30 WITA its 8 working hours on Tuesday 15:30 WITA, after the 17 August Monday', async () => {
    const sla = await puprCaseStartedAt('2026-08-14T15:30:00+08:00');
    // Fri 15:30-16:30 (1 h), Mon 17 Aug Hari Kemerdekaan, Tue 07:30-12:00 and 13:00-15:30 (7 h).
    expect(sla.firstResponseDueAt!.toISOString()).toBe(new Date('2026-08-18T15:30:00+08:00').toISOString());
  });

  it("moves the deadline past the agency's regional holiday and counts its own time zone", async () => {
    const pupr = await AgencyModel.findOne({ code: 'PUPR' }).lean();
    await CalendarModel.updateOne({ agencyId: pupr!._id }, { $set: { regionalHolidays: ['2026-08-18'] } });
    // Calendars have no admin API yet: a direct edit announces itself, as src/cache/reference-cache.ts asks.
    await referenceCaches.announce('calendars');
    const holiday = await puprCaseStartedAt('2026-08-14T15:30:00+08:00');
    expect(holiday.firstResponseDueAt!.toISOString()).toBe(
      new Date('2026-08-19T15:30:00+08:00').toISOString(),
    );

    // The same instant is 14:30 WIB: 2 h left on Friday, 6 h on Tuesday -> 14:30 WIB Tuesday.
    await CalendarModel.updateOne(
      { agencyId: pupr!._id },
      { $set: { regionalHolidays: [], timezone: 'Asia/Jakarta' } },
    );
    await referenceCaches.announce('calendars');
    const wib = await puprCaseStartedAt('2026-08-14T15:30:00+08:00');
    expect(wib.firstResponseDueAt!.toISOString()).toBe(new Date('2026-08-18T14:30:00+07:00').toISOString());
  });

  it('re-plans the deadline on the 24x7 kritis clock when an officer raises the urgency', async () => {
    const sla = await puprCaseStartedAt(new Date().toISOString());
    const conv = await ConversationModel.findOne({ 'sla.startedAt': sla.startedAt }).lean();
    const spv = await t.login('pupr.spv@demo.aspirasi.id');
    const res = await t.api(`/api/conversations/${conv!._id}/classification`, {
      method: 'PATCH',
      token: spv,
      body: { urgency: 'kritis' },
    });
    expect(res.status).toBe(200);
    const after = (await ConversationModel.findById(conv!._id).lean())!.sla!;
    expect(after.policyUrgency).toBe('kritis');
    expect(after.firstResponseDueAt!.getTime() - sla.startedAt!.getTime()).toBe(30 * 60_000);
  });
});
