// Accounts of officers, supervisors and admins: creation, changes of role or agency, deactivation and passwords.
// Whatever changes what a user may see ends their logins, so no token keeps rights the user no longer has.
import { Types } from 'mongoose';
import { recordAudit, type AuditContext } from '../audit/record.js';
import type { Role } from '../domain/labels.js';
import { DomainError } from '../domain/errors.js';
import { referenceCaches } from '../cache/reference-cache.js';
import { AgencyModel, UserModel } from '../store/index.js';
import type { Actor } from './access.js';
import { lockedError } from './login.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { passwordProblems } from './password-policy.js';
import { endUserSessions } from './session.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  agencyId: string;
  password: string;
  capacity?: number;
}
export interface UserPatch {
  name?: string;
  role?: Role;
  agencyId?: string;
  active?: boolean;
  capacity?: number;
}

const notFound = () => new DomainError('not_found', 'Pengguna tidak ditemukan.');

export function assertStrongPassword(password: string, user: { email?: string; name?: string }) {
  const problems = passwordProblems(password, user);
  if (problems.length)
    throw new DomainError('weak_password', `Kata sandi baru ditolak: ${problems.join('; ')}.`, { problems });
}

async function assertAgency(agencyId: string) {
  if (!Types.ObjectId.isValid(agencyId) || !(await AgencyModel.exists({ _id: agencyId, active: true })))
    throw new DomainError('invalid_request', 'Instansi tidak ditemukan.');
}

export async function createUser(input: NewUser, who: AuditContext) {
  const email = input.email.trim().toLowerCase();
  assertStrongPassword(input.password, { email, name: input.name });
  await assertAgency(input.agencyId);
  if (await UserModel.exists({ email }))
    throw new DomainError('conflict', 'Sudah ada pengguna dengan e-mail itu.');
  const user = await UserModel.create({
    email,
    name: input.name,
    role: input.role,
    agencyId: input.agencyId,
    ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    passwordHash: await hashPassword(input.password),
  });
  await recordAudit(
    who,
    'user.created',
    { id: String(user._id), label: email },
    {
      agencyId: input.agencyId,
      data: { role: input.role, agencyId: input.agencyId },
    },
  );
  return user.toObject();
}

/** Changes a user; a change of role, agency or activity also ends their logins (the caller drops their sockets). */
export async function updateUser(id: string, patch: UserPatch, who: AuditContext) {
  const user = Types.ObjectId.isValid(id) ? await UserModel.findById(id).lean() : null;
  if (!user) throw notFound();
  const self = who.actor?.id === id;
  if (self && (patch.role !== undefined || patch.active === false || patch.agencyId !== undefined))
    throw new DomainError(
      'forbidden',
      'Anda tidak dapat mengubah peran, instansi, atau status akun Anda sendiri.',
    );
  if (patch.agencyId) await assertAgency(patch.agencyId);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const old = (user as Record<string, unknown>)[key];
    if (value !== undefined && String(old) !== String(value)) {
      before[key] = key === 'agencyId' ? String(old) : old;
      after[key] = value;
    }
  }
  if (Object.keys(after).length === 0) return { user, sessionsEnded: false };
  await UserModel.updateOne({ _id: id }, { $set: after });
  if ('name' in after) await referenceCaches.announce('people'); // case views show the new name at once
  if ('active' in after || 'role' in after || 'agencyId' in after)
    await referenceCaches.announce('officers-on-duty');
  const rightsChanged = 'role' in after || 'agencyId' in after;
  const deactivated = after.active === false;
  if (deactivated || rightsChanged) await endUserSessions(id, deactivated ? 'deactivated' : 'role_changed');
  await recordAudit(
    who,
    'user.updated',
    { id, label: user.email },
    {
      agencyId: String(user.agencyId),
      data: { before, after },
    },
  );
  return { user: (await UserModel.findById(id).lean())!, sessionsEnded: deactivated || rightsChanged };
}

/** An admin sets a new password (a forgotten one): the user's logins end. */
export async function setPassword(id: string, password: string, who: AuditContext) {
  const user = Types.ObjectId.isValid(id) ? await UserModel.findById(id).lean() : null;
  if (!user) throw notFound();
  assertStrongPassword(password, user);
  await UserModel.updateOne({ _id: id }, { $set: { passwordHash: await hashPassword(password) } });
  await endUserSessions(id, 'password_changed');
  await recordAudit(
    who,
    'user.password_changed',
    { id, label: user.email },
    {
      agencyId: String(user.agencyId),
      data: { by: who.actor?.id === id ? 'self' : 'admin' },
    },
  );
}

/** A user changes their own password: the current one is checked (and counted like a login attempt). */
export async function changeOwnPassword(
  throttle: LoginThrottle,
  actor: Actor,
  body: { currentPassword: string; newPassword: string },
  who: AuditContext,
  ip: string,
) {
  const user = await UserModel.findById(actor.id).select('+passwordHash').lean();
  if (!user) throw notFound();
  const gate = await throttle.check(user.email, ip);
  if (!gate.allowed) throw lockedError(gate.retryAfterSeconds);
  if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
    const after = await throttle.failed(user.email, ip);
    if (!after.allowed) throw lockedError(after.retryAfterSeconds);
    throw new DomainError('wrong_password', 'Kata sandi saat ini salah.');
  }
  if (body.newPassword === body.currentPassword)
    throw new DomainError('weak_password', 'Kata sandi baru harus berbeda dari yang lama.');
  await setPassword(actor.id, body.newPassword, who);
}
