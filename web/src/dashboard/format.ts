import { labelOf, PLATFORM_NAMES, regionName, TOPIC_NAMES } from '../i18n';
import { formatDuration } from '../lib/sla';

/** Minutes as people read them: "40 dtk", "12m", "2j 05m", "1h 3j". */
export function formatMinutes(value: number | null, lang: 'id' | 'en'): string {
  if (value === null) return '—';
  if (value < 1) return `${Math.round(value * 60)} ${lang === 'id' ? 'dtk' : 's'}`;
  return formatDuration(value * 60_000, lang);
}

/** What a report group is called on screen: codes get their display names, agencies and officers keep theirs. */
export function groupDisplayName(groupBy: string, key: string, label: string, lang: 'id' | 'en'): string {
  if (key === 'tidak_diketahui') return label; // the server's "unknown" bucket, already worded
  if (groupBy === 'channel') return labelOf(PLATFORM_NAMES, key, lang);
  if (groupBy === 'topic') return labelOf(TOPIC_NAMES, key, lang);
  if (groupBy === 'region') return regionName(key, lang);
  return label;
}
