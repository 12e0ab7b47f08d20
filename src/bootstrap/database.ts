// The database a process uses when no MONGODB_URI is set: a real mongod through
// mongodb-memory-server whenever one can be had (MONGOMS_SYSTEM_BINARY, `mongod` on PATH, the package's cache, or
// its download where the network allows), else the jongodb stand-in. `npm start` keeps the mongod's data in the
// data directory as a single-node replica set on a port that stays the same across restarts (the replica set
// records it); tests use a throwaway one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './redis.js';
import { killStale, startServiceProcess } from './service-process.js';

export type DatabaseKind = 'external' | 'mongod' | 'jongodb';

export interface EmbeddedDatabase {
  uri: string;
  kind: DatabaseKind;
  /** Whether what is stored survives a restart. */
  persistent: boolean;
  stop(): Promise<void>;
}

export interface DatabaseFacts {
  uri: string | undefined;
  /** A mongod binary we can run, and where it came from, or null. */
  mongod: { path: string; source: 'env' | 'path' | 'mongodb-memory-server' } | null;
}

export function chooseDatabase(f: DatabaseFacts): DatabaseKind {
  if (f.uri) return 'external';
  return f.mongod ? 'mongod' : 'jongodb';
}

/** Printed on the terminal (not only logged) when `npm start` falls back to the stand-in. */
export const STAND_IN_BANNER = [
  '┌──────────────────────────────────────────────────────────────────────────┐',
  '│ PERHATIAN: data hanya sementara.                                         │',
  '│ MongoDB (mongod) tidak tersedia di mesin ini, jadi Aspirasi memakai      │',
  '│ basis data pengganti di memori: semua percakapan HILANG saat berhenti.   │',
  '│ Agar data tersimpan: set MONGODB_URI ke MongoDB Anda, atau jalankan      │',
  '│ `docker compose up`, atau sediakan mongod (MONGOMS_SYSTEM_BINARY).       │',
  '└──────────────────────────────────────────────────────────────────────────┘',
].join('\n');

export const databaseNote = (db: Pick<EmbeddedDatabase, 'kind' | 'persistent'>, dir?: string) =>
  db.kind === 'external'
    ? 'Basis data: MONGODB_URI'
    : db.kind === 'mongod'
      ? `Basis data: mongod lokal${db.persistent && dir ? `, data disimpan di ${dir}` : ' (sementara)'}`
      : STAND_IN_BANNER;

function mongodOnPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'mongod'))) return join(dir, 'mongod');
  }
  return undefined;
}

/** Looks for a mongod; may download one through mongodb-memory-server (a few seconds when offline). */
export async function findMongod(env: NodeJS.ProcessEnv = process.env): Promise<DatabaseFacts['mongod']> {
  if (env.MONGOMS_SYSTEM_BINARY) return { path: env.MONGOMS_SYSTEM_BINARY, source: 'env' };
  const onPath = mongodOnPath(env);
  if (onPath) return { path: onPath, source: 'path' };
  try {
    const { MongoBinary } = await import('mongodb-memory-server');
    return { path: await MongoBinary.getPath({}), source: 'mongodb-memory-server' };
  } catch {
    return null; // offline and nothing cached
  }
}

async function stablePort(dir: string): Promise<number> {
  const file = join(dir, 'mongodb.port');
  if (existsSync(file)) return Number(readFileSync(file, 'utf8'));
  const port = await freePort();
  writeFileSync(file, String(port));
  return port;
}

async function startMongod(binary: string, dir?: string): Promise<EmbeddedDatabase> {
  const { MongoMemoryReplSet } = await import('mongodb-memory-server');
  const instance = dir
    ? { dbPath: join(dir, 'mongodb'), port: await stablePort(dir), storageEngine: 'wiredTiger' as const }
    : {};
  if (dir) {
    mkdirSync(instance.dbPath!, { recursive: true });
    await killStale(dir, 'mongod', instance.dbPath!);
  }
  const rs = await MongoMemoryReplSet.create({
    binary: { systemBinary: binary },
    replSet: { count: 1, name: 'aspirasi' },
    instanceOpts: [instance],
  });
  // mongodb-memory-server runs its own watchdog that kills mongod when we die; the pid file covers the rest.
  const pid = rs.servers[0]?.instanceInfo?.instance.mongodProcess?.pid;
  if (dir && pid) writeFileSync(join(dir, 'mongod.pid'), String(pid));
  return {
    uri: rs.getUri(),
    kind: 'mongod',
    persistent: Boolean(dir),
    stop: async () => void (await rs.stop({ doCleanup: !dir })),
  };
}

const require = createRequire(import.meta.url);

function jongodbBinary(): string {
  const pkg = require.resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json');
  return join(dirname(pkg), 'bin', 'jongodb');
}

async function startJongodb(dir: string): Promise<EmbeddedDatabase> {
  await killStale(dir, 'jongodb', 'jongodb');
  const service = startServiceProcess(
    'jongodb',
    jongodbBinary(),
    ['--host=127.0.0.1', '--port=0', '--topology-profile=singleNodeReplicaSet'],
    dir,
    { stdout: true },
  );
  const uri = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('jongodb tidak siap dalam 15 detik')), 15_000);
    service.child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /JONGODB_URI=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void service.exited.then((code) => reject(new Error(`jongodb berhenti (kode ${code}) sebelum siap`)));
  });
  return { uri, kind: 'jongodb', persistent: false, stop: () => service.stop() };
}

/**
 * The database for a process: MONGODB_URI, else a mongod (persistent in `opts.dataDir` when given), else the
 * stand-in. `opts.dataDir` also holds the pid files that clean up after a crash.
 */
export async function startEmbeddedDatabase(
  uri: string | undefined,
  opts: { dataDir?: string; scratchDir: string; env?: NodeJS.ProcessEnv },
): Promise<EmbeddedDatabase> {
  if (uri) return { uri, kind: 'external', persistent: true, stop: async () => {} };
  const mongod = await findMongod(opts.env);
  if (chooseDatabase({ uri, mongod }) === 'mongod') {
    try {
      return await startMongod(mongod!.path, opts.dataDir);
    } catch (err) {
      console.error(
        `mongod tidak bisa dijalankan (${(err as Error).message}); memakai basis data pengganti.`,
      );
    }
  }
  return startJongodb(opts.dataDir ?? opts.scratchDir);
}

/** The same server, another database: tests use one database name per file. */
export function withDatabaseName(uri: string, name: string): string {
  const url = new URL(uri);
  url.pathname = `/${name}`;
  return url.toString();
}
