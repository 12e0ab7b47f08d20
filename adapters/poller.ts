// The shape of a polling adapter (YouTube comments, IMAP mailboxes): platforms that do not push webhooks are
// asked by a BullMQ repeatable job per connected account (src/polling/). The poller only talks to the platform;
// queueing, credentials at rest and cursor storage are the runner's.
import type { Platform } from '../src/domain/labels.js';
import type { ParsedDelivery, SharedCounter } from './types.js';

export interface PolledAccount {
  platform: Platform;
  accountId: string;
  /** Decrypted ChannelAccount credentials (tokens ...). */
  credentials: Record<string, string>;
}

export interface PollContext {
  /** The platform API base URL from config (tests point it at a local fake server). */
  baseUrl: string;
  fetch: typeof fetch;
  now(): Date;
  /** This account's cursor (high-water mark, page token, UIDVALIDITY ...) as the last committed poll left it. */
  cursor: Record<string, string>;
  /** Seals refreshed credentials (OAuth) onto the ChannelAccount at once, before anything else can fail. */
  saveCredentials(next: Record<string, string>): Promise<void>;
  /** Shared counters with a lifetime (e.g. a daily API quota), kept in Redis so every worker sees the same. */
  counter(name: string): SharedCounter;
  /** Keeps a file the platform does not keep for us (e-mail attachments) and returns its inbox URL. */
  keepFile?(file: { messageKey: string; mimeType: string; name?: string; data: Buffer }): Promise<string>;
}

export type PollResult =
  | {
      ok: true;
      /** What the platform had new; enqueued before `cursor` is stored, so a crash in between re-reads it. */
      delivery: ParsedDelivery;
      cursor: Record<string, string>;
      /** Ask for the next poll no sooner than this (quota nearly spent, platform said to slow down). */
      pauseMs?: number;
    }
  | { ok: false; retryable: boolean; error: string; pauseMs?: number };

/** Stops a watch (closes its connection). */
export type StopWatch = () => Promise<void>;

export interface PollerSpec<Settings> {
  /**
   * Where the platform can push a hint (IMAP IDLE): keep a connection open for the account and call `changed`
   * when it says something is new; the runner then polls at once instead of at the next tick. Resolves to null
   * when the platform offers no such channel (polling alone then).
   */
  watch?(account: PolledAccount, changed: () => void, settings: Settings): Promise<StopWatch | null>;
  /** Milliseconds between two polls of one account. */
  everyMs(settings: Settings): number;
  poll(account: PolledAccount, ctx: PollContext, settings: Settings): Promise<PollResult>;
}
