// What the rest of the server asks of the adapter list (index.ts): the merged configuration schema, the adapter
// by route name or platform, the platform API URL, and the reply-window state of a conversation.
import type { z } from 'zod';
import type { Platform } from '../src/domain/labels.js';
import type { Config } from '../src/config.js';
import type { AdapterSpec } from './adapter-spec.js';
import { ADAPTERS } from './index.js';
import { ALWAYS_OPEN, type ChannelAdapter, type ReplyWindowInput, type ReplyWindowState } from './types.js';

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;
type Spec = (typeof ADAPTERS)[number];
/** Every adapter's variables in one zod shape, merged into src/config.ts. */
export type AdapterConfigShape = UnionToIntersection<Spec['config']>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const specs = ADAPTERS as readonly AdapterSpec<any>[];

export const adapterConfigShape = Object.assign({}, ...specs.map((a) => a.config)) as AdapterConfigShape;

/** Keys whose values the platform issued: a value published in this repository is refused in production. */
export const platformSecretKeys: string[] = specs.flatMap((a) => [...(a.platformSecrets ?? [])]);
/** Keys Aspirasi issues itself: required and strong in production. */
export const requiredProductionSecretKeys: string[] = specs.flatMap((a) => [
  ...(a.requiredInProduction ?? []),
]);
/** Development defaults of every adapter (never applied in production). */
export const adapterDevDefaults: Record<string, string> = Object.assign(
  {},
  ...specs.map((a) => a.devDefaults ?? {}),
);

const byPlatform = new Map<Platform, AdapterSpec<z.ZodRawShape>>(
  specs.flatMap((a) => a.platforms.map((p) => [p, a] as const)),
);

export function adapterSpecFor(platform: Platform): AdapterSpec<z.ZodRawShape> | undefined {
  return byPlatform.get(platform);
}

/** Platforms whose attachments the server fetches on the officer's behalf (src/api/media.ts). */
export function fetchesMedia(platform: Platform): boolean {
  return Boolean(byPlatform.get(platform)?.fetchesMedia);
}

/** The reply-window state a conversation's composer shows and createReply enforces. */
export function replyWindowFor(input: ReplyWindowInput): ReplyWindowState {
  return adapterSpecFor(input.platform)?.replyWindow?.(input) ?? ALWAYS_OPEN;
}

export interface AdapterRegistry {
  byName(name: string): ChannelAdapter | undefined;
  forPlatform(platform: Platform): ChannelAdapter | undefined;
  /** The platform API base URL from config (tests point it at a local fake server). */
  baseUrlFor(platform: Platform): string;
}

export function createAdapters(settings: Config): AdapterRegistry {
  const built = new Map(specs.map((spec) => [spec, spec.create(settings)] as const));
  const names = new Map(specs.map((spec) => [spec.name, built.get(spec)!]));
  return {
    byName: (name) => names.get(name),
    forPlatform: (platform) => {
      const spec = byPlatform.get(platform);
      return spec && built.get(spec);
    },
    baseUrlFor: (platform) => byPlatform.get(platform)?.apiUrl?.(settings) ?? '',
  };
}
