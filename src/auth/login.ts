// Checking a login: locks first, then the same scrypt work whether or not the account exists, then the counters.
import { createHash } from 'node:crypto';
import { recordAudit, type AuditContext } from '../audit/record.js';
import { DomainError } from '../domain/errors.js';
import { UserModel } from '../store/index.js';
import type { LoginThrottle } from './login-throttle.js';
import { verifyPasswordOrDummy } from './password.js';

export const lockedError = (retryAfterSeconds: number) =>
  new DomainError(
    'login_locked',
    `Terlalu banyak percobaan masuk yang gagal. Akun atau alamat ini dikunci sementara; ` +
      `coba lagi dalam ${Math.ceil(retryAfterSeconds / 60)} menit.`,
    { retryAfterSeconds },
  );

/** The audit target of an attempt: the account when it exists, otherwise only a hash of what was typed. */
const attemptTarget = (user: { _id: unknown; email: string } | null, email: string) =>
  user
    ? { id: String(user._id), label: user.email }
    : { label: `tidak dikenal #${createHash('sha256').update(email).digest('hex').slice(0, 12)}` };

export async function logIn(throttle: LoginThrottle, email: string, password: string, who: AuditContext) {
  const normalized = email.toLowerCase();
  const ip = who.ip ?? 'unknown';
  const gate = await throttle.check(normalized, ip);
  if (!gate.allowed) throw lockedError(gate.retryAfterSeconds);
  const user = await UserModel.findOne({ email: normalized }).select('+passwordHash');
  // A deactivated account answers exactly like a wrong password.
  const ok = await verifyPasswordOrDummy(password, user?.active ? user.passwordHash : undefined);
  if (!ok || !user) {
    const after = await throttle.failed(normalized, ip);
    const action = after.allowed ? 'login.failed' : 'login.locked';
    await recordAudit(who, action, attemptTarget(user, normalized), {
      agencyId: user ? String(user.agencyId) : null,
    });
    if (!after.allowed) throw lockedError(after.retryAfterSeconds);
    throw new DomainError('invalid_credentials', 'Email atau kata sandi salah.');
  }
  await throttle.succeeded(normalized);
  const actor = { id: String(user._id), name: user.name, role: user.role, agencyId: String(user.agencyId) };
  await recordAudit({ ...who, actor }, 'login.succeeded', attemptTarget(user, normalized), {
    agencyId: String(user.agencyId),
  });
  return user.toObject();
}
