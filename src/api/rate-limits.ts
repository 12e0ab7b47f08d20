// Limits on the unauthenticated endpoints: password guessing on login, and walking sequential ticket numbers.
import { rateLimit } from 'express-rate-limit';

const tooMany = (message: string) => ({ error: { code: 'too_many_requests', message } });

/** Per client address, per app instance (each process counts its own): enough for a person, too few for a script. */
export const loginLimiter = () =>
  rateLimit({
    windowMs: 15 * 60_000,
    limit: 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: tooMany('Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.'),
  });

export const publicLookupLimiter = () =>
  rateLimit({
    windowMs: 60_000,
    limit: 30,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: tooMany('Terlalu banyak pencarian tiket. Coba lagi sebentar lagi.'),
  });
