// What `npm start` needs before the app can run: a Redis and a database, each either the operator's (used as
// configured, never replaced) or one of our own kept in the data directory.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { pingRedis } from '../queue/redis.js';
import { databaseNote, startEmbeddedDatabase, type EmbeddedDatabase } from './database.js';
import { dataDir } from './data-dir.js';
import { MACHINE_REDIS_URL, planRedis, redisServerInstalled, startOwnRedis } from './redis.js';

export interface LocalServices {
  config: Config;
  db: EmbeddedDatabase;
  stop(): Promise<void>;
}

export async function startLocalServices(
  config: Config,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<LocalServices> {
  const dir = dataDir(env);
  const plan = planRedis({
    redisUrl: env.REDIS_URL,
    production: config.NODE_ENV === 'production',
    role: config.ROLE,
    redisServerInstalled: redisServerInstalled(),
    machineRedisAnswers: !env.REDIS_URL && (await pingRedis(MACHINE_REDIS_URL)),
  });
  if (plan.kind === 'missing') throw new Error(plan.message);
  let redisUrl = config.REDIS_URL;
  let stopRedis = async () => {};
  if (plan.kind === 'own') {
    const own = await startOwnRedis(dir);
    redisUrl = own.url;
    stopRedis = () => own.service.stop();
    console.log(`Antrean: redis-server lokal di ${own.url}, disimpan di ${dir}/redis (append-only)`);
  } else if (plan.kind === 'machine') {
    console.log(plan.note);
  } else if (!(await pingRedis(plan.url))) {
    // The operator's Redis: wait for it rather than replace it; webhooks answer 503 until it is back.
    log.warn({ url: plan.url }, 'Redis is not answering yet; continuing, connections retry until it returns');
  }

  const db = await startEmbeddedDatabase(config.MONGODB_URI, { dataDir: dir, scratchDir: dir, env });
  console.log(databaseNote(db, dir));
  return {
    config: { ...config, REDIS_URL: redisUrl, MONGODB_URI: db.uri },
    db,
    stop: async () => {
      await db.stop();
      await stopRedis();
    },
  };
}
