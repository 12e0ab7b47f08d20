// Vitest global setup: one throwaway MongoDB for the whole run (each test file uses its own database name).
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../src/store/embedded.js';

export default async function setup(project: TestProject) {
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
