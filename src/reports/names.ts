// Indonesian display names for the codes in reports, alerts and public pages: the web inbox's own table
// (web/src/i18n/labels.ts) and the gazetteer's region names, so a code reads the same everywhere.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLATFORM_NAMES, STATUS_NAMES, TOPIC_NAMES } from '../../web/src/i18n/labels.js';
import { UNKNOWN_KEY } from './case-metrics.js';

const GAZETTEER_DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

/** Region codes and display names of every loaded province (the gazetteer files are the source). */
export function regionNames(): { code: string; name: string }[] {
  return readdirSync(GAZETTEER_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const file = JSON.parse(readFileSync(GAZETTEER_DIR + f, 'utf8')) as {
        regions: { code: string; name: string }[];
      };
      return file.regions.map(({ code, name }) => ({ code, name }));
    });
}

let regions: Map<string, string> | undefined;

const UNKNOWN = 'Tidak diketahui';

export const topicName = (code: string | null) =>
  !code || code === UNKNOWN_KEY ? UNKNOWN : (TOPIC_NAMES[code]?.id ?? code);
export const channelName = (code: string | null) => (code ? (PLATFORM_NAMES[code]?.id ?? code) : UNKNOWN);
export const statusName = (code: string) => STATUS_NAMES[code]?.id ?? code;

export function regionName(code: string | null): string {
  if (!code || code === UNKNOWN_KEY) return UNKNOWN;
  regions ??= new Map(regionNames().map((r) => [r.code, r.name]));
  return regions.get(code) ?? code;
}
