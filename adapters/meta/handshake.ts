// GET subscription handshake: echo hub.challenge only for our verify token.
import { timingSafeEqual } from 'node:crypto';
import type { HandshakeResult, IncomingRequest } from '../types.js';

function first(value: unknown): string | undefined {
  if (Array.isArray(value)) return first(value[0]);
  return typeof value === 'string' ? value : undefined;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function metaHandshake(req: IncomingRequest, verifyToken: string): HandshakeResult {
  // Express may give the keys literally ('hub.mode') or, with an extended query parser, nested ({hub:{mode}}).
  const nested = (req.query.hub ?? {}) as Record<string, unknown>;
  const mode = first(req.query['hub.mode']) ?? first(nested.mode);
  const token = first(req.query['hub.verify_token']) ?? first(nested.verify_token);
  const challenge = first(req.query['hub.challenge']) ?? first(nested.challenge);
  if (mode === 'subscribe' && verifyToken && token && challenge && sameSecret(token, verifyToken)) {
    return { status: 200, body: challenge, contentType: 'text/plain' };
  }
  return { status: 403, body: 'Forbidden', contentType: 'text/plain' };
}
