// Structured logs; anything that looks like a secret is redacted before it is written.
import { pino, type Logger } from 'pino';

const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'credentials',
  '*.credentials',
  'req.headers.authorization',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-aspirasi-signature"]',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'headers.authorization',
  'config.JWT_SECRET',
  'config.ENCRYPTION_KEY',
  'config.META_APP_SECRET',
  'config.GENERIC_WEBHOOK_SECRET',
];

export const log: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: REDACT, censor: '[disembunyikan]' },
  base: { service: 'aspirasi' },
});

export function childLog(component: string): Logger {
  return log.child({ component });
}
