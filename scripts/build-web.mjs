#!/usr/bin/env node
/* global URL, process, console */
// Builds the web inbox (web/ -> web/dist) when the build is missing or older than its sources.
// `npm start` runs this first, so a fresh checkout serves the inbox without a separate step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const builtIndex = join(web, 'dist', 'index.html');
// The composer imports the server's PII detector and the inbox its media host list, so their sources count too.
const sources = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(root, 'src/classify/pii.ts'),
  join(root, 'src/domain/media-hosts.ts'),
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

const force = process.argv.includes('--force');
const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map(newestMtime));

if (!force && builtAt >= sourcesAt) {
  console.log('[build-web] web/dist is up to date, skipping the build.');
} else {
  console.log(
    builtAt
      ? '[build-web] web sources changed, rebuilding web/dist…'
      : '[build-web] web/dist missing, building…',
  );
  const started = Date.now();
  // Always a production bundle: under vitest or `NODE_ENV=development npm start` Vite would otherwise ship
  // React's development build (about 70% larger).
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: join(web, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  console.log(`[build-web] built web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
