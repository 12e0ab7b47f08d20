// Headless Debian chromium driven by playwright-core, at the laptop size officers use (1366×768).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');
export const VIEWPORT = { width: 1366, height: 768 };

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (own localStorage, so its own login) logged in through the real form. */
export async function loggedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  opts: { screenshotAs?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  if (opts.screenshotAs) await screenshot(page, opts.screenshotAs);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
