// Every secret value that was ever written into this repository (development defaults, compose defaults of earlier
// versions, test fixtures, examples). Anyone can read them, so production refuses to run on any of them.
// Append here whenever a secret-looking value is committed; never remove one.
export const PUBLISHED_SECRETS: readonly string[] = [
  // docker-compose.yml defaults before `${VAR:?}` (issue 11)
  'change-me-in-production-please',
  'change-me-32-bytes-in-production!!',
  'change-me-generic-secret',
  // development fallbacks in src/config.ts
  'dev-only-jwt-secret-change-me',
  'dev-only-encryption-key-change-me-please!!',
  'dev-only-generic-webhook-secret',
  'dev-only-meta-app-secret',
  'dev-only-meta-verify-token',
  'dev-only-telegram-secret',
  // development defaults declared by the adapters (adapters/<name>/index.ts devDefaults)
  'dev-only-x-consumer-secret',
  'dev-only-tiktok-app-secret',
  // test fixtures under tests/
  'test-jwt-secret-0123456789',
  'test-encryption-key-0123456789abcdef',
  'test-generic-secret',
  'test-meta-app-secret',
  'test-meta-verify-token',
  'test-x-consumer-secret',
  'test-telegram-secret',
  'test-tiktok-secret',
  'test-app-secret',
  'tg-secret_TOKEN-123',
  'tiktok-app-secret-test',
  'x-consumer-secret-test',
  'client-secret',
  // demo logins (src/seed/kaltim.ts and the seeded admin)
  'aspirasi-admin',
  'aspirasi-demo',
  // placeholders in .env.example
  'ganti-dengan-rahasia-acak-minimal-32-karakter',
];

const normalized = new Set(PUBLISHED_SECRETS.map((s) => s.trim().toLowerCase()));

/** Minimum length of the secrets we generate keys from (JWT, sealing, generic webhooks) in production. */
export const MIN_SECRET_LENGTH = 32;

/** Why a value may not serve as a production secret, or null when it may. Messages are for operators (Indonesian). */
export function secretProblem(value: string | undefined, minLength = MIN_SECRET_LENGTH): string | null {
  if (!value) return 'wajib di production';
  if (normalized.has(value.trim().toLowerCase()))
    return 'nilai ini pernah diterbitkan di repositori (contoh/bawaan), buat rahasia acak baru';
  if (value.length < minLength) return `minimal ${minLength} karakter`;
  // "aaaa…" or "1234…" pass a length check but not a guess.
  if (new Set(value).size < 8) return 'terlalu mudah ditebak (terlalu sedikit karakter berbeda)';
  return null;
}

export const isPublishedSecret = (value: string) => normalized.has(value.trim().toLowerCase());
