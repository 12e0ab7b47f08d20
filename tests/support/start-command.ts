// Runs `src/main.ts` (what `npm start` runs) as its own process, the way a newcomer does, and finds the processes
// it left behind by the data directory in their command line.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StartedServer {
  child: ChildProcess;
  output: () => string;
  url: string;
  redisUrl: string | null;
}

/** The environment a newcomer has: no REDIS_URL, no MONGODB_URI, development, a data directory of the test's. */
export function newcomerEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASPIRASI_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' };
  for (const k of ['REDIS_URL', 'MONGODB_URI', 'NODE_ENV', 'QUEUE_PREFIX']) delete env[k];
  // The download of a mongod is tried by hand elsewhere; here it would only add seconds when offline.
  env.MONGOMS_RUNTIME_DOWNLOAD = 'false';
  return env;
}

export async function startServerProcess(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<StartedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /berjalan di (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  const redisUrl = /redis-server lokal di (redis:\/\/\S+),/.exec(out)?.[1] ?? null;
  return { child, output: () => out, url, redisUrl };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Pids of live processes whose command line mentions `marker` (our data directory). */
export function processesMentioning(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmd = readFileSync(join('/proc', entry, 'cmdline'), 'utf8');
      const state = /State:\s+(\w)/.exec(readFileSync(join('/proc', entry, 'status'), 'utf8'))?.[1];
      if (cmd.includes(marker) && state !== 'Z') pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** The pids of the database and Redis the server started, from the pid files in its data directory. */
export function servicePids(dataDir: string): Record<string, number> {
  const pids: Record<string, number> = {};
  for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.pid')))
    pids[f.replace(/\.pid$/, '')] = Number(readFileSync(join(dataDir, f), 'utf8'));
  return pids;
}

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    const state = /State:\s+(\w)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return state !== 'Z';
  } catch {
    return false;
  }
};

export async function waitUntil(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}
