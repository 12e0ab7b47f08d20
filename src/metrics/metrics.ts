// The Prometheus registry every part of a process reports into; /metrics (src/api/ops.ts) serves it.
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const webhookCounter = new Counter({
  name: 'aspirasi_webhooks_total',
  help: 'Webhook deliveries by channel and HTTP status',
  labelNames: ['channel', 'status'],
  registers: [registry],
});

export const finalJobFailures = new Counter({
  name: 'aspirasi_jobs_failed_final_total',
  help: 'Jobs this process gave up on after their last attempt (they stay in the failed set)',
  labelNames: ['queue', 'job'],
  registers: [registry],
});

export const realtimeDropped = new Counter({
  name: 'aspirasi_realtime_dropped_total',
  help: 'Live pushes dropped because Redis was unreachable (the inbox refetches on reconnect)',
  registers: [registry],
});
