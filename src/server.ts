// Composes one Aspirasi process: workers and/or API + socket.io, by ROLE. `npm start`, the tests and the
// benchmarks all start it here, so they run exactly what production runs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWorkers } from '../workers/index.js';
import { createApp } from './app.js';
import { developmentBanner, type Config } from './config.js';
import { createContext, type AppContext } from './context.js';
import { childLog } from './log.js';
import { watchDatabase } from './ops/database-watchdog.js';
import type { AnyQueueWorker } from './queue/worker.js';
import { createRealtimeServer } from './realtime/server.js';
import { presenceSocketHandler } from './presence/presence.js';

const log = childLog('server');
/** In-flight jobs get this long to finish on shutdown; then they go back to the queue. */
const WORKER_DRAIN_MS = 20_000;
/** Each later shutdown step (sockets, HTTP, Redis) gets this long, so a dead Redis cannot hold the exit. */
const CLOSE_STEP_MS = 3000;

/** Resolves true if `work` settled within `ms`. */
async function withDeadline(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const done = work.then(
    () => true,
    () => true,
  );
  const inTime = await Promise.race([done, late]);
  clearTimeout(timer);
  return inTime;
}

async function drainWorkers(workers: AnyQueueWorker[], ms: number) {
  if (await withDeadline(Promise.all(workers.map((w) => w.close())), ms)) return;
  const returned = await Promise.all(workers.map((w) => w.returnInFlight()));
  log.warn(
    { returned: returned.reduce((a, b) => a + b, 0) },
    'shutdown deadline: in-flight jobs handed back',
  );
  await withDeadline(Promise.all(workers.map((w) => w.close(true))), CLOSE_STEP_MS);
}

export interface RunningAspirasi {
  ctx: AppContext;
  url: string;
  port: number;
  workers: AnyQueueWorker[];
  /** The express app and socket.io server of an API process (the authorization matrix lists their routes). */
  express?: ReturnType<typeof createApp>;
  io?: ReturnType<typeof createRealtimeServer>['io'];
  stop(): Promise<void>;
}

/** Builds one process in one order: context, then the workers (by ROLE), then HTTP and socket.io (by ROLE). */
export async function startAspirasi(config: Config): Promise<RunningAspirasi> {
  const banner = developmentBanner(config);
  if (banner) console.warn(banner);
  const ctx = createContext(config);
  const runApi = config.ROLE !== 'worker';
  const workers: AnyQueueWorker[] = config.ROLE !== 'api' ? await startWorkers(ctx) : [];
  let http: Server | undefined;
  let realtime: ReturnType<typeof createRealtimeServer> | undefined;
  let port = 0;
  let expressApp: ReturnType<typeof createApp> | undefined;
  if (runApi) {
    expressApp = createApp(ctx);
    http = createServer(expressApp);
    realtime = createRealtimeServer(http, config, [presenceSocketHandler]);
    await new Promise<void>((resolve) => http!.listen(config.PORT, resolve));
    port = (http.address() as AddressInfo).port;
  }
  const watchdog = config.MONGODB_URI ? watchDatabase(config.MONGODB_URI) : undefined;
  const url = `http://127.0.0.1:${port}`;
  return {
    ctx,
    url,
    port,
    workers,
    express: expressApp,
    io: realtime?.io,
    // Graceful: stop taking requests and jobs, let in-flight jobs finish until the deadline (then hand them back
    // to the queue for another worker), then drop connections. Compose gives the process 30 s after SIGTERM.
    stop: async () => {
      watchdog?.stop();
      const httpClosed = new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
      await drainWorkers(workers, WORKER_DRAIN_MS);
      await withDeadline(realtime?.close() ?? Promise.resolve(), CLOSE_STEP_MS);
      http?.closeAllConnections();
      await withDeadline(httpClosed, CLOSE_STEP_MS);
      await withDeadline(ctx.close(), CLOSE_STEP_MS);
    },
  };
}
