// Which Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's chromium when installed, else the
// headless Chromium that ships inside the @sparticuz/chromium npm package (so `npm install && npm test` needs no
// system browser). Pure, so the choice is unit-tested.
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export type BrowserChoice =
  | { kind: 'env'; path: string; note: string }
  | { kind: 'system'; path: string; note: string }
  | { kind: 'npm-package'; note: string };

export function chooseBrowser(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): BrowserChoice {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH))
      throw new Error(
        `CHROMIUM_PATH=${env.CHROMIUM_PATH} tidak ada; hapus variabel itu atau perbaiki jalurnya`,
      );
    return { kind: 'env', path: env.CHROMIUM_PATH, note: `browser: ${env.CHROMIUM_PATH} (CHROMIUM_PATH)` };
  }
  if (exists(DEBIAN_CHROMIUM))
    return { kind: 'system', path: DEBIAN_CHROMIUM, note: `browser: ${DEBIAN_CHROMIUM} (Debian chromium)` };
  return { kind: 'npm-package', note: 'browser: headless Chromium from the @sparticuz/chromium package' };
}
