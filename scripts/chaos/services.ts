// The services a chaos run owns: its own redis-server (append-only, fsync always) on a free port, and the test
// database (the jongodb stand-in, standalone so a TCP proxy in front of it is the only way in) behind that proxy.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pingRedis } from '../../src/queue/redis.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ChaosRedis {
  url: string;
  kill(): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Killed and restarted on the same port and directory, it comes back from its append-only file. */
export async function startChaosRedis(): Promise<ChaosRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'aspirasi-chaos-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'yes',
  ];
  const start = async () => {
    child = spawn('redis-server', [...args, '--appendfsync', 'always', '--maxmemory-policy', 'noeviction'], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      if (await pingRedis(url, 200)) return;
      await sleep(50);
    }
    throw new Error('redis-server did not answer within 5 s');
  };
  await start();
  return {
    url,
    kill: () => child?.kill('SIGKILL'),
    start,
    stop: async () => {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface ChaosDatabase {
  /** What the Aspirasi processes use: through the proxy. */
  uri: string;
  /** What the harness uses to check results: straight to the server. */
  directUri: string;
  proxy: TcpProxy;
  stop(): Promise<void>;
}

function jongodbBinary(): string {
  const require = createRequire(import.meta.url);
  return join(
    dirname(require.resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json')),
    'bin',
    'jongodb',
  );
}

export async function startChaosDatabase(): Promise<ChaosDatabase> {
  // Standalone: a replica-set member would tell the driver its own address, and the driver would bypass the proxy.
  const child = spawn(jongodbBinary(), ['--host=127.0.0.1', '--port=0', '--topology-profile=standalone'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const direct = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('jongodb did not start within 15 s')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /JONGODB_URI=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  const port = Number(new URL(direct).port);
  const proxy = await startTcpProxy({ host: '127.0.0.1', port });
  return {
    uri: `mongodb://127.0.0.1:${proxy.port}/chaos`,
    directUri: `mongodb://127.0.0.1:${port}/chaos`,
    proxy,
    stop: async () => {
      await proxy.close();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
