import { describe, expect, it } from 'vitest';
import { chooseBrowser, DEBIAN_CHROMIUM } from '../../e2e/browser-choice.js';

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('which Chromium the browser tests drive', () => {
  it('takes CHROMIUM_PATH first, even when Debian chromium is installed', () => {
    const choice = chooseBrowser(
      { CHROMIUM_PATH: '/opt/chrome/chrome' },
      only('/opt/chrome/chrome', DEBIAN_CHROMIUM),
    );
    expect(choice).toMatchObject({ kind: 'env', path: '/opt/chrome/chrome' });
    expect(choice.note).toContain('CHROMIUM_PATH');
  });

  it('refuses a CHROMIUM_PATH that does not exist instead of silently using another browser', () => {
    expect(() => chooseBrowser({ CHROMIUM_PATH: '/nope/chrome' }, only(DEBIAN_CHROMIUM))).toThrow(
      /\/nope\/chrome/,
    );
  });

  it("uses Debian's chromium when it is installed", () => {
    expect(chooseBrowser({}, only(DEBIAN_CHROMIUM))).toMatchObject({ kind: 'system', path: DEBIAN_CHROMIUM });
  });

  it('falls back to the Chromium inside the npm package on a machine with no browser', () => {
    const choice = chooseBrowser({}, only());
    expect(choice.kind).toBe('npm-package');
    expect(choice.note).toContain('@sparticuz/chromium');
  });
});
