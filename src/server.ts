// Composes one Aspirasi process: API + socket.io and/or workers, by ROLE. Used by `npm start` and by tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from 'bullmq';
import { startInboundWorker } from '../workers/inbound.js';
import { startOutboundWorker } from '../workers/outbound.js';
import { createApp } from './app.js';
import { developmentBanner, type Config } from './config.js';
import { createContext, type AppContext } from './context.js';
import { childLog } from './log.js';
import { loadTextClassifier } from './pipeline/load-classifier.js';
import type { IngestDeps } from './pipeline/ports.js';
import { createRealtimeServer, type SocketHandler } from './realtime/server.js';

const log = childLog('server');

export interface RunningAspirasi {
  ctx: AppContext;
  url: string;
  port: number;
  workers: Worker[];
  /** The express app and socket.io server of an API process (the authorization matrix lists their routes). */
  express?: ReturnType<typeof createApp>;
  io?: ReturnType<typeof createRealtimeServer>['io'];
  stop(): Promise<void>;
}

export interface StartOptions {
  socketHandlers?: SocketHandler[];
  /** Extra hooks for the ingest pipeline (assignment, SLA timers), set by the workflow capability. */
  ingestHooks?: Pick<IngestDeps, 'onRouted' | 'onCitizenMessage' | 'onInboundMessage'>;
  /** Extra workers to start with the others (SLA timers, nightly training). */
  extraWorkers?: (ctx: AppContext) => Worker[];
}

export async function startAspirasi(config: Config, opts: StartOptions = {}): Promise<RunningAspirasi> {
  const banner = developmentBanner(config);
  if (banner) console.warn(banner);
  const ctx = createContext(config);
  const runApi = config.ROLE !== 'worker';
  const runWorkers = config.ROLE !== 'api';
  const workers: Worker[] = [];
  if (runWorkers) {
    const classifier = await loadTextClassifier(log);
    const deps = { classifier, minConfidence: config.CLASSIFY_MIN_CONFIDENCE, ...opts.ingestHooks };
    workers.push(
      startInboundWorker(ctx, deps),
      startOutboundWorker(ctx),
      ...(opts.extraWorkers?.(ctx) ?? []),
    );
  }
  let http: Server | undefined;
  let realtime: ReturnType<typeof createRealtimeServer> | undefined;
  let port = 0;
  let expressApp: ReturnType<typeof createApp> | undefined;
  if (runApi) {
    expressApp = createApp(ctx);
    http = createServer(expressApp);
    realtime = createRealtimeServer(http, config, opts.socketHandlers);
    await new Promise<void>((resolve) => http!.listen(config.PORT, resolve));
    port = (http.address() as AddressInfo).port;
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    ctx,
    url,
    port,
    workers,
    express: expressApp,
    io: realtime?.io,
    // Graceful: stop taking requests, let workers finish in-flight jobs, then drop connections.
    stop: async () => {
      await realtime?.close();
      await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
      await Promise.all(workers.map((w) => w.close()));
      await ctx.close();
    },
  };
}
