import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentBanner, loadConfig } from '../../../src/config.js';
import { PUBLISHED_SECRETS } from '../../../src/security/published-secrets.js';

const strong = () => randomBytes(32).toString('base64');
const production = (over: Record<string, string> = {}) => ({
  NODE_ENV: 'production',
  MONGODB_URI: 'mongodb://db:27017/aspirasi',
  JWT_SECRET: strong(),
  ENCRYPTION_KEY: strong(),
  GENERIC_WEBHOOK_SECRET: strong(),
  ...over,
});
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
};

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.ROLE).toBe('all');
  });

  it('names every bad variable in one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', REDIS_URL: 'http://x', ROLE: 'boss' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Konfigurasi tidak valid:/);
    expect(message).toMatch(/- PORT:/);
    expect(message).toMatch(/- REDIS_URL: harus diawali redis:\/\//);
    expect(message).toMatch(/- ROLE:/);
  });

  it('refuses to run in production without real secrets, naming them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: wajib di production[\s\S]*ENCRYPTION_KEY[\s\S]*MONGODB_URI[\s\S]*GENERIC_WEBHOOK_SECRET/,
    );
  });

  it('treats an empty variable as unset', () => {
    // A variable without a development default (X's and TikTok's have one so `simulate` works out of the box).
    expect(loadConfig({ YOUTUBE_CLIENT_SECRET: '' }).YOUTUBE_CLIENT_SECRET).toBeUndefined();
  });

  it('runs production on fresh, long secrets', () => {
    const c = loadConfig(production());
    expect(c.NODE_ENV).toBe('production');
    expect(c.SEED_DEMO).toBe('never');
    expect(developmentBanner(c)).toBeNull();
  });

  it('refuses every secret ever published in the repository, short ones and repetitive ones', () => {
    for (const published of PUBLISHED_SECRETS) {
      for (const key of ['JWT_SECRET', 'ENCRYPTION_KEY', 'GENERIC_WEBHOOK_SECRET']) {
        expect(problemsOf(production({ [key]: published })), `${key}=${published}`).toMatch(
          new RegExp(`- ${key}: (nilai ini pernah diterbitkan|minimal)`),
        );
      }
    }
    expect(problemsOf(production({ JWT_SECRET: 'Kp9#x2!vQ7-mZ4@r8LwT' }))).toMatch(
      /JWT_SECRET: minimal 32 karakter/,
    );
    expect(problemsOf(production({ ENCRYPTION_KEY: 'ab'.repeat(20) }))).toMatch(
      /ENCRYPTION_KEY: terlalu mudah ditebak/,
    );
    // Case and surrounding spaces do not make a published value new.
    expect(problemsOf(production({ JWT_SECRET: ' CHANGE-ME-IN-PRODUCTION-PLEASE ' }))).toMatch(
      /pernah diterbitkan/,
    );
  });

  it('refuses published platform secrets too (the development defaults), naming them', () => {
    const message = problemsOf(
      production({
        META_APP_SECRET: 'dev-only-meta-app-secret',
        TELEGRAM_SECRET_TOKEN: 'test-telegram-secret',
      }),
    );
    expect(message).toMatch(/- META_APP_SECRET: nilai ini pernah diterbitkan/);
    expect(message).toMatch(/- TELEGRAM_SECRET_TOKEN: nilai ini pernah diterbitkan/);
  });

  it('runs as development with a loud banner when NODE_ENV is unset, and quietly when it is set', () => {
    const unset = loadConfig({});
    expect(unset.NODE_ENV).toBe('development');
    expect(developmentBanner(unset)).toMatch(
      /NODE_ENV tidak diatur: Aspirasi berjalan dalam mode DEVELOPMENT/,
    );
    expect(developmentBanner(loadConfig({ NODE_ENV: 'development' }))).toBeNull();
  });
});

describe('docker-compose.yml and .env.example', () => {
  const compose = readFileSync('docker-compose.yml', 'utf8');
  const example = readFileSync('.env.example', 'utf8');

  it('require every secret with ${VAR:?message} and carry no default secret', () => {
    for (const key of ['JWT_SECRET', 'ENCRYPTION_KEY', 'GENERIC_WEBHOOK_SECRET']) {
      expect(compose).toMatch(new RegExp(`${key}: \\$\\{${key}:\\?[^}]*wajib diisi[^}]*\\}`));
    }
    for (const published of PUBLISHED_SECRETS) expect(compose).not.toContain(published);
    expect(compose).not.toMatch(/SECRET[A-Z_]*: \$\{[A-Z_]+:-[^}]/); // no `${X_SECRET:-default}`
  });

  it('ships placeholders the server refuses, so copying the example unchanged cannot run production', () => {
    const values = Object.fromEntries(
      example
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(Object.keys(values)).toEqual(
      expect.arrayContaining(['JWT_SECRET', 'ENCRYPTION_KEY', 'GENERIC_WEBHOOK_SECRET']),
    );
    const message = problemsOf({ ...values, NODE_ENV: 'production', MONGODB_URI: 'mongodb://db/aspirasi' });
    expect(message).toMatch(/JWT_SECRET: nilai ini pernah diterbitkan/);
    expect(message).toMatch(/ENCRYPTION_KEY: nilai ini pernah diterbitkan/);
    expect(message).toMatch(/GENERIC_WEBHOOK_SECRET: nilai ini pernah diterbitkan/);
  });
});
