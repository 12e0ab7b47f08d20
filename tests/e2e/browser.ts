// Headless Chromium driven by playwright-core, at the laptop size officers use (1366×768).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chooseBrowser } from './browser-choice.js';

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');
export const VIEWPORT = { width: 1366, height: 768 };

/** Without the background-networking flags Chromium keeps dialling Google's hosts, which a closed network refuses. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function executablePath(): Promise<string> {
  const choice = chooseBrowser(process.env, existsSync);
  console.log(`[tests] ${choice.note}`);
  if (choice.kind !== 'npm-package') return choice.path;
  // Unpacks its brotli-compressed binary into the temp directory once, then reuses it.
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: await executablePath(), headless: true, args: ARGS });
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
