// `Idempotency-Key` on POST /api/conversations/:id/replies: the same key from the same officer on the same case
// is the same reply, however often the request is repeated (a timeout, a double click, a retry after a crash).
import { createHash } from 'node:crypto';
import { DomainError } from '../domain/errors.js';

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The header's value, or undefined when absent; 400 when it is not 1-200 visible ASCII characters. */
export function idempotencyKeyFrom(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) {
    throw new DomainError(
      'invalid_idempotency_key',
      'Header Idempotency-Key harus 1-200 karakter ASCII yang terlihat (tanpa spasi).',
    );
  }
  return header;
}

/** The reply's unique dedupeKey for a given key: scoped to the case and the officer, never guessable across them. */
export function replyDedupeKey(conversationId: unknown, actorId: string, key: string): string {
  const digest = createHash('sha256')
    .update(`${String(conversationId)}\n${actorId}\n${key}`)
    .digest('hex');
  return `out:key:${digest.slice(0, 40)}`;
}

/** A key reused for a different reply is a client bug: refuse it rather than silently return the first reply. */
export function assertSameReply(storedText: string, requestedText: string) {
  if (storedText === requestedText || storedText.startsWith(`${requestedText}\n`)) return;
  throw new DomainError(
    'idempotency_key_reused',
    'Idempotency-Key ini sudah dipakai untuk balasan lain; buat kunci baru untuk balasan baru.',
  );
}
