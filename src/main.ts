// `npm start`: one command from a fresh clone to a running inbox with demo data.
import { loadConfig, ConfigError } from './config.js';
import { childLog } from './log.js';
import { ensureRedis } from './bootstrap/redis.js';
import { startEmbeddedDatabase } from './store/embedded.js';
import { AgencyModel, connectDatabase, disconnectDatabase } from './store/index.js';
import { seedDemo } from './seed/seed.js';
import { startAspirasi } from './server.js';
import { startOptions } from './wiring.js';

const log = childLog('main');

async function main() {
  const config = loadConfig();
  if (config.ROLE !== 'all' && !config.MONGODB_URI) {
    // Split processes must share one database; each would otherwise start its own throwaway one.
    throw new ConfigError('ROLE=api/worker butuh MONGODB_URI yang sama untuk semua proses.');
  }
  await ensureRedis(config.REDIS_URL, log);
  const db = await startEmbeddedDatabase(config.MONGODB_URI);
  if (db.kind !== 'external')
    log.warn({ kind: db.kind }, 'no MONGODB_URI: using a throwaway embedded database');
  await connectDatabase(db.uri);

  if (config.SEED_DEMO === 'auto' && config.ROLE !== 'worker' && !(await AgencyModel.exists({}))) {
    const s = await seedDemo(config);
    log.info({ agencies: s.agencies, users: s.users, rules: s.rules }, 'seeded demo data (empty database)');
    console.log(
      `\nData demo Kaltim dibuat. Masuk sebagai:\n` +
        `  admin     ${s.admin.email} / ${s.admin.password}\n` +
        `  petugas   pupr.petugas1@demo.aspirasi.id / ${s.demoPassword}\n` +
        `  pimpinan  humas.spv@demo.aspirasi.id / ${s.demoPassword}\n`,
    );
  }

  const app = await startAspirasi(config, await startOptions(config));
  if (config.ROLE !== 'worker')
    console.log(`Aspirasi berjalan di http://localhost:${app.port} (ROLE=${config.ROLE})`);
  else console.log('Aspirasi worker berjalan (ROLE=worker)');

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing in-flight jobs');
    await app.stop();
    await disconnectDatabase();
    await db.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(
    err instanceof ConfigError ? err.message : `Aspirasi gagal berjalan: ${(err as Error).message}`,
  );
  process.exit(1);
});
