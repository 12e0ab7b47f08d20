// A database or Redis that `npm start` runs for itself must never outlive it. The service runs under a small
// shell that kills it as soon as our end of its stdin pipe closes, which the kernel does however we exit (signal,
// crash, even SIGKILL). Its pid is also written to the data directory, so a start after a power cut or a stuck
// shell removes a stale one before binding the same files.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the service has exited (after `stop()` or on its own). */
  exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
}

// $0 is the service binary. fd 3 keeps our pipe; the service itself gets neither it nor stdin.
const WATCHDOG =
  'exec 3<&0; "$0" "$@" </dev/null 3<&- & c=$!; echo $c > "$ASPIRASI_PIDFILE"; ' +
  '(read _ <&3; kill $c 2>/dev/null) & wait $c';

export const pidFile = (dir: string, name: string) => join(dir, `${name}.pid`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The command line of a process, or '' when it is gone (Linux /proc). */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Kill the process a previous run left in `dir`, but only if it is still that service (pids get reused). */
export async function killStale(dir: string, name: string, marker: string): Promise<number | null> {
  const file = pidFile(dir, name);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  rmSync(file, { force: true });
  if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid) || !commandLine(pid).includes(marker)) return null;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return pid;
}

export function startServiceProcess(
  name: string,
  command: string,
  args: string[],
  dir: string,
  opts: { stdout?: boolean } = {},
): ServiceProcess {
  const child = spawn('sh', ['-c', WATCHDOG, command, ...args], {
    stdio: ['pipe', opts.stdout ? 'pipe' : 'ignore', 'ignore'],
    env: { ...process.env, ASPIRASI_PIDFILE: pidFile(dir, name) },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (timeoutMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null)
      return rmSync(pidFile(dir, name), { force: true });
    child.stdin!.end(); // the watchdog sends the service SIGTERM: Redis flushes its AOF, databases close cleanly
    const timer = setTimeout(() => {
      const pid = Number(readFileSync(pidFile(dir, name), 'utf8'));
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }, timeoutMs);
    await exited;
    clearTimeout(timer);
    rmSync(pidFile(dir, name), { force: true });
  };
  return { name, child, exited, stop };
}
