// Vitest global setup: Redis up, and one throwaway MongoDB for the whole run (each test file uses its own database name).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../src/bootstrap/database.js';
import { ensureTestRedis } from '../../src/bootstrap/redis.js';

export default async function setup(project: TestProject) {
  // Real Redis for BullMQ: the configured one, or the machine's, or a throwaway redis-server for the run.
  const redis = await ensureTestRedis(process.env.REDIS_URL);
  // A cached or installed mongod is used; downloading one is left to `npm start` (seconds per run when offline).
  process.env.MONGOMS_RUNTIME_DOWNLOAD ??= 'false';
  const scratchDir = mkdtempSync(join(tmpdir(), 'aspirasi-test-db-'));
  const db = await startEmbeddedDatabase(process.env.MONGODB_URI, { scratchDir });
  console.log(`[tests] MongoDB: ${db.kind}${db.kind === 'external' ? ' (MONGODB_URI)' : ''}`);
  project.provide('mongoUri', db.uri);
  return async () => {
    await db.stop();
    await redis.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}
