import { formatDuration } from '../lib/sla';

/** Minutes as people read them: "40 dtk", "12m", "2j 05m", "1h 3j". */
export function formatMinutes(value: number | null, lang: 'id' | 'en'): string {
  if (value === null) return '—';
  if (value < 1) return `${Math.round(value * 60)} ${lang === 'id' ? 'dtk' : 's'}`;
  return formatDuration(value * 60_000, lang);
}
