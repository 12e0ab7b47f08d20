// One error shape for the whole API: {"error": {"code", "message"}} with a fitting status.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { DomainError, type DomainErrorCode } from '../domain/errors.js';
import { childLog } from '../log.js';
import { isDatabaseUnreachable, isRedisUnreachable } from '../ops/unreachable.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export { notFound } from '../domain/errors.js';

/** Validate a request part against a zod schema; a failure names every bad field in Indonesian. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  throw new ApiError(400, 'invalid_request', `Permintaan tidak valid — ${fields}`);
}

export const unknownRoute: RequestHandler = (_req, _res, next) =>
  next(new ApiError(404, 'not_found', 'Alamat API tidak dikenal.'));

const log = childLog('api');

/** The HTTP edge's one table from domain error codes to statuses. */
const STATUS_OF: Record<DomainErrorCode, number> = {
  invalid_credentials: 401,
  login_locked: 429,
  weak_password: 400,
  wrong_password: 403,
  not_found: 404,
  forbidden: 403,
  invalid_request: 400,
  unavailable: 503,
  conflict: 409,
  illegal_transition: 409,
  claimed_by_other: 409,
  invalid_agency: 400,
  invalid_assignee: 400,
  invalid_link: 400,
  invalid_visibility: 400,
  nothing_to_reply: 409,
  channel_not_connected: 409,
  reply_window_closed: 409,
  reply_not_resendable: 409,
  invalid_idempotency_key: 400,
  idempotency_key_reused: 409,
  invalid_holding_reply: 400,
  already_sent: 409,
  invalid_template: 400,
  platform_unavailable: 502,
};

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof DomainError) {
    if (err.details.retryAfterSeconds) res.setHeader('Retry-After', String(err.details.retryAfterSeconds));
    res.status(STATUS_OF[err.code]).json({ error: { code: err.code, message: err.message } });
    return;
  }
  if (err instanceof ApiError) {
    res.status(err.status).json({ error: { code: err.code, message: err.message } });
    return;
  }
  // body-parser errors carry a status and a type.
  const status = (err as { status?: number }).status;
  if (err?.type === 'entity.too.large') {
    res.status(413).json({ error: { code: 'payload_too_large', message: 'Isi permintaan melebihi 1 MiB.' } });
    return;
  }
  if (err?.type === 'encoding.invalid') {
    res
      .status(400)
      .json({ error: { code: 'invalid_encoding', message: 'Isi permintaan bukan UTF-8 yang valid.' } });
    return;
  }
  if (err?.type === 'entity.parse.failed') {
    res.status(400).json({ error: { code: 'invalid_json', message: 'JSON tidak valid.' } });
    return;
  }
  if (status && status >= 400 && status < 500) {
    res.status(status).json({ error: { code: 'bad_request', message: 'Permintaan tidak valid.' } });
    return;
  }
  if (isDatabaseUnreachable(err)) {
    log.warn({ err: (err as Error).message, path: req.path }, 'database unreachable');
    res.status(503).json({
      error: {
        code: 'database_unavailable',
        message: 'Basis data sedang tidak terjangkau. Coba lagi sebentar.',
      },
    });
    return;
  }
  if (isRedisUnreachable(err)) {
    log.warn({ err: (err as Error).message, path: req.path }, 'Redis unreachable');
    res.status(503).json({
      error: { code: 'queue_unavailable', message: 'Antrean sedang tidak tersedia. Coba lagi sebentar.' },
    });
    return;
  }
  log.error({ err, path: req.path }, 'unhandled error');
  res
    .status(500)
    .json({ error: { code: 'internal', message: 'Terjadi kesalahan di server. Coba lagi sebentar.' } });
};
