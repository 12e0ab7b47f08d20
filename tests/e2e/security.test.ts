// Security in a real browser (issue 11): a citizen's script tags render as text; attachment links only to platform
// media hosts; no script can read the session; logging out ends the session on the server too.
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { waitForMessageByDedupeKey } from '../support/conversations.js';
import { insertFacebookMessage } from '../support/fixtures.js';
import { launchBrowser, loggedInPage } from './browser.js';

const HOSTILE =
  'Air PDAM mati <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> ' +
  '<a href="javascript:window.__pwned=3">klik</a>';

let t: TestApp;
let browser: Browser;
let officer: Page;
let conversationId = '';

beforeAll(async () => {
  execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'inherit' });
  t = await startTestApp();
  browser = await launchBrowser();
  const res = await t.postGeneric('lapor-web', {
    id: 'xss-1',
    author: { id: 'warga-xss', name: '<b onmouseover=alert(1)>Rina</b>' },
    text: HOSTILE,
    createdAt: new Date().toISOString(),
  });
  expect(res.status).toBe(200);
  const message = await waitForMessageByDedupeKey('generic:lapor-web:xss-1');
  conversationId = String(message.conversationId);
  await insertFacebookMessage(conversationId, 'foto jalan rusak', [
    { type: 'image', url: 'https://scontent.xx.fbcdn.net/v/foto-jalan.jpg' },
    { type: 'image', url: 'https://jahat.example/pelacak.gif' },
    { type: 'document', url: 'javascript:window.__pwned=4', name: 'surat.pdf' },
  ]);
  officer = await loggedInPage(browser, t.url, 'pdam.petugas1@demo.aspirasi.id', t.seed!.demoPassword);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('the inbox in a browser', () => {
  it('renders a message with script tags as text, in the list and in the conversation', async () => {
    const row = officer.getByTestId('conversation-row').filter({ hasText: 'Air PDAM mati' });
    await row.waitFor({ timeout: 10_000 });
    await officer.goto(`${t.url}/inbox/${conversationId}`);
    const message = officer.getByTestId('inbound-message').filter({ hasText: 'Air PDAM mati' });
    await message.waitFor();
    expect(await message.locator('.msg-text').innerText()).toBe(HOSTILE);
    expect(await message.locator('header strong').innerText()).toBe('<b onmouseover=alert(1)>Rina</b>');
    expect(await officer.locator('main script, img[src="x"], a[href^="javascript:"]').count()).toBe(0);
    await officer.locator('.msg-text').first().hover();
    expect(await officer.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows attachment links only to the platform media hosts', async () => {
    const message = officer.getByTestId('inbound-message').filter({ hasText: 'foto jalan rusak' });
    await message.waitFor();
    const sources = await message
      .locator('img, a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('href')));
    expect(sources.filter(Boolean).every((s) => s!.startsWith('https://scontent.xx.fbcdn.net/'))).toBe(true);
    expect(sources).toContain('https://scontent.xx.fbcdn.net/v/foto-jalan.jpg');
    expect(await message.innerText()).toMatch(/surat\.pdf/); // named, but not a link
  });

  it('gives scripts no session to read, and logging out ends the session on the server', async () => {
    expect(await officer.evaluate(() => document.cookie)).not.toMatch(/aspirasi_session/);
    const stored = await officer.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/eyJ/); // no JWT anywhere a script can reach
    const [cookie] = (await officer.context().cookies()).filter((c) => c.name === 'aspirasi_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });

    await officer.getByRole('button', { name: 'Keluar' }).click();
    await officer.getByLabel('Kata sandi').waitFor();
    const replay = await fetch(`${t.url}/api/me`, {
      headers: { cookie: `aspirasi_session=${cookie!.value}` },
    });
    expect(replay.status).toBe(401);
  });
});
