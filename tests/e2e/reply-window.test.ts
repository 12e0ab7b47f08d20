// The composer in a real browser shows the reply window the server computed from the adapter's rule, and on
// WhatsApp past 24 h offers the account's approved templates: picked, filled, previewed and sent (fake Graph API).
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph } from '../support/fake-graph.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { connectAccount, waitForMessageByDedupeKey } from '../support/conversations.js';
import {
  WA_PHONE_NUMBER_ID,
  postMetaWebhook,
  secondsAgo,
  waMessage,
  whatsappDelivery,
} from '../unit/adapters/meta/samples.js';
import { launchBrowser, loggedInPage, screenshot } from './browser.js';

const WABA = '102290129340398';
let t: TestApp;
let graph: FakeGraph;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'inherit' }); // express serves web/dist
  graph = await startFakeGraph();
  graph.respond('GET', `/v21.0/${WABA}/message_templates`, {
    body: {
      data: [
        {
          name: 'status_laporan',
          language: 'id',
          status: 'APPROVED',
          category: 'UTILITY',
          components: [{ type: 'BODY', text: 'Laporan {{1}}: {{2}}.' }],
        },
      ],
    },
  });
  t = await startTestApp({ META_GRAPH_URL: `${graph.url}/v21.0` });
  await connectAccount(t, {
    platform: 'whatsapp',
    accountId: WA_PHONE_NUMBER_ID,
    credentials: { accessToken: 'EAAG-wa-token', businessAccountId: WABA },
  });
  browser = await launchBrowser();
  page = await loggedInPage(browser, t.url, t.config.SEED_ADMIN_EMAIL, t.config.SEED_ADMIN_PASSWORD);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await graph?.close();
});

async function whatsappFrom(phone: string, text: string, hoursAgo: number) {
  const wamid = `wamid.E2E${Date.now()}`;
  await postMetaWebhook(
    t.url,
    t.config.META_APP_SECRET!,
    whatsappDelivery({
      messages: [
        waMessage(
          'text',
          { body: text },
          { from: phone, id: wamid, timestamp: String(secondsAgo(hoursAgo)) },
        ),
      ],
    }),
  );
  return waitForMessageByDedupeKey(`whatsapp:${WA_PHONE_NUMBER_ID}:${wamid}`);
}

describe('reply window in the composer', () => {
  it('an open WhatsApp window says when it closes and blocks nothing', async () => {
    const m = await whatsappFrom('6281300000001', 'Kapan jadwal vaksin?', 2);
    await page.goto(`${t.url}/inbox/${m.conversationId}`);
    const view = page.getByTestId('conversation-view');
    await view.getByTestId('inbound-message').first().waitFor();
    await expect.poll(() => view.getByTestId('reply-window-closes').innerText()).toMatch(/tertutup pada/);
    expect(await view.getByTestId('reply-window-closed').count()).toBe(0);
  });

  it('past 24 h the reason from the server shows, free text is blocked, and a template goes out', async () => {
    const m = await whatsappFrom('6281300000002', 'Jalan depan rumah rusak parah', 30);
    await page.goto(`${t.url}/inbox/${m.conversationId}`);
    const view = page.getByTestId('conversation-view');
    const closed = view.getByTestId('reply-window-closed');
    await closed.waitFor();
    expect(await closed.innerText()).toContain(
      'Jendela balas 24 jam WhatsApp sudah tertutup (pesan terakhir warga 30 jam lalu). Gunakan pesan templat',
    );
    await view.getByRole('textbox', { name: 'Balas' }).fill('Halo');
    expect(await view.getByRole('button', { name: 'Kirim', exact: true }).isDisabled()).toBe(true);

    await view.getByTestId('template-open').click();
    await view.getByLabel('Pilih templat pesan').selectOption('status_laporan|id');
    await view.getByLabel('Isian {{1}}').fill('ASP-1');
    await view.getByLabel('Isian {{2}}').fill('sedang diperbaiki');
    expect(await view.getByTestId('template-preview').innerText()).toBe('Laporan ASP-1: sedang diperbaiki.');
    await screenshot(page, 'whatsapp-template');
    await view.getByRole('button', { name: 'Kirim templat' }).click();
    const delivery = view.getByTestId('outbound-message').last().getByTestId('delivery-status');
    await expect.poll(() => delivery.getAttribute('data-status'), { timeout: 15_000 }).toBe('sent');
    const sent = await waitFor(async () => graph.requests.find((r) => r.method === 'POST'));
    expect(sent.body).toMatchObject({ type: 'template', template: { name: 'status_laporan' } });
  });
});
