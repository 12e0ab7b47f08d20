// Polling and platform quotas on /metrics. Quota use lives in Redis (every worker spends from it), so the gauges
// read it when scraped; the counters are this process's polls.
import { Counter, Gauge } from 'prom-client';
import type { AdapterSpec } from '../../adapters/adapter-spec.js';
import { ADAPTERS } from '../../adapters/index.js';
import type { AppContext } from '../context.js';
import { registry } from '../metrics/metrics.js';
import { sharedCounter } from './account-io.js';

export const pollOutcomes = new Counter({
  name: 'aspirasi_polls_total',
  help: 'Polls of connected accounts by adapter and outcome (ok, error, paused)',
  labelNames: ['adapter', 'outcome'],
  registers: [registry],
});

export const pollMessages = new Counter({
  name: 'aspirasi_poll_messages_total',
  help: 'Citizen messages (new or edited) found by polling',
  labelNames: ['adapter'],
  registers: [registry],
});

let source: Pick<AppContext, 'redis' | 'config'> | null = null;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const withQuota = (ADAPTERS as readonly AdapterSpec<any>[]).filter((a) => a.quota);

/** The process whose Redis and config the quota gauges read (the last context created). */
export function watchQuotas(ctx: Pick<AppContext, 'redis' | 'config'>) {
  source = ctx;
}

new Gauge({
  name: 'aspirasi_platform_quota_used_units',
  help: "Units of the platform's daily API quota spent today (YouTube: polls 1, replies 50)",
  labelNames: ['adapter'],
  registers: [registry],
  async collect() {
    if (!source) return;
    const { redis, config } = source;
    for (const spec of withQuota) {
      const name = spec.quota!.counterName(new Date());
      // Redis away: the gauge is left out of this scrape rather than failing /metrics.
      const used = await sharedCounter(redis, config.QUEUE_PREFIX, name)
        .get()
        .catch(() => null);
      if (used !== null) this.set({ adapter: spec.name }, used);
    }
  },
});

new Gauge({
  name: 'aspirasi_platform_quota_limit_units',
  help: "The platform's daily API quota in units",
  labelNames: ['adapter'],
  registers: [registry],
  collect() {
    if (!source) return;
    for (const spec of withQuota) this.set({ adapter: spec.name }, spec.quota!.limit(source.config));
  },
});
