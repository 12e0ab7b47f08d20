// Starts the real Aspirasi (HTTP, socket.io, workers) on a random port against real Redis and the test database.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { io as ioClient, type Socket } from 'socket.io-client';
import { genericDeliveryHeaders } from '../../adapters/generic/index.js';
import { loadConfig, type Config } from '../../src/config.js';
import { seedDemo, type SeedSummary } from '../../src/seed/seed.js';
import { startAspirasi, type RunningAspirasi } from '../../src/server.js';
import { withDatabaseName } from '../../src/bootstrap/database.js';
import { connectDatabase, disconnectDatabase } from '../../src/store/index.js';

export const TEST_SECRETS = {
  GENERIC_WEBHOOK_SECRET: 'test-generic-secret',
  META_APP_SECRET: 'test-meta-app-secret',
  META_VERIFY_TOKEN: 'test-meta-verify-token',
  X_CONSUMER_SECRET: 'test-x-consumer-secret',
  TELEGRAM_SECRET_TOKEN: 'test-telegram-secret',
  TIKTOK_APP_SECRET: 'test-tiktok-secret',
};

export interface TestApp {
  url: string;
  config: Config;
  app: RunningAspirasi;
  seed: SeedSummary | null;
  login(email: string, password?: string): Promise<string>;
  /** fetch against the app with an optional bearer token; JSON bodies are encoded for you. */
  api(
    path: string,
    init?: { token?: string; method?: string; body?: unknown },
  ): Promise<{ status: number; body: any }>;
  postGeneric(
    source: string,
    body: unknown,
    opts?: { signature?: string | null; raw?: string },
  ): Promise<Response>;
  socket(token: string): Promise<Socket>;
  stop(): Promise<void>;
}

export async function waitFor<T>(
  fn: () => Promise<T | null | undefined | false>,
  timeoutMs = 5000,
  stepMs = 25,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export async function startTestApp(
  overrides: Record<string, string> = {},
  opts: { seed?: boolean } = {},
): Promise<TestApp> {
  const dbName = `t_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    ...TEST_SECRETS,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    MONGODB_URI: withDatabaseName(inject('mongoUri'), dbName),
    QUEUE_PREFIX: `test-${dbName}`,
    JWT_SECRET: 'test-jwt-secret-0123456789',
    ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef',
    ...overrides,
  });
  await connectDatabase(config.MONGODB_URI!);
  const seed = opts.seed === false ? null : await seedDemo(config);
  const app = await startAspirasi(config);
  const sockets: Socket[] = [];

  const api: TestApp['api'] = async (path, init = {}) => {
    const res = await fetch(`${app.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  return {
    url: app.url,
    config,
    app,
    seed,
    api,
    login: async (email, password = seed?.demoPassword ?? '') => {
      const pw = email === config.SEED_ADMIN_EMAIL ? config.SEED_ADMIN_PASSWORD : password;
      const res = await api('/api/auth/login', { body: { email, password: pw } });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status}`);
      return res.body.token as string;
    },
    postGeneric: (source, body, o = {}) => {
      const raw = o.raw ?? JSON.stringify(body);
      const signed = genericDeliveryHeaders(config.GENERIC_WEBHOOK_SECRET!, source, raw);
      const headers: Record<string, string> = { 'content-type': 'application/json', ...signed };
      if (o.signature === null) delete headers['x-aspirasi-signature'];
      else if (o.signature !== undefined) headers['x-aspirasi-signature'] = o.signature;
      return fetch(`${app.url}/webhooks/generic/${source}`, { method: 'POST', headers, body: raw });
    },
    socket: async (token) => {
      const s = ioClient(app.url, { auth: { token }, transports: ['websocket'], forceNew: true });
      sockets.push(s);
      await new Promise<void>((resolve, reject) => {
        s.once('connect', () => resolve());
        s.once('connect_error', reject);
      });
      return s;
    },
    stop: async () => {
      sockets.forEach((s) => s.close());
      await app.stop();
      await cleanRedis(config);
      await disconnectDatabase();
    },
  };
}

async function cleanRedis(config: Config) {
  const { createRedis } = await import('../../src/queue/redis.js');
  const redis = createRedis(config.REDIS_URL);
  const keys = await redis.keys(`${config.QUEUE_PREFIX}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}
