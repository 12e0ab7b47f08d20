// One Aspirasi for a benchmark: real Redis, the embedded database (or MONGODB_URI) with command monitoring,
// the Kaltim demo seeded, and the API and workers in this process unless `role` says otherwise.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase, withDatabaseName } from '../../src/bootstrap/database.js';
import { ensureTestRedis, MACHINE_REDIS_URL } from '../../src/bootstrap/redis.js';
import { loadConfig, type Config } from '../../src/config.js';
import { log } from '../../src/log.js';
import { seedDemo } from '../../src/seed/seed.js';
import { startAspirasi, type RunningAspirasi } from '../../src/server.js';
import { connectDatabase, disconnectDatabase } from '../../src/store/index.js';
import { withCommandMonitoring } from './command-counter.js';

export interface BenchStack {
  app: RunningAspirasi;
  config: Config;
  databaseKind: string;
  /** The database URI (with its name) other processes of the same run connect to. */
  databaseUri: string;
  stop(): Promise<void>;
}

export async function startBenchStack(env: Record<string, string> = {}): Promise<BenchStack> {
  log.level = 'warn';
  const redis = await ensureTestRedis(process.env.REDIS_URL);
  const db = await startEmbeddedDatabase(process.env.MONGODB_URI, {
    scratchDir: mkdtempSync(join(tmpdir(), 'aspirasi-bench-')),
  });
  const databaseUri = withDatabaseName(db.uri, `bench_${randomBytes(4).toString('hex')}`);
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'warn',
    REDIS_URL: process.env.REDIS_URL || MACHINE_REDIS_URL,
    MONGODB_URI: databaseUri,
    QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
    ...env,
  });
  await connectDatabase(withCommandMonitoring(databaseUri));
  await seedDemo(config);
  const app = await startAspirasi(config);
  return {
    app,
    config,
    databaseKind: db.kind,
    databaseUri,
    stop: async () => {
      await app.stop();
      await disconnectDatabase();
      await db.stop();
      await redis.stop();
    },
  };
}
