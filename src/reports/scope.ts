// Whose figures a report shows: humas leadership and admins the province (or one agency they name); everyone
// else only their own agency. Each scope counts days in its own time zone.
import { Types } from 'mongoose';
import { seesAllAgencies, type Actor } from '../auth/access.js';
import { DomainError } from '../domain/errors.js';
import { PROVINCE } from '../rollups/contributions.js';
import { AgencyModel } from '../store/index.js';

export interface ReportScope {
  /** "p" or the agency id, as in the rollup documents. */
  scope: string;
  agencyId: string | null;
  zone: string;
  /** The agency's or the province's display name. */
  name: string;
}

const DEFAULT_ZONE = 'Asia/Makassar';

export async function provinceScope(): Promise<ReportScope> {
  const humas = await AgencyModel.findOne({ isHumas: true }).select('timezone').lean();
  return { scope: PROVINCE, agencyId: null, zone: humas?.timezone ?? DEFAULT_ZONE, name: 'Provinsi' };
}

export async function agencyScope(agencyId: string): Promise<ReportScope> {
  const agency = Types.ObjectId.isValid(agencyId)
    ? await AgencyModel.findById(agencyId).select('timezone shortName').lean()
    : null;
  if (!agency) throw new DomainError('not_found', 'Instansi tidak ditemukan.');
  return { scope: agencyId, agencyId, zone: agency.timezone ?? DEFAULT_ZONE, name: agency.shortName };
}

export async function reportScope(actor: Actor, requestedAgencyId?: string): Promise<ReportScope> {
  if (seesAllAgencies(actor)) return requestedAgencyId ? agencyScope(requestedAgencyId) : provinceScope();
  if (requestedAgencyId && requestedAgencyId !== actor.agencyId) {
    throw new DomainError('forbidden', 'Anda hanya dapat melihat laporan instansi Anda sendiri.');
  }
  return agencyScope(actor.agencyId);
}
