// Refreshes docs/inbox.png from a running server with demo data, as the humas desk sees it (every agency):
//   npm start   (fresh database)   then
//   npx tsx tests/e2e/demo-traffic.ts http://localhost:3000 && npx tsx tests/e2e/readme-screenshot.ts http://localhost:3000
import { launchBrowser, loggedInPage } from './browser.js';

const base = process.argv[2] ?? 'http://localhost:3000';
const browser = await launchBrowser();
try {
  const page = await loggedInPage(
    browser,
    base,
    'humas.spv@demo.aspirasi.id',
    process.env.DEMO_PASSWORD ?? 'aspirasi-demo',
  );
  await page.getByTestId('conversation-row').first().getByRole('button').click(); // kritis first
  await page.getByTestId('inbound-message').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/inbox.png' });
  console.log('docs/inbox.png updated');
} finally {
  await browser.close();
}
