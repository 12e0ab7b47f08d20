import { seesAllAgencies } from '../auth/access.js';
import { AgencyModel } from '../store/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function userView(user: any) {
  const agency = await AgencyModel.findById(user.agencyId).lean();
  const role = user.role;
  return {
    id: String(user._id),
    name: user.name,
    email: user.email,
    role,
    agencyId: String(user.agencyId),
    agency: agency
      ? {
          id: String(agency._id),
          code: agency.code,
          name: agency.name,
          shortName: agency.shortName,
          isHumas: agency.isHumas,
        }
      : null,
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
