// A retrain in another process (`aspirasi train`) reaches a running worker through Redis: the classifier handle
// that ingest holds answers with the new modelVersion, without a restart; a message missed while the
// subscriber was disconnected is made up for on reconnect; a repeated message changes nothing.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, reloadClassifier, trainAndWrite } from '../../src/classify/index.js';
import { loadTextClassifier } from '../../src/classify/load.js';
import {
  MODEL_UPDATED_CHANNEL,
  publishModelUpdatedTo,
  subscribeModelUpdates,
  type ModelUpdates,
} from '../../src/pipeline/model-updates.js';
import { createRedis } from '../../src/queue/redis.js';

const run = promisify(execFile);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const log = pino({ level: 'silent' });
const text = 'banjir belum surut sudah 3 hari, tolong kirim perahu';

async function until(check: () => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

let dir: string;
let corpusDir: string;
let updates: ModelUpdates;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aspirasi-reload-'));
  corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir);
  const modelsDir = join(dir, 'models');
  mkdirSync(modelsDir);
  // A small corpus keeps each retrain to a second: a sample of every project corpus file.
  const lines = readFileSync(join('data/corpus', 'bencana.jsonl'), 'utf8').split('\n').slice(0, 60);
  const more = readFileSync(join('data/corpus', 'danger-now.jsonl'), 'utf8').split('\n').slice(0, 60);
  writeFileSync(join(corpusDir, 'sample.jsonl'), [...lines, ...more].join('\n'));
  const first = trainAndWrite(readCorpus(corpusDir).examples, [], modelsDir);
  reloadClassifier(first.path);
  updates = subscribeModelUpdates(REDIS_URL, log, modelsDir);
});
afterAll(() => updates?.close());

describe('model reload across processes', { timeout: 120_000 }, () => {
  it('a worker classifies with the version `aspirasi train` wrote in another process', async () => {
    const ingest = await loadTextClassifier(log); // the handle the inbound worker keeps from start-up
    expect(ingest.classify(text).modelVersion).toBe('v1');
    const out = await run(
      'npx',
      ['tsx', 'src/cli/index.ts', 'train', '--corpus', corpusDir, '--out', join(dir, 'models')],
      {
        env: { ...process.env, REDIS_URL },
      },
    );
    expect(out.stdout).toContain('Model v2 ditulis');
    expect(out.stdout).toContain('diberi tahu lewat Redis');
    await until(() => ingest.classify(text).modelVersion === 'v2');
    expect(readdirSync(join(dir, 'models')).sort()).toEqual(['classifier-v1.json', 'classifier-v2.json']);
  });

  it('catches up after losing the connection, and ignores a repeated message', async () => {
    const ingest = await loadTextClassifier(log);
    const admin = createRedis(REDIS_URL);
    try {
      // Written while the subscriber is cut off: its message would be lost, pub/sub keeps nothing.
      const clients = String(await admin.client('LIST'));
      const line = clients.split('\n').find((l) => l.includes(`name=aspirasi-model-updates-${process.pid}`));
      const id = /id=(\d+)/.exec(line ?? '')?.[1];
      expect(id).toBeDefined();
      await admin.client('KILL', 'ID', id!);
      trainAndWrite(readCorpus(corpusDir).examples, [], join(dir, 'models'));
      await until(() => ingest.classify(text).modelVersion === 'v3');

      expect(await publishModelUpdatedTo(REDIS_URL, 'v3')).toBe(true);
      expect(await admin.publish(MODEL_UPDATED_CHANNEL, JSON.stringify({ version: 'v3' }))).toBeGreaterThan(
        0,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(ingest.classify(text).modelVersion).toBe('v3');
    } finally {
      admin.disconnect();
    }
  });

  it('the train command says so when Redis is unreachable, and the model is still written', async () => {
    const out = await run(
      'npx',
      ['tsx', 'src/cli/index.ts', 'train', '--corpus', corpusDir, '--out', join(dir, 'models')],
      {
        env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1' },
      },
    );
    expect(out.stdout).toContain('Model v4 ditulis');
    expect(out.stdout).toContain('Redis tidak terjangkau');
  });
});
