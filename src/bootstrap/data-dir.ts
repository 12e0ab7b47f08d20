// Where `npm start` keeps what it must not lose between runs: the embedded database, the queue's append-only
// file, and the pid files that let the next start clean up after a crash.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.ASPIRASI_DATA_DIR ? resolve(env.ASPIRASI_DATA_DIR) : join(PROJECT_ROOT, '.aspirasi');
  mkdirSync(dir, { recursive: true });
  return dir;
}
