// A throwaway MongoDB for development and tests, in the order DESIGN.md sets:
// MONGODB_URI if set; else mongodb-memory-server when a real mongod is at hand; else the jongodb stand-in.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface EmbeddedDatabase {
  uri: string;
  kind: 'external' | 'mongodb-memory-server' | 'jongodb';
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

function findSystemMongod(): string | undefined {
  if (process.env.MONGOMS_SYSTEM_BINARY) return process.env.MONGOMS_SYSTEM_BINARY;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'mongod'))) return join(dir, 'mongod');
  }
  return undefined;
}

async function startMemoryServer(binary: string): Promise<EmbeddedDatabase> {
  const { MongoMemoryReplSet } = await import('mongodb-memory-server');
  const rs = await MongoMemoryReplSet.create({ replSet: { count: 1 }, binary: { systemBinary: binary } });
  return { uri: rs.getUri(), kind: 'mongodb-memory-server', stop: async () => void (await rs.stop()) };
}

function jongodbBinary(): string {
  const pkg = require.resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json');
  return join(dirname(pkg), 'bin', 'jongodb');
}

async function startJongodb(): Promise<EmbeddedDatabase> {
  const child: ChildProcess = spawn(
    jongodbBinary(),
    ['--host=127.0.0.1', '--port=0', '--topology-profile=singleNodeReplicaSet'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const uri = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('jongodb tidak siap dalam 15 detik')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /JONGODB_URI=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`jongodb berhenti (kode ${code}) sebelum siap`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { uri, kind: 'jongodb', stop };
}

export async function startEmbeddedDatabase(uriFromEnv = process.env.MONGODB_URI): Promise<EmbeddedDatabase> {
  if (uriFromEnv) return { uri: uriFromEnv, kind: 'external', stop: async () => {} };
  const mongod = findSystemMongod();
  if (mongod) {
    try {
      return await startMemoryServer(mongod);
    } catch {
      // fall through to the stand-in
    }
  }
  return startJongodb();
}

/** The same server, another database: tests use one database name per file. */
export function withDatabaseName(uri: string, name: string): string {
  const url = new URL(uri);
  url.pathname = `/${name}`;
  return url.toString();
}
