// Vitest global setup: Redis up, and one throwaway MongoDB for the whole run (each test file uses its own database name).
import type { TestProject } from 'vitest/node';
import { ensureRedis } from '../../src/bootstrap/redis.js';
import { log } from '../../src/log.js';
import { startEmbeddedDatabase } from '../../src/store/embedded.js';

export default async function setup(project: TestProject) {
  // Real Redis for BullMQ: the configured one, or a local redis-server started for the run.
  await ensureRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', log);
  const db = await startEmbeddedDatabase(process.env.MONGODB_URI);
  console.log(`[tests] MongoDB: ${db.kind}${db.kind === 'external' ? ' (MONGODB_URI)' : ''}`);
  project.provide('mongoUri', db.uri);
  return async () => db.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}
