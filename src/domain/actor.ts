// Who is acting: a signed-in user as the rights checks (src/auth/access.ts) and the audit log see them.
import type { Role } from './labels.js';

export interface Actor {
  id: string;
  name: string;
  role: Role;
  agencyId: string;
  agencyIsHumas: boolean;
  timezone: string;
}
