// What one adapter folder declares about itself, so adding a platform is a folder plus one line in index.ts:
// its route name and platforms, its environment variables (validated at start with src/config.ts), its sample
// deliveries for `npx aspirasi simulate`, its reply-window rule (the server sends the result to the web) and
// its poller when the platform is polled instead of pushing webhooks.
import type { z } from 'zod';
import type { Platform } from '../src/domain/labels.js';
import type { ChannelAdapter, ReplyWindowRule } from './types.js';
import type { PollerSpec } from './poller.js';

/** The settings every adapter may read besides its own variables. */
export interface CoreSettings {
  NODE_ENV: 'development' | 'production' | 'test';
  /** Where citizens reach Aspirasi (links in the mail adapters send). */
  PUBLIC_URL?: string;
  /** Outgoing mail (smtp://… or smtps://…) and its sender, for adapters that answer by e-mail. */
  SMTP_URL?: string;
  MAIL_FROM?: string;
}

export type SettingsOf<S extends z.ZodRawShape> = z.infer<z.ZodObject<S>> & CoreSettings;

/** One signed webhook delivery of a sample citizen message, as the platform would send it. */
export interface SampleDelivery {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Completes the delivery against the running server first (the website form's proof of work). */
  prepare?(serverUrl: string): Promise<SampleDelivery>;
  /** Delivers it some other way than a POST to the server (e-mail: into the mailbox the server reads). */
  deliver?(): Promise<{ ok: boolean; status: string }>;
}

export interface SampleCitizen {
  id: string;
  name: string;
  phone: string;
}

/** A unique message reference: text for ids that are strings, a number for platforms with numeric ids. */
export interface SampleRef {
  id: string;
  n: number;
}

export type SampleBuilder<Settings> = (
  ref: SampleRef,
  citizen: SampleCitizen,
  text: string,
  settings: Settings,
) => SampleDelivery;

export interface AdapterSpec<S extends z.ZodRawShape = z.ZodRawShape> {
  /** Route name: /webhooks/<name>. */
  readonly name: string;
  /** The platforms whose messages this adapter receives and whose replies it sends. */
  readonly platforms: readonly Platform[];
  /** Its environment variables, merged into the validation of src/config.ts (a bad value stops the start). */
  readonly config: S;
  /** Values of `config` issued by the platform: in production a value published in this repository is refused. */
  readonly platformSecrets?: readonly (keyof S & string)[];
  /** Secrets Aspirasi itself issues: required, long and unpublished in production (src/security/published-secrets.ts). */
  readonly requiredInProduction?: readonly (keyof S & string)[];
  /** Development defaults so `simulate` and `npm start` agree out of the box; never applied in production. */
  readonly devDefaults?: Partial<Record<keyof S & string, string>>;
  /** The platform API base URL replies (and pollers) call; tests point it at a local fake server. */
  apiUrl?(settings: SettingsOf<S>): string;
  create(settings: SettingsOf<S>): ChannelAdapter;
  /** Its adapter implements fetchMedia: attachments known by mediaId get a link through the API. */
  readonly fetchesMedia?: boolean;
  /** When a reply may be sent. Absent = always open. */
  readonly replyWindow?: ReplyWindowRule;
  /** simulate channel name -> one signed sample delivery. */
  readonly samples?: Record<string, SampleBuilder<SettingsOf<S>>>;
  /** Whether the samples can be delivered with these settings (e-mail needs a mailbox); absent = always. */
  samplesReady?(settings: SettingsOf<S>): boolean;
  /** Present when the platform is polled (one repeatable job per connected account). */
  readonly poller?: PollerSpec<SettingsOf<S>>;
  /** A daily API quota spent through a shared counter (SendContext/PollContext.counter), shown on /metrics. */
  readonly quota?: { counterName(now: Date): string; limit(settings: SettingsOf<S>): number };
}

/** Keeps the adapter's own settings type for its create, samples and poller. */
export function defineAdapter<S extends z.ZodRawShape>(spec: AdapterSpec<S>): AdapterSpec<S> {
  return spec;
}
