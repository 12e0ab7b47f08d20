// SLA policies and agency calendars, read through a process's reference cache (src/cache/reference-cache.ts):
// one Calendar object per agency, which the clock compiles once.
import { referenceCaches, type ReferenceCaches } from '../cache/reference-cache.js';
import { agencySet, DEFAULT_ZONE } from '../cache/reference-data.js';
import type { Urgency } from '../domain/labels.js';
import { CalendarModel, SlaPolicyModel } from '../store/index.js';
import { defaultCalendar, GOVERNMENT_WORKING_HOURS, type Calendar } from './calendar.js';
import { DEFAULT_SLA_POLICIES, policyProblem, type SlaPolicy } from './policy.js';

const policiesFromStore = async (): Promise<Map<string, SlaPolicy>> => {
  const docs = await SlaPolicyModel.find().lean();
  const policies = new Map<string, SlaPolicy>();
  for (const doc of docs) {
    const policy: SlaPolicy = {
      urgency: doc.urgency as Urgency,
      firstResponseMinutes: doc.firstResponseMinutes,
      resolutionMinutes: doc.resolutionMinutes,
      clock: doc.clock,
      warnAtFraction: doc.warnAtFraction,
      escalateAtFraction: doc.escalateAtFraction,
    };
    // An unusable stored policy falls back to the default.
    if (!policyProblem(policy)) policies.set(policy.urgency, policy);
  }
  return policies;
};

interface CalendarSet {
  /** One Calendar object per agency: the clock caches its compiled form per object (src/sla/clock.ts). */
  byAgency: Map<string, Calendar>;
  fallback: Calendar;
}

const calendarsFromStore = (caches: ReferenceCaches) => async (): Promise<CalendarSet> => {
  const [docs, agencies] = await Promise.all([CalendarModel.find().lean(), agencySet(caches)]);
  const stored = new Map(docs.map((d) => [String(d.agencyId), d]));
  const byAgency = new Map<string, Calendar>();
  for (const id of new Set([...stored.keys(), ...agencies.byId.keys()])) {
    const doc = stored.get(id);
    const base = defaultCalendar(
      doc?.timezone ?? agencies.byId.get(id)?.timezone ?? DEFAULT_ZONE,
      doc?.includeCutiBersama ?? true,
    );
    byAgency.set(
      id,
      doc
        ? {
            ...base,
            id: `agency-${id}`,
            workingHours: (doc.workingHours as Calendar['workingHours'] | null) ?? GOVERNMENT_WORKING_HOURS,
            holidays: [...base.holidays, ...(doc.regionalHolidays ?? [])],
          }
        : base,
    );
  }
  return { byAgency, fallback: defaultCalendar(DEFAULT_ZONE, true) };
};

export function slaReference(caches: ReferenceCaches = referenceCaches) {
  return {
    slaPolicy: async (urgency: Urgency): Promise<SlaPolicy> =>
      (await caches.get('sla-policies', policiesFromStore)).get(urgency) ?? DEFAULT_SLA_POLICIES[urgency],
    calendar: async (agencyId: unknown): Promise<Calendar> => {
      const set = await caches.get('calendars', calendarsFromStore(caches));
      return set.byAgency.get(String(agencyId)) ?? set.fallback;
    },
  };
}
