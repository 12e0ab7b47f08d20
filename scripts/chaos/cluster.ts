// One chaos cluster: its own Redis and database, two API processes and two workers side by side, the demo data
// seeded, the generic source's replies pointed at the fake platform, and an admin token for the officer.
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config.js';
import { seedDemo } from '../../src/seed/seed.js';
import { ChannelAccountModel, connectDatabase, UserModel } from '../../src/store/index.js';
import { startReplyEndpoint, SOURCE, type ReplyEndpoint } from './platform.js';
import { AspirasiProcess } from './processes.js';
import { startChaosDatabase, startChaosRedis, type ChaosDatabase, type ChaosRedis } from './services.js';

export const WEBHOOK_SECRET = 'chaos-generic-secret';

export interface Cluster {
  redis: ChaosRedis;
  db: ChaosDatabase;
  apis: AspirasiProcess[];
  workers: AspirasiProcess[];
  all: AspirasiProcess[];
  endpoint: ReplyEndpoint;
  adminToken: string;
  prefix: string;
  apiUrls: () => string[];
  deaths(): number;
  stop(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const redis = await startChaosRedis();
  const db = await startChaosDatabase();
  const prefix = `chaos${Date.now()}`;
  const env = {
    REDIS_URL: redis.url,
    MONGODB_URI: db.uri,
    QUEUE_PREFIX: prefix,
    GENERIC_WEBHOOK_SECRET: WEBHOOK_SECRET,
    // A killed worker's jobs go to another worker after this long (default 30 s; short so CI stays fast).
    JOB_LOCK_SECONDS: '4',
  };
  const config = loadConfig({ ...env, NODE_ENV: 'development' });
  await connectDatabase(db.directUri);
  const seed = await seedDemo(config);
  // Officers on duty, so each new case's routed step assigns one (and passes its crash point, followup:assigned).
  await UserModel.updateMany({ role: 'officer' }, { $set: { presence: 'online', lastSeenAt: new Date() } });
  const endpoint = await startReplyEndpoint();
  await ChannelAccountModel.updateOne(
    { platform: 'generic', accountId: SOURCE },
    { $set: { replyUrl: endpoint.url } },
  );

  const apis = [new AspirasiProcess('api1', 'api', env), new AspirasiProcess('api2', 'api', env)];
  const workers = [
    new AspirasiProcess('worker1', 'worker', env),
    new AspirasiProcess('worker2', 'worker', env),
  ];
  const all = [...apis, ...workers];
  await Promise.all(all.map((p) => p.start()));
  const login = await fetch(`${apis[0].url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: seed.admin.email, password: seed.admin.password }),
  });
  const { token } = (await login.json()) as { token: string };
  return {
    redis,
    db,
    apis,
    workers,
    all,
    endpoint,
    adminToken: token,
    prefix,
    apiUrls: () => apis.map((a) => a.url),
    deaths: () => all.reduce((n, p) => n + p.died, 0),
    stop: async () => {
      await Promise.all(all.map((p) => p.terminate()));
      await endpoint.close();
      await mongoose.disconnect();
      await db.stop();
      await redis.stop();
    },
  };
}
