// Errors of the domain, with codes. Only the HTTP edge (src/api/errors.ts) turns a code into a status.
export const DOMAIN_ERROR_CODES = [
  'invalid_credentials',
  'login_locked',
  'weak_password',
  'wrong_password',
  'not_found',
  'forbidden',
  'conflict',
  'invalid_request',
  'unavailable',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** Indonesian, shown to the user as is. */
    message: string,
    readonly details: { retryAfterSeconds?: number; problems?: string[] } = {},
  ) {
    super(message);
  }
}
