// Configuration comes only from the environment, validated once at start.
import { z } from 'zod';
import {
  adapterConfigShape,
  adapterDevDefaults,
  platformSecretKeys,
  requiredProductionSecretKeys,
} from '../adapters/registry.js';
import { isPublishedSecret, secretProblem } from './security/published-secrets.js';

const url = z.string().url();

const schema = z.object({
  /** Unset means development, announced by a banner at start (developmentBanner). */
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: url.optional(),
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (0 = none: the socket address counts). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Lifetime of a login (bearer token or browser cookie); logout, password change and deactivation end it sooner. */
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** Days after a case is closed before its citizen's contact details are anonymised (UU PDP). */
  PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'harus diawali mongodb:// atau mongodb+srv://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'harus diawali redis:// atau rediss://')
    .default('redis://127.0.0.1:6379'),
  /** Prefix for every BullMQ key and pub/sub channel, so tests and deployments can share one Redis. */
  QUEUE_PREFIX: z.string().min(1).default('aspirasi'),
  /** How long a job stays with a worker that stopped renewing its lock (killed, frozen) before another takes it. */
  JOB_LOCK_SECONDS: z.coerce.number().int().min(2).max(600).default(30),
  JWT_SECRET: z.string().min(16, 'minimal 16 karakter').optional(),
  /** 32-byte key (hex or base64) encrypting ChannelAccount secrets at rest. */
  ENCRYPTION_KEY: z.string().min(32, 'minimal 32 karakter').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Below this topic confidence a message goes to humas triage instead of a topic rule. On real complaint letters
   *  0.6 sent ~7% to triage (topic right on ~42% of those) and left ~76% right among the rest (src/classify/README.md). */
  CLASSIFY_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.6),
  /** Minutes an officer may be away or offline before their open cases return to the agency queue. */
  OFFICER_AWAY_MINUTES: z.coerce.number().positive().default(15),
  SEED_ADMIN_EMAIL: z.string().email().default('admin@aspirasi.local'),
  SEED_ADMIN_PASSWORD: z.string().min(8).default('aspirasi-admin'),
  /** First retry delay of outgoing webhooks; doubles per attempt (8 attempts: about 21 minutes at 10 s). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive().default(10_000),
  /** Where the monthly reports are e-mailed from (smtp://user:pass@host:port or smtps://…); unset = not sent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'harus diawali smtp:// atau smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Aspirasi <aspirasi@localhost>'),
  /** Public figures (transparansi, /api/public/stats) hide counts below this, so no one can be singled out. */
  PUBLIC_MIN_CELL: z.coerce.number().int().min(1).default(5),
  /** Seed the demo province when the database has no agencies (npm start on a fresh machine). */
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  // Each adapter's own variables (adapters/<name>/index.ts).
  ...adapterConfigShape,
});

export type Config = Omit<z.infer<typeof schema>, 'NODE_ENV'> & {
  NODE_ENV: 'development' | 'production' | 'test';
  /** NODE_ENV was not set: running as development, which must be said loudly. */
  NODE_ENV_DEFAULTED: boolean;
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
};

export class ConfigError extends Error {}

/** Dev-only fallbacks: production must set real secrets, and we refuse to start without them. */
const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me';
const DEV_ENCRYPTION_KEY = 'dev-only-encryption-key-change-me-please!!';
/** Let `npx aspirasi simulate` talk to `npm start` out of the box. Never applied in production. */
export const DEV_WEBHOOK_SECRETS = adapterDevDefaults as Readonly<Record<string, string>> & {
  GENERIC_WEBHOOK_SECRET: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (e.g. `${META_APP_SECRET:-}` in compose) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const cfg = { ...parsed.data, NODE_ENV: parsed.data.NODE_ENV ?? 'development' } as const;
  if (cfg.NODE_ENV === 'production') {
    const problems = productionProblems(cfg);
    if (problems.length) {
      throw new ConfigError(`Konfigurasi tidak valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
  }
  return {
    ...(cfg.NODE_ENV === 'production' ? {} : DEV_WEBHOOK_SECRETS),
    ...cfg,
    NODE_ENV_DEFAULTED: parsed.data.NODE_ENV === undefined,
    // Demo logins are published in the README: never in production.
    SEED_DEMO: cfg.NODE_ENV === 'production' ? 'never' : cfg.SEED_DEMO,
    JWT_SECRET: cfg.JWT_SECRET ?? DEV_JWT_SECRET,
    ENCRYPTION_KEY: cfg.ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY,
    GENERIC_WEBHOOK_SECRET: cfg.GENERIC_WEBHOOK_SECRET ?? DEV_WEBHOOK_SECRETS.GENERIC_WEBHOOK_SECRET,
  };
}

/** Production runs only on secrets nobody else has read: present, long, and never published in this repository. */
function productionProblems(cfg: z.infer<typeof schema>): string[] {
  const problems: string[] = [];
  const values = cfg as unknown as Record<string, string | undefined>;
  for (const key of ['JWT_SECRET', 'ENCRYPTION_KEY', 'MONGODB_URI', ...requiredProductionSecretKeys]) {
    const problem =
      key === 'MONGODB_URI' ? (values[key] ? null : 'wajib di production') : secretProblem(values[key]);
    if (problem) problems.push(`${key}: ${problem}`);
  }
  // Platform secrets are issued by the platform (their length is theirs), but a published one is still public.
  for (const key of platformSecretKeys) {
    const value = values[key];
    if (value && isPublishedSecret(value))
      problems.push(`${key}: nilai ini pernah diterbitkan di repositori`);
  }
  return problems;
}

/** The banner printed at start when NODE_ENV is unset, so nobody runs development defaults by accident. */
export function developmentBanner(config: Config): string | null {
  if (!config.NODE_ENV_DEFAULTED) return null;
  const line = '!'.repeat(78);
  return [
    line,
    '!!  NODE_ENV tidak diatur: Aspirasi berjalan dalam mode DEVELOPMENT.',
    '!!  Rahasia bawaan yang diketahui publik dipakai dan data demo boleh dibuat.',
    '!!  Untuk server sungguhan: NODE_ENV=production dengan rahasia sendiri (lihat .env.example).',
    line,
  ].join('\n');
}
