// The inbox offers exactly what the server allows, in a real browser: a case in every status, opened by an
// officer and a supervisor of the agency holding it (humas for a new case) and by humas leadership. Every
// workflow request of the API is tried on the case as staged; the buttons shown must be exactly those the server
// accepted, and clicking each button must never meet a 4xx. A paused SLA clock reads "paused", never "overdue".
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyModel, ConversationModel } from '../../src/store/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { stageCase, STATUSES, workflowRequests, type StagedCase } from '../support/case-states.js';
import { launchBrowser, loggedInPage } from './browser.js';

const HOLDER = 'pdam.petugas2';
/** Who opens each case: the holding agency's officer and supervisor (humas holds a new case), and leadership. */
const VISITS = STATUSES.flatMap((status) => {
  const desk = status === 'new' ? 'humas' : 'pdam';
  const visits = [
    { role: 'officer', status, who: `${desk}.petugas1` },
    { role: 'supervisor', status, who: `${desk}.spv` },
  ];
  return desk === 'humas' ? visits : [...visits, { role: 'leadership', status, who: 'humas.spv' }];
});
const USERS = [...new Set([HOLDER, ...VISITS.map((v) => v.who)])];

let t: TestApp;
let browser: Browser;
const tokens: Record<string, string> = {};
const pages: Record<string, Page> = {};
const cases = {} as Record<(typeof STATUSES)[number], StagedCase>;
let otherAgencyId = '';

beforeAll(async () => {
  execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'inherit' }); // express serves web/dist
  t = await startTestApp();
  for (const who of USERS) tokens[who] = await t.login(`${who}@demo.aspirasi.id`);
  otherAgencyId = String((await AgencyModel.findOne({ code: 'DLH' }).lean())!._id);
  const staging = { holder: tokens[HOLDER], setup: tokens['humas.spv'] };
  for (const status of STATUSES) cases[status] = await stageCase(t, status, staging);
  browser = await launchBrowser();
  for (const who of USERS.filter((u) => u !== HOLDER))
    pages[who] = await loggedInPage(browser, t.url, `${who}@demo.aspirasi.id`, t.seed!.demoPassword);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** Leadership sees every agency; the others their own desk's cases only. */
const canSee = (who: string, conversation: { agency: { code: string } | null }) =>
  who === 'humas.spv' || conversation.agency?.code.toLowerCase() === who.split('.')[0];

/** What the server accepts from this user on the case as staged: each request tried on a fresh copy. */
async function allowedByServer(c: StagedCase, who: string): Promise<string[]> {
  const allowed = new Set<string>();
  for (const request of workflowRequests(c.status, otherAgencyId)) {
    await c.restore();
    const res = await t.api(`/api/conversations/${c.id}/${request.action}`, {
      token: tokens[who],
      body: request.body,
    });
    expect(res.status, `${request.action} ${JSON.stringify(request.body)}`).toBeLessThan(500);
    if (res.status < 300) allowed.add(request.name);
  }
  // The claim lock counts as allowed when asking for it makes this user the holder (they were not).
  await c.restore();
  const holder = (await ConversationModel.findById(c.id).lean())!.claimedBy;
  const claim = await t.api(`/api/conversations/${c.id}/claim`, {
    token: tokens[who],
    body: { takeOver: true },
  });
  if (claim.status < 300 && claim.body.conversation.claimedBy !== (holder ? String(holder) : null))
    allowed.add('claim');
  return [...allowed].sort();
}

/** Opens the case fresh and returns the buttons offered, claim and take over both counted as "claim". */
async function open(page: Page, c: StagedCase) {
  await page.goto(`${t.url}/inbox/${c.id}`);
  const view = page.getByTestId('conversation-view');
  await view.waitFor();
  await expect.poll(() => view.getByTestId('conversation-status').getAttribute('data-status')).toBe(c.status);
  const names = await view
    .locator('[role=toolbar] button[data-action]')
    .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.action!));
  return { view, offered: names.map((n) => (n === 'take_over' ? 'claim' : n)) };
}

async function click(page: Page, who: string, c: StagedCase, action: string) {
  await c.restore();
  const { view } = await open(page, c);
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().startsWith(`${t.url}/api/conversations/${c.id}/`),
  );
  await view.locator(`[role=toolbar] button[data-action="${action}"]`).click();
  const dialog = page.getByRole('dialog');
  if (action === 'reject')
    await dialog.getByRole('textbox').first().fill('Bukan wewenang kami, urusan pajak');
  if (action === 'transfer') await dialog.getByRole('combobox').selectOption({ index: 1 });
  if (['reject', 'transfer', 'resolve'].includes(action)) await dialog.locator('button[type=submit]').click();
  const res = await answer;
  const body = await res.json();
  expect(res.status(), `${action}: ${JSON.stringify(body)}`).toBeLessThan(400);
  // The view follows the server's answer; a case sent to an agency this user cannot see leaves the screen.
  if (!canSee(who, body.conversation)) await page.getByTestId('case-moved-away').waitFor();
  else
    await expect
      .poll(() => view.getByTestId('conversation-status').getAttribute('data-status'))
      .toBe(body.conversation.status);
}

describe('workflow buttons', () => {
  it.each(VISITS)(
    'offer a $role ($who) on a $status case exactly what the server allows, and every one works',
    async ({ status, who }) => {
      const c = cases[status];
      const allowed = await allowedByServer(c, who);
      await c.restore();
      const { offered } = await open(pages[who], c);
      expect([...offered].sort()).toEqual(allowed);
      for (const action of await pages[who]
        .locator('[role=toolbar] button[data-action]')
        .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.action!)))
        await click(pages[who], who, c, action);
    },
    120_000,
  );
});

describe('claim lock in the composer', () => {
  it('tells an officer before they write that a colleague holds the case, and lets them take it over', async () => {
    const c = cases.in_progress;
    await c.restore();
    const page = pages['pdam.petugas1'];
    const { view } = await open(page, c);
    const holder = (await t.api(`/api/conversations/${c.id}`, { token: tokens[HOLDER] })).body.conversation;
    const notice = view.getByTestId('claim-conflict');
    expect(await notice.innerText()).toContain(holder.claimer.name);
    await notice.getByRole('button', { name: 'Ambil alih' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await view.locator('[data-action=take_over]').count()).toBe(0);
  });
});

describe('SLA badge', () => {
  it('says a case waiting on the citizen is paused, even long past its old deadline', async () => {
    const c = cases.waiting;
    const past = new Date(Date.now() - 6 * 3600_000);
    const staged = (await ConversationModel.findById(c.id).lean())!;
    expect(staged.sla?.pausedSince).toBeTruthy();
    await c.restore({ sla: { ...staged.sla, resolutionDueAt: past, firstResponseDueAt: past } });
    const page = pages['pdam.petugas1'];
    const { view } = await open(page, c);
    const badge = view.getByTestId('sla-badge');
    expect(await badge.getAttribute('data-state')).toBe('paused');
    expect(await badge.innerText()).toBe('SLA dijeda (menunggu warga)');
    // The inbox row says the same.
    await page.goto(`${t.url}/inbox`);
    const row = page.locator(`[data-testid=conversation-row][data-ticket="${staged.ticketNumber}"]`);
    await row.waitFor();
    expect(await row.locator('.sla').innerText()).toBe('SLA dijeda (menunggu warga)');
  });
});
