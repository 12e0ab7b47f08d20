// Child processes of a benchmark: Aspirasi itself (src/main.ts by ROLE) and the bare server, each on its own core
// as far as the machine allows, so the load generator never shares their event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Child {
  process: ChildProcess;
  /** The first stdout line that matched `ready`, as its capture groups. */
  ready: RegExpExecArray;
  rssMiB(): number;
  /** CPU time (user + system) the process has used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<Child> {
  // BENCH_CHILD_ARGS: node flags for the children, e.g. --cpu-prof to see where a figure goes.
  const flags = process.env.BENCH_CHILD_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = ready.exec(out);
      if (m) resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${stderr}`)));
  });
  child.stdout!.resume();
  return {
    process: child,
    ready: match,
    rssMiB: () => processRssMiB(child.pid!),
    cpuMs: () => processCpuMs(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 25_000).unref();
      }),
  };
}

/** Resident set size from /proc (Linux), in MiB. */
export function processRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** utime + stime from /proc (Linux), in ms (clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Aspirasi as production runs it (src/main.ts), one ROLE per process, logging at info. */
export const startAspirasiProcess = (role: 'api' | 'worker', env: Record<string, string>) =>
  startChild(
    'src/main.ts',
    { LOG_LEVEL: 'info', PORT: '0', ROLE: role, SEED_DEMO: role === 'api' ? 'auto' : 'never', ...env },
    role === 'api' ? /berjalan di http:\/\/localhost:(\d+)/ : /worker berjalan/,
  );
