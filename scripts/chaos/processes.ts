// Aspirasi processes as an operator runs them: `ROLE=api` and `ROLE=worker`, started from src/main.ts with the
// chaos run's Redis and database. Every exit the harness did not cause (a kill, a SIGTERM, an injected crash)
// counts as a process that died.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort } from './services.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tsx = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;
export const LOG_DIR = mkdtempSync(join(tmpdir(), 'aspirasi-chaos-logs-'));

export interface ProcessEnv {
  REDIS_URL: string;
  MONGODB_URI: string;
  QUEUE_PREFIX: string;
  [key: string]: string;
}

export class AspirasiProcess {
  child?: ChildProcess;
  port = 0;
  /** Exits nobody asked for. */
  died = 0;
  private expected = false;
  private starts = 0;
  lastExit?: { code: number | null; signal: NodeJS.Signals | null; afterMs: number };

  constructor(
    readonly name: string,
    readonly role: 'api' | 'worker',
    private readonly env: ProcessEnv,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid() {
    return this.child?.pid;
  }

  get running() {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  /** `crashAt`: an injected crash (src/ops/crash-point.ts) - that one death is expected. */
  async start(opts: { crashAt?: string } = {}) {
    if (this.running) await this.terminate(); // an armed process that never crashed must not linger beside its successor
    if (this.role === 'api' && !this.port) this.port = await freePort();
    const log = createWriteStream(join(LOG_DIR, `${this.name}.${++this.starts}.log`));
    this.expected = Boolean(opts.crashAt);
    const child = spawn(process.execPath, ['--import', tsx, join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...this.env,
        ROLE: this.role,
        PORT: String(this.port),
        NODE_ENV: 'development',
        SEED_DEMO: 'never',
        LOG_LEVEL: 'warn',
        DOTENV_CONFIG_QUIET: 'true',
        ...(opts.crashAt ? { ASPIRASI_CRASH_AT: opts.crashAt } : { ASPIRASI_CRASH_AT: '' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const startedAt = Date.now();
    let signalledAt = 0;
    child.once('exit', (code, signal) => {
      this.lastExit = { code, signal, afterMs: Date.now() - (signalledAt || startedAt) };
      if (!this.expected) this.died++;
    });
    this.markSignalled = () => (signalledAt = Date.now());
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start within 60 s`)), 60_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (/berjalan/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited while starting (see ${LOG_DIR})`));
      });
    });
  }

  private markSignalled = () => {};

  /** SIGKILL: no shutdown code runs, like a power cut or the OOM killer. */
  async kill() {
    await this.signal('SIGKILL');
  }

  /** SIGTERM: what an orchestrator sends; resolves with how the process exited. */
  async terminate() {
    await this.signal('SIGTERM');
    return this.lastExit!;
  }

  /** Wait for an injected crash to happen. */
  async waitForExit(timeoutMs: number) {
    if (!this.running) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.child!.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private async signal(sig: NodeJS.Signals) {
    if (!this.running) return;
    this.expected = true;
    this.markSignalled();
    const exited = new Promise((resolve) => this.child!.once('exit', resolve));
    this.child!.kill(sig);
    await exited;
  }
}
