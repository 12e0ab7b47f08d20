// `npx aspirasi seed`: idempotent demo data (upserts by code and e-mail), safe to run again.
import { hashPassword } from '../auth/password.js';
import type { Config } from '../config.js';
import { seal } from '../security/seal.js';
import { AgencyModel, ChannelAccountModel, RoutingRuleModel, UserModel } from '../store/index.js';
import { REFERENCE_SETS, referenceCaches } from '../cache/reference-cache.js';
import { DEMO_PASSWORD, KALTIM_AGENCIES, KEYWORD_RULES, demoPeople } from './kaltim.js';
import { seedWorkflow } from './workflow.js';

export interface SeedSummary {
  agencies: number;
  users: number;
  rules: number;
  admin: { email: string; password: string };
  demoPassword: string;
}

async function upsertUser(email: string, fields: Record<string, unknown>, password: string) {
  const existing = await UserModel.exists({ email });
  if (existing) return UserModel.updateOne({ email }, { $set: fields });
  return UserModel.create({ email, ...fields, passwordHash: await hashPassword(password) });
}

export async function seedDemo(config: Config): Promise<SeedSummary> {
  // The demo logins are published in the README: a production database never gets them.
  if (config.NODE_ENV === 'production')
    throw new Error(
      'Data demo tidak pernah dibuat di production (npx aspirasi admin create untuk admin pertama).',
    );
  const agencyIds = new Map<string, string>();
  for (const a of KALTIM_AGENCIES) {
    const doc = await AgencyModel.findOneAndUpdate(
      { code: a.code },
      {
        $set: {
          name: a.name,
          shortName: a.shortName,
          isHumas: Boolean(a.isHumas),
          timezone: 'Asia/Makassar',
        },
      },
      { upsert: true, new: true },
    );
    agencyIds.set(a.code, String(doc._id));
  }
  const humasId = agencyIds.get('HUMAS')!;
  let users = 0;
  await upsertUser(
    config.SEED_ADMIN_EMAIL,
    { name: 'Admin Aspirasi', role: 'admin', agencyId: humasId },
    config.SEED_ADMIN_PASSWORD,
  );
  users++;
  for (const [i, a] of KALTIM_AGENCIES.entries()) {
    for (const p of demoPeople(a, i)) {
      await upsertUser(
        p.email,
        { name: p.name, role: p.role, agencyId: agencyIds.get(a.code) },
        DEMO_PASSWORD,
      );
      users++;
    }
  }

  // Rules are replaced as a set so re-seeding never duplicates them.
  await RoutingRuleModel.deleteMany({ name: { $regex: /^\[demo\]/ } });
  const rules = [
    ...KEYWORD_RULES.map((r, i) => ({
      name: `[demo] ${r.name}`,
      priority: 10 + i,
      conditions: { keywords: r.keywords },
      action: { agencyId: agencyIds.get(r.agency) },
    })),
    ...KALTIM_AGENCIES.filter((a) => a.topics.length && !a.isHumas).map((a, i) => ({
      name: `[demo] Topik ${a.topics.join(', ')} ke ${a.shortName}`,
      priority: 100 + i,
      conditions: { topics: a.topics },
      action: { agencyId: agencyIds.get(a.code) },
    })),
  ];
  await RoutingRuleModel.insertMany(rules);

  await ChannelAccountModel.updateOne(
    { platform: 'generic', accountId: 'lapor-web' },
    {
      $set: { name: 'Formulir web & sistem lain', agencyId: humasId },
      $setOnInsert: { credentialsSealed: seal({}, config.ENCRYPTION_KEY) },
    },
    { upsert: true },
  );
  await seedWorkflow(agencyIds);
  await referenceCaches.announce(...REFERENCE_SETS);
  return {
    agencies: KALTIM_AGENCIES.length,
    users,
    rules: rules.length,
    admin: { email: config.SEED_ADMIN_EMAIL, password: config.SEED_ADMIN_PASSWORD },
    demoPassword: DEMO_PASSWORD,
  };
}
