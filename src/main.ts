// `npm start`: one command from a fresh clone to a running inbox with demo data.
import { startLocalServices } from './bootstrap/local-services.js';
import { loadConfig, ConfigError } from './config.js';
import { childLog } from './log.js';
import { seedDemo } from './seed/seed.js';
import { startAspirasi } from './server.js';
import { AgencyModel, connectDatabase, disconnectDatabase } from './store/index.js';

const log = childLog('main');

async function main() {
  const loaded = loadConfig();
  if (loaded.ROLE !== 'all' && !loaded.MONGODB_URI) {
    // Split processes must share one database; each would otherwise start its own.
    throw new ConfigError('ROLE=api/worker butuh MONGODB_URI yang sama untuk semua proses.');
  }
  const services = await startLocalServices(loaded, process.env, log);
  const { config } = services;
  await connectDatabase(config.MONGODB_URI!);

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

  const app = await startAspirasi(config);

  let stopping = false;
  const shutdown = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight jobs');
    try {
      await app.stop();
      await disconnectDatabase();
    } finally {
      await services.stop();
      process.exit(code);
    }
  };
  // Listening before saying we run: whoever reads that line may stop us at once (a signal before the handler
  // kills outright). `on`, not `once`: a signal repeated while shutting down must not kill us halfway.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.ROLE !== 'worker')
    console.log(`Aspirasi berjalan di http://localhost:${app.port} (ROLE=${config.ROLE})`);
  else console.log('Aspirasi worker berjalan (ROLE=worker)');
}

main().catch((err) => {
  console.error(
    err instanceof ConfigError ? err.message : `Aspirasi gagal berjalan: ${(err as Error).message}`,
  );
  // Our own database and Redis die with us (src/bootstrap/service-process.ts), so exiting is enough.
  process.exit(1);
});
