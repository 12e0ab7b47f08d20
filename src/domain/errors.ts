// Errors of the domain, with codes. Only the HTTP edge (src/api/errors.ts) turns a code into a status; domain code
// never speaks HTTP. The message is Indonesian and shown to the user as is.
export const DOMAIN_ERROR_CODES = [
  'invalid_credentials',
  'login_locked',
  'weak_password',
  'wrong_password',
  'not_found',
  'forbidden',
  'invalid_request',
  'unavailable',
  /** Someone changed the case between our read and our write. */
  'conflict',
  /** The status machine does not allow this action from the case's status. */
  'illegal_transition',
  'claimed_by_other',
  'invalid_agency',
  'invalid_assignee',
  'invalid_link',
  'invalid_visibility',
  'nothing_to_reply',
  'channel_not_connected',
  'reply_window_closed',
  'reply_not_resendable',
  'invalid_idempotency_key',
  'idempotency_key_reused',
  'invalid_holding_reply',
  'already_sent',
  /** A message template (WhatsApp) that is not approved on the account, or filled wrongly. */
  'invalid_template',
  /** The platform could not be asked (listing templates): it is down or refused the account's token. */
  'platform_unavailable',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { retryAfterSeconds?: number; problems?: string[] } = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'Data') => new DomainError('not_found', `${what} tidak ditemukan.`);
