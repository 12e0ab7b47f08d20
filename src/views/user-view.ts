// The JSON shapes of a user and an agency (docs/api.md), for the API and the web alike.
import { seesAllAgencies } from '../auth/access.js';
import type { Role } from '../domain/labels.js';
import { AgencyModel } from '../store/index.js';

export interface AgencyView {
  id: string;
  code: string;
  name: string;
  shortName: string;
  isHumas: boolean;
}

export interface UserView {
  id: string;
  name: string;
  email: string;
  role: Role;
  agencyId: string;
  agency: AgencyView | null;
  timezone: string;
  presence: 'online' | 'away' | 'offline';
  seesAllAgencies: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function agencyView(a: any): AgencyView {
  return {
    id: String(a._id),
    code: a.code,
    name: a.name,
    shortName: a.shortName,
    isHumas: Boolean(a.isHumas),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function userView(user: any): Promise<UserView> {
  const agency = await AgencyModel.findById(user.agencyId).lean();
  const role = user.role;
  return {
    id: String(user._id),
    name: user.name,
    email: user.email,
    role,
    agencyId: String(user.agencyId),
    agency: agency ? agencyView(agency) : null,
    timezone: user.timezone,
    presence: user.presence,
    seesAllAgencies: seesAllAgencies({
      ...user,
      id: '',
      agencyId: '',
      agencyIsHumas: Boolean(agency?.isHumas),
      role,
    }),
  };
}
