// Loads an agency's Calendar and SLA policies from the database, one Calendar object per agency version:
// the clock caches its compiled form per object, so reusing the object keeps scheduling cheap.
import type { Urgency } from '../domain/labels.js';
import { AgencyModel, CalendarModel, SlaPolicyModel } from '../store/index.js';
import { defaultCalendar, GOVERNMENT_WORKING_HOURS, type Calendar } from './calendar.js';
import { DEFAULT_SLA_POLICIES, policyProblem, type SlaPolicy } from './policy.js';

const cache = new Map<string, { stamp: string; calendar: Calendar }>();

/** The agency's calendar: its own hours and regional days off plus the national list; default when none stored. */
export async function agencyCalendar(agencyId: unknown): Promise<Calendar> {
  const key = String(agencyId);
  const doc = await CalendarModel.findOne({ agencyId }).lean();
  const agency = doc ? null : await AgencyModel.findById(agencyId).select('timezone').lean();
  const stamp = doc ? `${doc.updatedAt?.getTime()}` : `default:${agency?.timezone}`;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.calendar;
  const base = defaultCalendar(
    doc?.timezone ?? agency?.timezone ?? 'Asia/Makassar',
    doc?.includeCutiBersama ?? true,
  );
  const calendar: Calendar = doc
    ? {
        ...base,
        id: `agency-${key}`,
        workingHours: (doc.workingHours as Calendar['workingHours'] | null) ?? GOVERNMENT_WORKING_HOURS,
        holidays: [...base.holidays, ...(doc.regionalHolidays ?? [])],
      }
    : base;
  cache.set(key, { stamp, calendar });
  return calendar;
}

/** The stored policy for an urgency, or the default when none is stored or the stored one is unusable. */
export async function slaPolicyFor(urgency: Urgency): Promise<SlaPolicy> {
  const doc = await SlaPolicyModel.findOne({ urgency }).lean();
  if (!doc) return DEFAULT_SLA_POLICIES[urgency];
  const policy: SlaPolicy = {
    urgency,
    firstResponseMinutes: doc.firstResponseMinutes,
    resolutionMinutes: doc.resolutionMinutes,
    clock: doc.clock,
    warnAtFraction: doc.warnAtFraction,
    escalateAtFraction: doc.escalateAtFraction,
  };
  return policyProblem(policy) ? DEFAULT_SLA_POLICIES[urgency] : policy;
}
