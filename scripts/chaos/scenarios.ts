// The faults of issue 10, each injected mid-burst: Redis killed and restarted from its append-only file, a worker
// SIGKILLed and restarted, the database unreachable for seconds, SIGTERM to a worker and an API process, and a
// crash injected after each step of ingest and of sending a reply.
import type { Cluster } from './cluster.js';
import { runBurst, waitUntil, type ScenarioResult } from './scenario.js';
import { sideBySide } from './side-by-side.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Faults strike when this share of the burst has been acknowledged. */
const MID_BURST = 0.3;

export interface RunOptions {
  messages: number;
  replies: number;
  /** crash-points only: the steps to crash at (default: all). */
  points?: string[];
}

export interface Scenario {
  name: string;
  run(c: Cluster, opts: RunOptions): Promise<ScenarioResult[]>;
}

const midBurst = (progress: () => number) => waitUntil(() => progress() >= MID_BURST, 60_000, 20);

export const SCENARIOS: Scenario[] = [
  {
    name: 'side-by-side',
    run: async (c, { messages, replies }) => [await sideBySide(c, { messages, replies })],
  },
  {
    name: 'redis-restart',
    run: async (c, size) => [
      await runBurst(c, 'redis-restart', {
        messages: size.messages,
        replies: size.replies,
        fault: async (progress, struck) => {
          await midBurst(progress);
          await struck();
          c.redis.kill();
          await sleep(3000);
          await c.redis.start();
        },
      }),
    ],
  },
  {
    name: 'worker-kill',
    run: async (c, size) => [
      await runBurst(c, 'worker-kill', {
        messages: size.messages,
        replies: size.replies,
        fault: async (progress, struck) => {
          await midBurst(progress);
          await struck();
          await c.workers[0].kill();
          await sleep(2000);
          await c.workers[0].start();
        },
      }),
    ],
  },
  {
    name: 'db-outage',
    run: async (c, size) => [
      await runBurst(c, 'db-outage', {
        messages: size.messages,
        replies: size.replies,
        fault: async (progress, struck) => {
          await midBurst(progress);
          await struck();
          await c.db.proxy.cut();
          await sleep(5000);
          await c.db.proxy.restore();
        },
      }),
    ],
  },
  {
    name: 'sigterm',
    run: async (c, size) => {
      const exits: string[] = [];
      const result = await runBurst(c, 'sigterm', {
        messages: size.messages,
        replies: size.replies,
        fault: async (progress, struck) => {
          await midBurst(progress);
          await struck();
          for (const p of [c.workers[0], c.apis[0]]) {
            const exit = await p.terminate();
            exits.push(`${p.name} exit ${exit.code ?? exit.signal} after ${exit.afterMs} ms`);
            if (exit.code !== 0) p.died++;
            await p.start();
          }
        },
      });
      result.notes.push(...exits);
      return [result];
    },
  },
  { name: 'crash-points', run: async (c, opts) => crashPoints(c, opts.points) },
];

/** Steps of ingest (and its workflow follow-up) and of sending a reply, as named in the code's crashPoint calls. */
const WORKER_POINTS = [
  'ingest:case-opened',
  'ingest:stored',
  'ingest:applied-to-case',
  'ingest:announced',
  'ingest:handed-off',
  'ingest:done',
  'change:written',
  'followup:assigned',
  'send:claimed',
  'send:platform-answered',
  'send:recorded',
];
const API_POINTS = ['reply:stored', 'reply:recorded'];

/**
 * One process of the role runs with the crash point armed (the other is stopped, so the armed one does the
 * work); once it has crashed it is restarted normally, and the burst must still settle with nothing lost.
 */
async function crashPoints(c: Cluster, only?: string[]): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const points = [...WORKER_POINTS, ...API_POINTS].filter((p) => !only || only.includes(p));
  for (const point of points) {
    const [armed, other] = API_POINTS.includes(point) ? c.apis : c.workers;
    if (armed.role === 'worker') await other.terminate();
    await armed.terminate();
    await armed.start({ crashAt: point });
    let crashed = false;
    const result = await runBurst(c, `crash@${point}`, {
      messages: 6,
      replies: 2,
      // The armed API process first, so the reply request that crashes it is retried on the other.
      apiUrls: () => (armed.role === 'api' ? [armed.url, other.url] : c.apiUrls()),
      fault: async () => {
        crashed = await armed.waitForExit(60_000);
        if (!other.running) await other.start();
        await armed.start();
      },
    });
    if (!other.running) await other.start();
    result.notes.push(
      crashed ? `${armed.name} crashed at ${point} and was restarted` : `${point} never reached`,
    );
    if (!crashed) result.problems.push(`crash point ${point} was not reached`);
    results.push(result);
  }
  return results;
}
