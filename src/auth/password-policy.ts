// The minimum policy for a new password (NIST SP 800-63B style: length and a deny-list, no composition rules).
import { PUBLISHED_SECRETS } from '../security/published-secrets.js';
import { MAX_PASSWORD_LENGTH } from './password.js';

export const MIN_PASSWORD_LENGTH = 10;

/** Passwords people pick first, in Indonesian offices too; lower-cased. */
const COMMON = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  'qwerty123',
  'qwertyuiop',
  '1234567890',
  '12345678910',
  '0123456789',
  'iloveyou123',
  'admin12345',
  'administrator',
  'katasandi',
  'katasandi123',
  'rahasia123',
  'bismillah',
  'bismillah123',
  'indonesia',
  'indonesia123',
  'indonesia45',
  'merdeka45',
  'merdeka1945',
  'aspirasi',
  'aspirasi123',
  'humas12345',
  'diskominfo',
  'pemprov123',
  ...PUBLISHED_SECRETS.map((s) => s.toLowerCase()),
]);

/** Every reason the password is not acceptable (Indonesian), empty when it is. */
export function passwordProblems(password: string, user: { email?: string; name?: string } = {}): string[] {
  const problems: string[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH)
    problems.push(`kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`);
  if (password.length > MAX_PASSWORD_LENGTH)
    problems.push(`kata sandi maksimal ${MAX_PASSWORD_LENGTH} karakter`);
  if (COMMON.has(lower)) problems.push('kata sandi ini terlalu umum atau pernah diterbitkan');
  if (new Set(password).size < 4) problems.push('kata sandi terlalu mudah ditebak (karakter berulang)');
  const local = user.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    problems.push('kata sandi tidak boleh memuat alamat e-mail Anda');
  return problems;
}
