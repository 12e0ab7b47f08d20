// Typed, cached reads of the reference data (src/cache/reference-cache.ts says when a copy is dropped). Each set
// is loaded whole - a deployment has tens of agencies and accounts, hundreds of rules at most - so a lookup of an
// unknown id costs nothing and the memory is bounded by the collections' size.
import type { Urgency } from '../domain/labels.js';
import type { RoutingRule } from '../routing/rules.js';
import { defaultCalendar, GOVERNMENT_WORKING_HOURS, type Calendar } from '../sla/calendar.js';
import { DEFAULT_SLA_POLICIES, policyProblem, type SlaPolicy } from '../sla/policy.js';
import {
  AgencyModel,
  CalendarModel,
  ChannelAccountModel,
  RoutingRuleModel,
  SlaPolicyModel,
} from '../store/index.js';
import { referenceCaches, type ReferenceCaches } from './reference-cache.js';

const DEFAULT_ZONE = 'Asia/Makassar';

export interface CachedAgency {
  _id: unknown;
  code: string;
  name: string;
  shortName: string;
  isHumas: boolean;
  timezone: string;
  active: boolean;
}

interface AgencySet {
  byId: Map<string, CachedAgency>;
  humas: CachedAgency | null;
}

const loadAgencies = async (): Promise<AgencySet> => {
  const docs = await AgencyModel.find().select('code name shortName isHumas timezone active').lean();
  const list = docs.map((d) => ({
    _id: d._id,
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    isHumas: Boolean(d.isHumas),
    timezone: d.timezone ?? DEFAULT_ZONE,
    active: d.active !== false,
  }));
  return { byId: new Map(list.map((a) => [String(a._id), a])), humas: list.find((a) => a.isHumas) ?? null };
};

const loadRules = async (): Promise<RoutingRule[]> => {
  const docs = await RoutingRuleModel.find({ enabled: true }).sort({ priority: 1 }).lean();
  return docs.map((d) => ({
    id: String(d._id),
    name: d.name,
    priority: d.priority,
    enabled: d.enabled,
    conditions: d.conditions ?? {},
    action: {
      agencyId: String(d.action!.agencyId),
      officerId: d.action?.officerId ? String(d.action.officerId) : null,
    },
  }));
};

/** platform:accountId -> the account's default agency. Credentials are never cached (src/replies/platform-call.ts). */
const loadAccountAgencies = async (): Promise<Map<string, string | null>> => {
  const docs = await ChannelAccountModel.find().select('platform accountId agencyId').lean();
  return new Map(docs.map((d) => [`${d.platform}:${d.accountId}`, d.agencyId ? String(d.agencyId) : null]));
};

const loadPolicies = async (): Promise<Map<string, SlaPolicy>> => {
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

const loadCalendars = (caches: ReferenceCaches) => async (): Promise<CalendarSet> => {
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

const agencySet = (caches: ReferenceCaches) => caches.get('agencies', loadAgencies);

/** Reads through one ReferenceCaches (the process's by default; tests make one per simulated process). */
export function referenceData(caches: ReferenceCaches = referenceCaches) {
  return {
    routingRules: () => caches.get('routing-rules', loadRules),
    agency: async (id: unknown): Promise<CachedAgency | null> =>
      id ? ((await agencySet(caches)).byId.get(String(id)) ?? null) : null,
    agencies: async (): Promise<CachedAgency[]> => [...(await agencySet(caches)).byId.values()],
    humasAgency: async (): Promise<CachedAgency | null> => (await agencySet(caches)).humas,
    accountAgencyId: async (platform: string, accountId: string): Promise<string | null> =>
      (await caches.get('channel-accounts', loadAccountAgencies)).get(`${platform}:${accountId}`) ?? null,
    slaPolicy: async (urgency: Urgency): Promise<SlaPolicy> =>
      (await caches.get('sla-policies', loadPolicies)).get(urgency) ?? DEFAULT_SLA_POLICIES[urgency],
    calendar: async (agencyId: unknown): Promise<Calendar> => {
      const set = await caches.get('calendars', loadCalendars(caches));
      return set.byAgency.get(String(agencyId)) ?? set.fallback;
    },
  };
}

export const cached = referenceData();

/** The humas desk's id; a deployment without one cannot route. */
export async function humasAgencyId(): Promise<string> {
  const humas = await cached.humasAgency();
  if (!humas) throw new Error('Belum ada meja humas (agency isHumas). Jalankan `npx aspirasi seed`.');
  return String(humas._id);
}
