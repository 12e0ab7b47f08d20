// End to end in a real browser against the real server (workers, Redis, test database): a citizen's message
// arrives by signed webhook, appears live in the right agency's inbox, is answered with a canned response, the
// reply reaches the (fake) platform and turns "sent", and the supervisor dashboard shows its response time.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelAccountModel } from '../../src/store/index.js';
import { startFakeGraph, type FakeGraph } from '../support/fake-graph.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { launchBrowser, loggedInPage, screenshot } from './browser.js';

const SOURCE = 'lapor-web';
let t: TestApp;
let platform: FakeGraph;
let browser: Browser;
let officer: Page;
let otherAgencyOfficer: Page;
let ticket = '';
let conversationId = '';

beforeAll(async () => {
  execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'inherit' }); // express serves web/dist
  platform = await startFakeGraph();
  platform.respond('POST', '/replies', { body: { id: 'citizen-portal-reply-1' } });
  t = await startTestApp();
  await ChannelAccountModel.updateOne(
    { platform: 'generic', accountId: SOURCE },
    { $set: { name: 'Portal LAPOR web', replyUrl: `${platform.url}/replies`, active: true } },
    { upsert: true },
  );
  browser = await launchBrowser();
  const password = t.seed!.demoPassword;
  officer = await loggedInPage(browser, t.url, 'pdam.petugas1@demo.aspirasi.id', password, {
    screenshotAs: 'login',
  });
  otherAgencyOfficer = await loggedInPage(browser, t.url, 'pupr.petugas1@demo.aspirasi.id', password);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await platform?.close();
});

describe('officer inbox in the browser', () => {
  it('shows a message sent by signed webhook live, without reload', async () => {
    const send = (author: string, text: string) =>
      t.postGeneric(SOURCE, {
        id: `e2e-${Date.now()}-${author}`,
        author: { id: `warga-${author}`, name: author },
        text,
        createdAt: new Date().toISOString(),
      });
    const res = await send('Rina Wati', 'Air PDAM mati sudah 3 hari di Loa Janan, mohon segera diperbaiki');
    expect(res.status).toBe(200);
    // A few neighbours write too, so the inbox (and its screenshot) looks like a working morning.
    for (const [author, text] of [
      ['Hendra', 'Pipa PDAM bocor besar di depan SD 005 Sungai Kunjang, air muncrat ke jalan'],
      [
        'Sri Lestari',
        'Tagihan PDAM bulan ini naik tiga kali lipat padahal pemakaian sama, mohon dicek meterannya',
      ],
      ['Agus', 'air pdam keruh kecoklatan sejak subuh di Loa Bakung, aman diminum ga?'],
    ]) {
      expect((await send(author, text)).status).toBe(200);
    }

    const row = officer.getByTestId('conversation-row').filter({ hasText: 'Air PDAM mati' });
    await row.waitFor({ timeout: 10_000 });
    ticket = (await row.getAttribute('data-ticket')) ?? '';
    expect(ticket).toMatch(/^ASP-\d{4}-\d{6}$/);
    await expect.poll(() => row.locator('.sla').innerText(), { timeout: 10_000 }).toMatch(/sisa|lewat/); // SLA countdown visible
    await screenshot(officer, 'inbox');
  });

  it('never shows it to an officer of another agency', async () => {
    // Not pushed live to the other agency's open inbox...
    expect(
      await otherAgencyOfficer.getByTestId('conversation-row').filter({ hasText: 'Air PDAM mati' }).count(),
    ).toBe(0);
    // ...and not in its list after a reload either.
    await otherAgencyOfficer.reload();
    await otherAgencyOfficer.getByTestId('conversation-list').waitFor();
    await otherAgencyOfficer.waitForLoadState('networkidle');
    expect(
      await otherAgencyOfficer.getByTestId('conversation-row').filter({ hasText: 'Air PDAM mati' }).count(),
    ).toBe(0);
    expect(await otherAgencyOfficer.locator(`[data-ticket="${ticket}"]`).count()).toBe(0);
  });

  it('opens the conversation, replies with a canned response and sees the reply sent', async () => {
    await officer
      .getByTestId('conversation-row')
      .filter({ hasText: 'Air PDAM mati' })
      .getByRole('button')
      .click();
    const view = officer.getByTestId('conversation-view');
    await view.getByTestId('inbound-message').filter({ hasText: 'Air PDAM mati' }).waitFor();
    conversationId = decodeURIComponent(new URL(officer.url()).pathname.split('/').pop()!);
    await screenshot(officer, 'conversation');

    const canned = view.getByLabel('Jawaban siap pakai');
    const firstOption = await canned.locator('option').nth(1).getAttribute('value');
    expect(firstOption, 'the seed provides canned responses').toBeTruthy();
    await canned.selectOption(firstOption!);
    const reply = view.getByRole('textbox', { name: 'Balas' });
    const filled = await reply.inputValue();
    expect(filled).not.toMatch(/\{\{\s*(ticket|nama|instansi|petugas)\s*\}\}/); // variables filled in
    await view.getByRole('button', { name: 'Kirim' }).click();

    const delivery = view.getByTestId('outbound-message').last().getByTestId('delivery-status');
    await expect.poll(() => delivery.getAttribute('data-status'), { timeout: 15_000 }).toBe('sent');
    expect(await delivery.innerText()).toBe('Terkirim');
    const sent = await waitFor(async () => platform.requests.find((r) => r.path === '/replies'));
    expect((sent.body as { text: string }).text).toBe(filled);
    await screenshot(officer, 'conversation-replied');
  });

  it('shows a reply whose delivery is uncertain, and sends it again only when the officer checked', async () => {
    // The platform takes the request, then the connection drops: nobody knows whether the citizen got it.
    platform.respond('POST', '/replies', { destroy: true }, { body: { id: 'citizen-portal-reply-2' } });
    const view = officer.getByTestId('conversation-view');
    const text = 'Petugas kami sudah di lokasi, mohon ditunggu.';
    await view.getByRole('textbox', { name: 'Balas' }).fill(text);
    await view.getByRole('button', { name: 'Kirim' }).click();

    const message = view.getByTestId('outbound-message').filter({ hasText: text });
    const delivery = message.getByTestId('delivery-status');
    await expect.poll(() => delivery.getAttribute('data-status'), { timeout: 15_000 }).toBe('unknown');
    expect(await delivery.innerText()).toMatch(/^Tidak pasti terkirim: .*Periksa di platform/);
    const received = () =>
      platform.requests.filter((r) => (r.body as { text?: string })?.text === text).length;
    expect(received()).toBe(1);

    await message.getByRole('button', { name: 'Periksa & kirim ulang' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Periksa balasan di platform' });
    expect(await dialog.innerText()).toMatch(/Buka .+ dan periksa percakapan ini dulu/);
    await dialog.getByRole('button', { name: 'Belum ada — kirim ulang' }).click();
    await expect.poll(() => delivery.getAttribute('data-status'), { timeout: 15_000 }).toBe('sent');
    expect(received()).toBe(2);
  });

  it('returns 404 to the other agency even with the direct link', async () => {
    await otherAgencyOfficer.goto(`${t.url}/inbox/${conversationId}`);
    await otherAgencyOfficer.getByText('404').waitFor();
    expect(await otherAgencyOfficer.getByText('Air PDAM mati').count()).toBe(0);
  });

  it("shows the reply's response time on the supervisor dashboard", async () => {
    const supervisor = await loggedInPage(browser, t.url, 'pdam.spv@demo.aspirasi.id', t.seed!.demoPassword);
    await supervisor.getByRole('link', { name: 'Dasbor supervisor' }).click();
    const row = supervisor.getByTestId('summary-row').first();
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('th').innerText()).toMatch(/PDAM/i);
    expect(await row.getByTestId('fr-p50').innerText()).toMatch(/^\d+ (dtk|mnt)$|^\d+ jam \d+ mnt$/); // "40 dtk"
    await supervisor.waitForTimeout(300); // let chart.js paint before the screenshot
    await screenshot(supervisor, 'dashboard');
  });
});
