import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';

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
    expect(loadConfig({ X_CONSUMER_SECRET: '' }).X_CONSUMER_SECRET).toBeUndefined();
  });
});
