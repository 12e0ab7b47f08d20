// Typed, cached reads of agencies, channel accounts and officers' names (routing rules: src/routing/route.ts;
// SLA policies and calendars: src/sla/reference.ts) (src/cache/reference-cache.ts says when a copy is dropped).
// Each set is loaded whole - a deployment has tens of agencies and accounts, hundreds of rules and officers - so a
// lookup of an unknown id costs nothing and the memory is bounded by the collections' size.
import { AgencyModel, ChannelAccountModel, UserModel, WebhookEndpointModel } from '../store/index.js';
import { referenceCaches, type ReferenceCaches } from './reference-cache.js';

export const DEFAULT_ZONE = 'Asia/Makassar';

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

/** platform:accountId -> the account's default agency. Credentials are never cached (src/replies/platform-call.ts). */
const loadAccountAgencies = async (): Promise<Map<string, string | null>> => {
  const docs = await ChannelAccountModel.find().select('platform accountId agencyId').lean();
  return new Map(docs.map((d) => [`${d.platform}:${d.accountId}`, d.agencyId ? String(d.agencyId) : null]));
};

/** Officers' names by id, for case views: names change rarely, views are built for every message. */
const loadPeople = async (): Promise<Map<string, CachedPerson>> => {
  const docs = await UserModel.find().select('name').lean();
  return new Map(docs.map((d) => [String(d._id), { _id: d._id, name: d.name }]));
};

/** Agencies with at least one active officer online: most messages arrive when an agency has none (nights). */
const loadAgenciesOnDuty = async (): Promise<Set<string>> => {
  const docs = await UserModel.find({ role: 'officer', presence: 'online', active: true })
    .select('agencyId')
    .lean();
  return new Set(docs.map((d) => String(d.agencyId)));
};

export interface CachedPerson {
  _id: unknown;
  name: string;
}

/** Active outgoing-webhook receivers and the events they take (their secrets are never cached: deliver.ts). */
const loadWebhookReceivers = async (): Promise<CachedWebhookReceiver[]> =>
  (await WebhookEndpointModel.find({ active: true }).select('events').lean()).map((e) => ({
    _id: e._id,
    events: e.events,
  }));

export interface CachedWebhookReceiver {
  _id: unknown;
  events: string[];
}

/** Every agency by id, and the humas desk (src/sla/reference.ts derives each agency's calendar from it). */
export const agencySet = (caches: ReferenceCaches) => caches.get('agencies', loadAgencies);

/** Reads through one ReferenceCaches (the process's by default; tests make one per simulated process). */
export function referenceData(caches: ReferenceCaches = referenceCaches) {
  return {
    agency: async (id: unknown): Promise<CachedAgency | null> =>
      id ? ((await agencySet(caches)).byId.get(String(id)) ?? null) : null,
    agencies: async (): Promise<CachedAgency[]> => [...(await agencySet(caches)).byId.values()],
    humasAgency: async (): Promise<CachedAgency | null> => (await agencySet(caches)).humas,
    accountAgencyId: async (platform: string, accountId: string): Promise<string | null> =>
      (await caches.get('channel-accounts', loadAccountAgencies)).get(`${platform}:${accountId}`) ?? null,
    webhookReceivers: (): Promise<CachedWebhookReceiver[]> =>
      caches.get('webhook-endpoints', loadWebhookReceivers),
    /** Whether an officer of the agency is online; who exactly (and their load) is read when one is. */
    hasOfficerOnDuty: async (agencyId: unknown): Promise<boolean> =>
      (await caches.get('officers-on-duty', loadAgenciesOnDuty)).has(String(agencyId)),
    /** Officers by id; one created since the copy was loaded (its announcement still on the way) is read. */
    people: async (ids: string[]): Promise<CachedPerson[]> => {
      if (ids.length === 0) return [];
      const known = await caches.get('people', loadPeople);
      const missing = ids.filter((id) => !known.has(id));
      const read = missing.length
        ? await UserModel.find({ _id: { $in: missing } })
            .select('name')
            .lean()
        : [];
      return [
        ...ids.flatMap((id) => known.get(id) ?? []),
        ...read.map((d) => ({ _id: d._id, name: d.name })),
      ];
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
