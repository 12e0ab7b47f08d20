import { describe, expect, it } from 'vitest';
import { chooseDatabase, databaseNote, STAND_IN_BANNER } from '../../../src/bootstrap/database.js';
import { MACHINE_REDIS_URL, planRedis, type RedisFacts } from '../../../src/bootstrap/redis.js';

const devMachine: RedisFacts = {
  redisUrl: undefined,
  production: false,
  role: 'all',
  redisServerInstalled: true,
  machineRedisAnswers: true,
};

describe('which Redis a process uses', () => {
  it("uses the operator's REDIS_URL as set and never starts one, even when it is down", () => {
    expect(planRedis({ ...devMachine, redisUrl: 'redis://queue.internal:6379' })).toEqual({
      kind: 'configured',
      url: 'redis://queue.internal:6379',
    });
  });

  it('never starts its own Redis in production or for a split role', () => {
    expect(planRedis({ ...devMachine, production: true }).kind).toBe('configured');
    expect(planRedis({ ...devMachine, role: 'api' }).kind).toBe('configured');
    expect(planRedis({ ...devMachine, role: 'worker' })).toEqual({
      kind: 'configured',
      url: MACHINE_REDIS_URL,
    });
  });

  it("npm start on a developer machine runs its own persistent Redis rather than the machine's throwaway one", () => {
    expect(planRedis(devMachine)).toEqual({ kind: 'own' });
  });

  it("uses the machine's Redis, and says so, when redis-server is not installed", () => {
    const plan = planRedis({ ...devMachine, redisServerInstalled: false });
    expect(plan).toMatchObject({ kind: 'machine', url: MACHINE_REDIS_URL });
    expect(plan.kind === 'machine' && plan.note).toContain('redis-server tidak terpasang');
  });

  it('tells a newcomer what to install when there is no Redis at all', () => {
    const plan = planRedis({ ...devMachine, redisServerInstalled: false, machineRedisAnswers: false });
    expect(plan.kind).toBe('missing');
    expect(plan.kind === 'missing' && plan.message).toContain('apt-get install redis-server');
  });
});

describe('which database a process uses', () => {
  const mongod = { path: '/usr/bin/mongod', source: 'path' as const };

  it('MONGODB_URI first, then a real mongod, and the stand-in only when no mongod can be had', () => {
    expect(chooseDatabase({ uri: 'mongodb://db:27017/a', mongod })).toBe('external');
    expect(chooseDatabase({ uri: undefined, mongod })).toBe('mongod');
    expect(chooseDatabase({ uri: undefined, mongod: null })).toBe('jongodb');
  });

  it('says in Indonesian that stand-in data is temporary and how to keep it', () => {
    const note = databaseNote({ kind: 'jongodb', persistent: false });
    expect(note).toBe(STAND_IN_BANNER);
    expect(note).toContain('data hanya sementara');
    expect(note).toContain('MONGODB_URI');
    expect(note).toContain('docker compose up');
  });

  it('says where a persistent mongod keeps its data', () => {
    expect(databaseNote({ kind: 'mongod', persistent: true }, '/srv/aspirasi/.aspirasi')).toBe(
      'Basis data: mongod lokal, data disimpan di /srv/aspirasi/.aspirasi',
    );
  });
});
