import { createHash, randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { idempotencyKeyFrom } from '../replies/idempotency.js';

/**
 * The key of the change a request asks for: a request repeated with the same Idempotency-Key (a timeout, a double
 * click) changes the case once; without the header every request is its own change.
 */
export function changeKey(req: Request, action: string): string {
  const given = idempotencyKeyFrom(req.get('Idempotency-Key'));
  const unique = given ?? randomUUID();
  return `req:${createHash('sha256').update(`${req.actor!.id}\n${action}\n${unique}`).digest('hex').slice(0, 32)}`;
}
