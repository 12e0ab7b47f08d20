// Reference data every message needs (routing rules, agencies, channel accounts, SLA policies, calendars, officers'
// names, outgoing-webhook receivers, which agencies have an officer on duty), held in memory per process. An admin edit drops the copy here and announces
// itself on a Redis channel, so every other process drops its copy too and reloads on its next read (within a
// second; tests/integration/reference-cache.test.ts).
// Redis pub/sub away, or a process that never subscribed (the CLI, a test calling the pipeline directly): a copy is
// trusted for FALLBACK_TTL_MS only, so an edit is still seen within about a second, at the cost of a reload per
// second. When the subscription comes back every copy is dropped, since announcements may have been missed.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { childLog } from '../log.js';
import { closeRedis, createRedis } from '../queue/redis.js';

const log = childLog('cache');

export const REFERENCE_SETS = [
  'routing-rules',
  'agencies',
  'channel-accounts',
  'sla-policies',
  'calendars',
  'people',
  'webhook-endpoints',
  'officers-on-duty',
] as const;
export type ReferenceSet = (typeof REFERENCE_SETS)[number];

/** Sets built from other sets: a calendar takes its agency's time zone when none is stored. */
const DEPENDENTS: Partial<Record<ReferenceSet, ReferenceSet[]>> = { agencies: ['calendars'] };

/** With a live subscription: a safety net for writes that bypass the admin API (the seed CLI, manual edits). */
export const SUBSCRIBED_MAX_AGE_MS = 60_000;
/** Without one: how stale a copy may be. */
export const FALLBACK_TTL_MS = 1000;

interface Entry {
  value: Promise<unknown>;
  loadedAt: number;
  /** Copies belong to one database: a process (a test) that connects elsewhere never reads another's rules. */
  database: string;
}

interface Subscription {
  subscriber: Redis;
  publisher: Redis;
  channel: string;
  ready: boolean;
}

export const invalidationChannel = (prefix: string) => `${prefix}:reference-changed`;

export class ReferenceCaches {
  /** One entry per reference set: bounded by REFERENCE_SETS. */
  private readonly entries = new Map<ReferenceSet, Entry>();
  private readonly subscriptions = new Set<Subscription>();
  /** Names this process's announcements (so it ignores its own) and its subscriber connection. */
  readonly origin = randomUUID();
  loads = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** True while at least one subscriber is connected and subscribed. */
  get subscribed(): boolean {
    return [...this.subscriptions].some((s) => s.ready);
  }

  async get<T>(set: ReferenceSet, load: () => Promise<T>): Promise<T> {
    const database = mongoose.connection.name ?? '';
    const hit = this.entries.get(set);
    const maxAge = this.subscribed ? SUBSCRIBED_MAX_AGE_MS : FALLBACK_TTL_MS;
    if (hit && hit.database === database && this.now() - hit.loadedAt < maxAge)
      return hit.value as Promise<T>;
    this.loads++;
    const entry: Entry = { value: load(), loadedAt: this.now(), database };
    this.entries.set(set, entry);
    // A failed load (database away) is not kept: the next read tries again.
    entry.value.catch(() => this.entries.get(set) === entry && this.entries.delete(set));
    return entry.value as Promise<T>;
  }

  /** Drops the local copies of these sets (and the sets built from them). */
  drop(sets: readonly ReferenceSet[]): void {
    for (const set of sets) {
      this.entries.delete(set);
      for (const dependent of DEPENDENTS[set] ?? []) this.entries.delete(dependent);
    }
  }

  /**
   * After an admin's write: drop here, and tell every other process. Never throws: the write is done; if Redis
   * is away the others are on FALLBACK_TTL_MS anyway (their subscribers are down too).
   */
  async announce(...sets: ReferenceSet[]): Promise<void> {
    this.drop(sets);
    const message = JSON.stringify({ origin: this.origin, sets });
    await Promise.all(
      [...this.subscriptions].map((sub) =>
        sub.publisher
          .publish(sub.channel, message)
          .catch((err: Error) =>
            log.warn(
              { err: err.message, sets },
              'reference change not announced; others reload within a minute',
            ),
          ),
      ),
    );
  }

  /** Subscribes to announcements on `url`; returns the function that stops listening. */
  listen(url: string, prefix: string): () => Promise<void> {
    const channel = invalidationChannel(prefix);
    const subscriber = createRedis(url, {
      autoResubscribe: false,
      maxRetriesPerRequest: null,
      connectionName: `aspirasi-cache-${this.origin}`,
    });
    const publisher = createRedis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const sub: Subscription = { subscriber, publisher, channel, ready: false };
    this.subscriptions.add(sub);
    publisher.on('error', () => {}); // publish reports its own failure
    const down = () => {
      if (sub.ready) log.warn('reference-change subscription lost; copies now expire after a second');
      sub.ready = false;
    };
    subscriber.on('error', down);
    subscriber.on('close', down);
    subscriber.on('ready', () => {
      subscriber.subscribe(channel).then(
        () => {
          this.entries.clear(); // announcements sent while we were away are lost
          sub.ready = true;
        },
        (err: Error) => log.warn({ err: err.message }, 'reference-change subscribe failed'),
      );
    });
    subscriber.on('message', (_channel: string, raw: string) => this.onAnnouncement(raw));
    return async () => {
      this.subscriptions.delete(sub);
      sub.ready = false;
      subscriber.disconnect();
      await closeRedis(publisher);
    };
  }

  private onAnnouncement(raw: string) {
    try {
      const { origin, sets } = JSON.parse(raw) as { origin: string; sets: ReferenceSet[] };
      if (origin !== this.origin) this.drop(sets.filter((s) => REFERENCE_SETS.includes(s)));
    } catch {
      this.entries.clear(); // unreadable: dropping everything is always safe
    }
  }
}

/** The process's caches: the pipeline reads through these (src/cache/reference-data.ts). */
export const referenceCaches = new ReferenceCaches();
