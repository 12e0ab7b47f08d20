// Report latency over a year of history: rollup documents for BENCH_CASES_PER_DAY (default 100) cases a day
// for a year, made by the same contributions() and foldIncrements() code the case-events worker applies
// (written in bulk here, not through one transaction per case), then the summary, time series and monthly
// report read back. Baseline in the same run: reading as many documents as the year has cases, which is what
// a report that loads every case would read. The MongoDB stand-in writes a few dozen documents a second and slows
// past ~10k, so on it only the documents the measured reports can read are written: the province scope without
// officers, every month and week, and the days of January and June (the partial month of the unaligned year and the
// month of the monthly report). With BENCH_ALL_SCOPES=1 or a real MongoDB, everything is written; the queries go
// by index on (scope, dim, period, key), so the other documents change what is stored, not what is read.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedDatabase, withDatabaseName } from '../src/bootstrap/database.js';
import { loadConfig } from '../src/config.js';
import { log } from '../src/log.js';
import { buildMonthlyReport } from '../src/reports/monthly/data.js';
import { summaryReport, timeseriesReport } from '../src/reports/rollup-report.js';
import { provinceScope } from '../src/reports/scope.js';
import { foldIncrements } from '../src/rollups/apply.js';
import { contributions } from '../src/rollups/contributions.js';
import type { FactKind } from '../src/domain/fact-kinds.js';
import type { Fact } from '../src/rollups/facts.js';
import { seedDemo } from '../src/seed/seed.js';
import {
  AgencyModel,
  connectDatabase,
  disconnectDatabase,
  RollupModel,
  UserModel,
} from '../src/store/index.js';
import { figure } from './format.js';

const PER_DAY = Number(process.env.BENCH_CASES_PER_DAY ?? 100);
const DAYS = 365;
const RUNS = 7;
const TARGET_MS = 500; // "a year answers well under a second"
const CHANNELS = ['whatsapp', 'instagram', 'facebook', 'x', 'telegram', 'webform'];
const TOPICS = [
  'infrastruktur',
  'kesehatan',
  'pendidikan',
  'sosial',
  'lingkungan',
  'bencana',
  'transportasi',
  'ekonomi',
  'kependudukan',
  'ketertiban',
  'energi',
  'tata_kelola',
  'kepegawaian',
  'pariwisata',
  'lainnya',
];
const REGIONS = [
  'samarinda',
  'balikpapan',
  'bontang',
  'kutai_kartanegara',
  'kutai_timur',
  'kutai_barat',
  'berau',
  'paser',
  'penajam_paser_utara',
  'mahakam_ulu',
];

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)], value };
}

async function main() {
  log.level = 'warn';
  const config = loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'warn' });
  const db = await startEmbeddedDatabase(process.env.MONGODB_URI, {
    scratchDir: mkdtempSync(join(tmpdir(), 'aspirasi-bench-')),
  });
  await connectDatabase(withDatabaseName(db.uri, `bench_rollups_${Date.now()}`));
  await seedDemo(config);
  const agencies = (await AgencyModel.find().lean()).map((a) => String(a._id));
  const officers = new Map<string, string[]>();
  for (const u of await UserModel.find({ role: 'officer' }).lean()) {
    officers.set(String(u.agencyId), [...(officers.get(String(u.agencyId)) ?? []), String(u._id)]);
  }
  const zones = { province: 'Asia/Makassar', of: () => 'Asia/Makassar' };
  const start = Date.parse('2026-01-01T00:00:00+08:00');
  const keepAll = process.env.BENCH_ALL_SCOPES === '1' || db.kind !== 'jongodb';
  const readable = (i: { scope: string; dim: string; period: string; key: string }) =>
    i.scope === 'p' && i.dim !== 'officer' && (i.period !== 'day' || /^2026-0[16]-/.test(i.key));
  const folded = new Map<string, ReturnType<typeof contributions>[number]>();
  let cases = 0;
  for (let d = 0; d < DAYS; d++) {
    for (let i = 0; i < PER_DAY; i++) {
      cases++;
      const created = new Date(start + d * 86_400_000 + rand() * 86_400_000);
      const agencyId = pick(agencies);
      const base = {
        conversationId: `c${cases}`,
        agencyId,
        officerId: pick(officers.get(agencyId) ?? [null as unknown as string]) ?? null,
        channel: pick(CHANNELS),
        topic: pick(TOPICS),
        region: pick(REGIONS),
        urgency: 'normal',
      };
      const fact = (kind: FactKind, minutes: number, extra: Partial<Fact> = {}): Fact => ({
        ...base,
        key: `${kind}:c${cases}`,
        kind,
        at: new Date(created.getTime() + minutes * 60_000),
        ...extra,
      });
      const frMinutes = Math.exp(rand() * 7);
      const facts = [fact('created', 0), fact('arrived', 0), fact('assigned', 1)];
      if (rand() < 0.9)
        facts.push(
          fact('first_response', frMinutes, { minutes: frMinutes, workingMinutes: frMinutes * 0.6 }),
        );
      if (rand() < 0.7)
        facts.push(
          fact('resolved', frMinutes * 20, { minutes: frMinutes * 20, workingMinutes: frMinutes * 8 }),
        );
      if (rand() < 0.8) facts.push(fact('sla', frMinutes, { outcome: rand() < 0.8 ? 'met' : 'breached' }));
      for (const f of facts) {
        for (const inc of contributions(f, zones)) {
          if (!keepAll && !readable(inc)) continue;
          const id = `${inc.scope}|${inc.dim}|${inc.value}|${inc.period}|${inc.key}`;
          const seen = folded.get(id);
          if (!seen) folded.set(id, { ...inc, inc: { ...inc.inc } });
          else for (const [k, n] of Object.entries(inc.inc)) seen.inc[k] = (seen.inc[k] ?? 0) + n;
        }
      }
    }
  }
  const ops = foldIncrements([...folded.values()]);
  const t0 = performance.now();
  const docs = ops.map((o) => {
    const [scope, dim, value, period, key] = o.updateOne.filter._id.split('|');
    const doc: Record<string, unknown> = {
      _id: o.updateOne.filter._id,
      scope,
      dim,
      value,
      period,
      key,
      c: {},
      h: {},
      hw: {},
    };
    for (const [path, n] of Object.entries(o.updateOne.update.$inc)) {
      const parts = path.split('.');
      let node = doc as Record<string, unknown>;
      for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
      node[parts[parts.length - 1]] = n;
    }
    return doc;
  });
  const collection = RollupModel.collection as unknown as mongoose.mongo.Collection<{ _id: string }>;
  for (let i = 0; i < docs.length; i += 2000)
    await collection.insertMany(docs.slice(i, i + 2000) as never[], { ordered: false });
  const seedSeconds = (performance.now() - t0) / 1000;

  const year = { from: new Date(start), to: new Date(start + DAYS * 86_400_000) };
  // An unaligned year: the days of a partial January, then whole months.
  const rolling = { from: new Date(start + 15 * 86_400_000), to: new Date(start + (15 + DAYS) * 86_400_000) };
  const province = await provinceScope();
  const byAgency = await timed(() => summaryReport(province, 'agency', year.from, year.to));
  const byTopic = await timed(() => summaryReport(province, 'topic', rolling.from, rolling.to));
  const byChannel = await timed(() => summaryReport(province, 'channel', rolling.from, rolling.to));
  const weekly = await timed(() => timeseriesReport(province, 'channel', 'week', year.from, year.to));
  const monthly = await timed(async () => ({ report: await buildMonthlyReport(province, '2026-06') }));
  const everything = await timed(() => RollupModel.find().lean());
  const perDocMs = everything.ms / everything.value.length;

  console.log(
    `database: ${db.kind}; ${cases} cases over ${DAYS} days -> ${docs.length} rollup documents` +
      `${keepAll ? '' : ' (those the reports read: province, no officers, days of Jan and Jun)'} written in ${seedSeconds.toFixed(1)} s`,
  );
  console.log(`check: the year's total volume is ${byAgency.value.total.volume} (expected ${cases})`);
  const line = (name: string, r: { ms: number; value: { documentsRead?: number } }) =>
    console.log(
      `${figure(name, r.ms, 'ms', TARGET_MS, false)}  (${r.value.documentsRead ?? '?'} documents read)`,
    );
  line('summary, calendar year, by agency', byAgency);
  line('summary, rolling year, by topic', byTopic);
  line('summary, rolling year, by channel', byChannel);
  line('time series, year, weekly', weekly);
  console.log(figure('monthly report data, province', monthly.ms, 'ms', TARGET_MS, false));
  console.log(
    `baseline: reading all ${everything.value.length} rollup documents took ${everything.ms.toFixed(0)} ms ` +
      `(${perDocMs.toFixed(3)} ms a document); a report reading one document per case would read ${cases} ` +
      `(~${((perDocMs * cases) / 1000).toFixed(1)} s at that rate): ${(cases / byAgency.value.documentsRead).toFixed(0)}x ` +
      `the ${byAgency.value.documentsRead} the year summary by agency reads`,
  );
  await disconnectDatabase();
  await db.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
