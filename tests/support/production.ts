// Environment of a production start in tests: fresh random secrets (never published, unlike the test fixtures).
import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(32).toString('base64');

export const productionEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  GENERIC_WEBHOOK_SECRET: secret(),
  META_APP_SECRET: secret(),
  META_VERIFY_TOKEN: secret(),
  X_CONSUMER_SECRET: secret(),
  TELEGRAM_SECRET_TOKEN: secret(),
  TIKTOK_APP_SECRET: secret(),
});
