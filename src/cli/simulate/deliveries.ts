// The sample deliveries of `aspirasi simulate`, gathered from the adapters (each folder's `samples`), signed with
// the same environment variables the server checks, else the development defaults.
import { z } from 'zod';
import type {
  AdapterSpec,
  SampleCitizen,
  SampleDelivery,
  SampleRef,
} from '../../../adapters/adapter-spec.js';
import { ADAPTERS } from '../../../adapters/index.js';

export type Citizen = SampleCitizen;
export type Delivery = SampleDelivery;
export type ChannelSample = (ref: SampleRef, citizen: Citizen, text: string) => Delivery;

/** simulate channel name -> a builder signed with that adapter's settings; a bad variable is named, not guessed. */
export function sampleChannels(env: NodeJS.ProcessEnv = process.env): Record<string, ChannelSample> {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const channels: Record<string, ChannelSample> = {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const spec of ADAPTERS as readonly AdapterSpec<any>[]) {
    if (!spec.samples) continue;
    const parsed = z.object(spec.config).safeParse({ ...spec.devDefaults, ...present });
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Konfigurasi adapter ${spec.name} tidak valid — ${fields}`);
    }
    const settings = { ...parsed.data, NODE_ENV: 'development' as const };
    if (spec.samplesReady && !spec.samplesReady(settings)) continue;
    for (const [name, build] of Object.entries(spec.samples))
      channels[name] = (ref, citizen, text) => build(ref, citizen, text, settings);
  }
  return channels;
}
